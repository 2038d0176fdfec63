#pragma once

#include <QLoggingCategory>

// Method, path without query, status and error codes only: never bodies, identifiers, names or server messages.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
