#include "core/codes/CodesLogging.h"

namespace Meldeklient::Codes {

Q_LOGGING_CATEGORY(lcCodes, "meldeklient.codes")

} // namespace Meldeklient::Codes
