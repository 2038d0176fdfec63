#pragma once

#include <QLoggingCategory>

// States, outbox ids and error codes only: never names, identifiers, free text or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcSession)
