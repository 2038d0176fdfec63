#pragma once

#include <QLoggingCategory>

namespace Meldeklient::Questionnaire {
Q_DECLARE_LOGGING_CATEGORY(lcQuestionnaire)
}
