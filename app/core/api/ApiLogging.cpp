#include "core/api/ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "meldeklient.api", QtInfoMsg)
