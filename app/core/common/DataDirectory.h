#pragma once

#include <QString>

namespace Meldeklient {

// Where Meldeklient keeps its files (outbox database, code-list cache): MELDEKLIENT_DATA_DIR when set (tests, IT
// staff pointing at a managed location), otherwise "Meldeklient" in the platform's per-user data folder
// (~/.local/share/Meldeklient, %LOCALAPPDATA%\Meldeklient), the same for the window and meldeklient-cli.
// The folder is created on first use with permissions for the owner only.
QString dataDirectory();

} // namespace Meldeklient
