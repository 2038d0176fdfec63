#pragma once

#include <QString>

namespace Meldeklient {

// Where Meldeklient keeps its files (outbox database, code-list cache): MELDEKLIENT_DATA_DIR when set (tests, IT
// staff pointing at a managed location), otherwise the platform's per-user application data folder.
// The folder is created on first use with permissions for the owner only.
QString dataDirectory();

} // namespace Meldeklient
