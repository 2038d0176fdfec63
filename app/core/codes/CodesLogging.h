#pragma once

#include <QLoggingCategory>

namespace Meldeklient::Codes {

// Logs counts, versions, file names and error codes only; never code texts typed by a user.
Q_DECLARE_LOGGING_CATEGORY(lcCodes)

} // namespace Meldeklient::Codes
