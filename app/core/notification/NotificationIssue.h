#pragma once

#include <QList>
#include <QString>

namespace Meldeklient::Notification {

// Error blocks submission; Warning needs the physician's acknowledgement before submission.
enum class Severity { Error, Warning };

// One finding of the notification rules: stable rule id, the linkId of the item it concerns, translated message.
struct NotificationIssue {
    Severity severity = Severity::Error;
    QString rule;
    QString linkId;
    QString message;

    bool operator==(const NotificationIssue& other) const = default;
};

QLatin1StringView severityCode(Severity severity);
bool hasErrors(const QList<NotificationIssue>& issues);

} // namespace Meldeklient::Notification
