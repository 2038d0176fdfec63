#include "core/questionnaire/QuestionnaireLogging.h"

namespace Meldeklient::Questionnaire {
Q_LOGGING_CATEGORY(lcQuestionnaire, "meldeklient.questionnaire")
}
