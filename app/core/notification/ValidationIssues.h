#pragma once

#include "core/questionnaire/ValidationIssue.h"

#include <QList>

namespace Meldeklient::Notification {

// The domain rules report in the same shape as the Questionnaire's own rules, so callers show one list.
using ValidationIssue = Questionnaire::ValidationIssue;
using Severity = Questionnaire::ValidationIssue::Severity;

inline bool hasErrors(const QList<ValidationIssue>& issues)
{
    for (const ValidationIssue& issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

} // namespace Meldeklient::Notification
