#include "core/questionnaire/ValidationIssue.h"

namespace Meldeklient::Questionnaire {

QLatin1StringView ValidationIssue::severityName(Severity severity)
{
    return severity == Severity::Error ? QLatin1StringView("error") : QLatin1StringView("warning");
}

} // namespace Meldeklient::Questionnaire
