#include "core/session/SessionLogging.h"

Q_LOGGING_CATEGORY(lcSession, "meldeklient.session", QtInfoMsg)
