#include "core/notification/NotificationIssue.h"

namespace Meldeklient::Notification {

QLatin1StringView severityCode(Severity severity)
{
    return severity == Severity::Error ? QLatin1StringView("error") : QLatin1StringView("warning");
}

bool hasErrors(const QList<NotificationIssue>& issues)
{
    for (const NotificationIssue& issue : issues) {
        if (issue.severity == Severity::Error)
            return true;
    }
    return false;
}

} // namespace Meldeklient::Notification
