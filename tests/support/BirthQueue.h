#pragma once

#include "core/common/Result.h"
#include "core/session/BirthNotificationService.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStringList>

namespace Meldeklient::Test {

// A birth queued as the midwife does after the review, every warning confirmed; an error in it is the caller's
// failure ("birth-invalid" with the rule and linkId).
inline Result<Session::QueuedBirth> queueConfirmingWarnings(
    Session::BirthNotificationService& births, const QJsonObject& response)
{
    QStringList confirmed;
    const QList<Questionnaire::ValidationIssue> issues = births.check(response);
    for (const Questionnaire::ValidationIssue& issue : issues) {
        if (issue.isError())
            return Error {QStringLiteral("birth-invalid"), issue.rule + u' ' + issue.linkId};
        confirmed.append(Session::BirthNotificationService::warningId(issue));
    }
    return births.queue(response, confirmed);
}

// Starts a flush unless one runs (queueing starts one by itself) and waits for its end.
inline bool flushAndWait(Session::BirthNotificationService& births, int timeoutMs = 30000)
{
    if (!births.isFlushing())
        births.flush();
    QSignalSpy flushed(&births, &Session::BirthNotificationService::flushFinished);
    return flushed.wait(timeoutMs);
}

} // namespace Meldeklient::Test
