#include "core/session/DeathNotificationService.h"

#include "core/audit/AuditLog.h"

#include "core/api/SubmissionDocument.h"
#include "core/outbox/OutboxStore.h"
#include "core/session/NotificationCheck.h"
#include "core/session/OutboxFlush.h"
#include "core/session/Session.h"
#include "core/session/SessionLogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Session {

using namespace Meldeklient::Outbox;
using Notification::ValidationIssue;

namespace {
Error noOutbox()
{
    return Error {QStringLiteral("session-no-outbox"),
        QCoreApplication::translate("Session", "Sign in first: the outbox belongs to the signed-in physician.")};
}
} // namespace

DeathNotificationService::DeathNotificationService(Session& session, const NotificationCheck* check, QObject* parent)
    : QObject(parent)
    , m_session(&session)
    , m_check(check)
{
    // Every flush's answers, whoever started it: a death sent by a birth's flush still reaches its receipt.
    OutboxFlush* flushes = &session.outboxFlush();
    connect(flushes, &OutboxFlush::itemAccepted, this, [this](qint64 id, const QString&) { Q_EMIT itemAccepted(id); });
    connect(flushes, &OutboxFlush::itemRejected, this, &DeathNotificationService::itemNeedsCorrection);
    connect(flushes, &OutboxFlush::itemRetrying, this, &DeathNotificationService::itemWaitingToRetry);
}

QString DeathNotificationService::warningKey(const ValidationIssue& issue)
{
    return issue.rule + u'|' + issue.linkId;
}

QString DeathNotificationService::personKey(const QJsonObject& patient)
{
    // The registry's identifier when there is one; for a person without a Norwegian number, what identifies them
    // in the notification (name and birth date).
    for (const QJsonValue& identifier : patient.value(u"identifier").toArray()) {
        const QString value = identifier.toObject().value(u"value").toString().remove(u' ');
        if (!value.isEmpty())
            return QStringLiteral("id:") + value;
    }
    return QStringLiteral("puf:")
        + QString::fromUtf8(QJsonDocument(patient.value(u"name").toArray()).toJson(QJsonDocument::Compact)) + u'|'
        + patient.value(u"birthDate").toString();
}

DeathNotificationService::QueueResult DeathNotificationService::queue(const QueueRequest& request)
{
    QueueResult result;
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store || !m_check) {
        result.error = noOutbox();
        return result;
    }
    const Result<CheckedDeath> checked = m_check->check(request.bundle);
    if (!checked) {
        result.error = checked.error();
        return result;
    }
    if (!checked->checked.canBeSent()) {
        result.outcome = QueueOutcome::Invalid;
        result.issues = checked->checked.issues;
        result.error = Error {QStringLiteral("notification-invalid"),
            QCoreApplication::translate("Session", "The notification has errors; correct them and submit again.")};
        return result;
    }
    QJsonArray confirmed;
    for (const ValidationIssue& issue : checked->checked.issues) {
        if (request.confirmAllWarnings || request.confirmedWarnings.contains(warningKey(issue))) {
            confirmed.append(QJsonObject {{QStringLiteral("rule"), issue.rule}, {QStringLiteral("linkId"), issue.linkId}});
            continue;
        }
        result.issues.append(issue);
    }
    if (!result.issues.isEmpty()) {
        result.outcome = QueueOutcome::WarningsNotConfirmed;
        result.error = Error {QStringLiteral("warnings-not-accepted"),
            QCoreApplication::translate("Session",
                "The notification has warnings. Read them; confirm each one if the notification is right.")};
        return result;
    }

    const QList<Api::SubmissionDocument>& documents = checked->documents;
    const QString tag = store->subjectTag(personKey(documents.constFirst().patient));
    if (!request.allowDuplicate) {
        const Result<QList<qint64>> earlier = store->activeItemsWithSubject(tag);
        if (!earlier) {
            result.error = earlier.error();
            return result;
        }
        if (!earlier->isEmpty()) {
            result.outcome = QueueOutcome::Duplicate;
            result.duplicates = earlier.value();
            result.error = Error {QStringLiteral("duplicate-notification"),
                QCoreApplication::translate("Session",
                    "This outbox already has a death notification for this person (outbox item %1). Send another "
                    "only if that one is wrong and you mean to replace it.")
                    .arg(earlier->constFirst())};
            return result;
        }
    }

    // What the physician confirmed goes with the notification (encrypted), so it can be shown later.
    const QByteArray record = QJsonDocument(QJsonObject {
        {QStringLiteral("confirmedWarnings"), confirmed},
        {QStringLiteral("checkedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    }).toJson(QJsonDocument::Compact);
    QList<OutboxStore::LinkedPart> parts;
    for (const Api::SubmissionDocument& document : documents)
        parts.append(OutboxStore::LinkedPart {document.kind, document.toJson(), record});
    const Result<QList<qint64>> ids = store->enqueueLinked(parts, checked->checked.formVersion,
        checked->checked.codeListVersions, tag, request.fromDraft);
    if (!ids) {
        result.error = ids.error();
        return result;
    }
    result.outcome = QueueOutcome::Queued;
    result.part1 = ids->value(0);
    result.part2 = ids->value(1);
    Audit::AuditLog::record(Audit::AuditAction::Submission, actorHpr(),
        QStringLiteral("outbox:%1,%2").arg(result.part1).arg(result.part2));
    result.issues = checked->checked.issues;
    qCInfo(lcSession) << "death queued as items" << result.part1 << result.part2 << "with" << confirmed.size()
                      << "confirmed warnings";
    return result;
}

QString DeathNotificationService::actorHpr() const
{
    // Offline (queued without a fresh sign-in) the HPR number is not known; the entry then names no actor.
    if (m_session == nullptr)
        return {};
    const std::optional<Auth::SignedInUser> user = m_session->user();
    return user ? user->hprNumber : QString();
}

Result<void> DeathNotificationService::retry(qint64 id)
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    const Result<void> due = store->retryNow(id);
    if (due)
        Audit::AuditLog::record(Audit::AuditAction::Retry, actorHpr(), QStringLiteral("outbox:%1").arg(id));
    return due;
}

Result<void> DeathNotificationService::cancel(qint64 id)
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    return store->cancel(id);
}

bool DeathNotificationService::isFlushing() const
{
    return m_session && m_session->outboxFlush().isRunning();
}

void DeathNotificationService::flush()
{
    if (!m_session)
        return;
    QPointer<DeathNotificationService> self(this);
    m_session->outboxFlush().flush([self](const Api::FlushSummary& summary) {
        if (self)
            Q_EMIT self->flushFinished(summary);
    });
}

void DeathNotificationService::finishWithdraw(const WithdrawResult& result)
{
    QMetaObject::invokeMethod(this, [this, result] { Q_EMIT withdrawFinished(result); }, Qt::QueuedConnection);
}

void DeathNotificationService::withdraw(qint64 deathId, const QString& reasonText)
{
    WithdrawResult result;
    result.deathId = deathId;
    const QString reason = reasonText.trimmed();
    if (reason.isEmpty()) {
        result.error = Error {QStringLiteral("withdraw-reason-missing"),
            QCoreApplication::translate("Session", "Say why the death is withdrawn.")};
        finishWithdraw(result);
        return;
    }
    if (reason.size() > MaxReasonLength) {
        result.error = Error {QStringLiteral("withdraw-reason-too-long"),
            QCoreApplication::translate("Session", "The reason is %1 characters long; at most %2 are allowed.")
                .arg(reason.size())
                .arg(MaxReasonLength)};
        finishWithdraw(result);
        return;
    }
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store) {
        result.error = noOutbox();
        finishWithdraw(result);
        return;
    }
    const Result<OutboxItem> death = store->item(deathId);
    if (!death) {
        result.error = death.error();
        finishWithdraw(result);
        return;
    }
    if (death->kind != ItemKind::DeathPart1) {
        result.error = Error {QStringLiteral("not-a-death"),
            QCoreApplication::translate("Session", "Outbox item %1 is not a death (Del 1); only a death can be withdrawn.")
                .arg(deathId)};
        finishWithdraw(result);
        return;
    }
    result.wasAttempted = death->attemptCount > 0;

    switch (death->state) {
    case ItemState::Draft:
    case ItemState::Queued:
    case ItemState::WaitingToRetry:
        if (result.wasAttempted) {
            // The request may have reached the registry and only its answer was lost: ask again with the same key.
            resendThenWithdraw(result, reason);
            return;
        }
        [[fallthrough]];
    case ItemState::NeedsCorrection: {
        // Never attempted, or refused by the registry: nothing is registered, cancelling is enough.
        if (const Result<void> cancelled = store->cancel(deathId); !cancelled) {
            result.error = cancelled.error();
        } else {
            result.outcome = death->state == ItemState::NeedsCorrection ? WithdrawOutcome::CancelledRefused
                                                                         : WithdrawOutcome::CancelledNeverSent;
        }
        finishWithdraw(result);
        return;
    }
    case ItemState::Sending:
        result.error = Error {QStringLiteral("outbox-item-sending"),
            QCoreApplication::translate("Session", "The death is being sent right now. Wait for the answer, then withdraw it.")};
        finishWithdraw(result);
        return;
    case ItemState::Cancelled:
        result.error = result.wasAttempted
            ? Error {QStringLiteral("outbox-item-cancelled-after-attempt"),
                  QCoreApplication::translate("Session",
                      "The death was cancelled here after an attempt to send it that may have reached the registry. "
                      "Look the person up; if the registry shows them as dead, phone NHN (+47 73 56 59 99).")}
            : Error {QStringLiteral("outbox-item-cancelled"),
                  QCoreApplication::translate("Session", "The death was cancelled and never sent.")};
        finishWithdraw(result);
        return;
    case ItemState::Accepted:
        queueWithdrawal(result, reason);
        return;
    case ItemState::AcceptedForProcessing:
    case ItemState::Registered:
    case ItemState::Refused:
        break; // birth states: a Del 1 never reaches them (its kind was checked above)
    }
    result.error = Error {QStringLiteral("not-a-death"),
        QCoreApplication::translate("Session", "Outbox item %1 is not a death (Del 1); only a death can be withdrawn.")
            .arg(deathId)};
    finishWithdraw(result);
}

void DeathNotificationService::resendThenWithdraw(WithdrawResult result, const QString& reason)
{
    OutboxStore* outbox = m_session ? m_session->outbox() : nullptr;
    if (!m_session || !m_session->sender() || !outbox || m_session->outboxFlush().isRunning()) {
        result.error = m_session && m_session->sender()
            ? Error {QStringLiteral("api-flush-running"),
                  QCoreApplication::translate("Session", "Sending is already running; try again when it ends.")}
            : OutboxFlush::notReadyError();
        finishWithdraw(result);
        return;
    }
    if (const Result<void> due = outbox->retryNow(result.deathId); !due) {
        result.error = due.error();
        finishWithdraw(result);
        return;
    }
    QPointer<DeathNotificationService> self(this);
    m_session->outboxFlush().flush(
        [self, result, reason](const Api::FlushSummary&) mutable {
            if (!self)
                return;
            OutboxStore* store = self->m_session ? self->m_session->outbox() : nullptr;
            const Result<OutboxItem> death = store ? store->item(result.deathId) : Result<OutboxItem>(noOutbox());
            if (!death) {
                result.error = death.error();
                self->finishWithdraw(result);
                return;
            }
            if (death->state == ItemState::Accepted) {
                self->queueWithdrawal(result, reason);
                return;
            }
            if (death->state == ItemState::NeedsCorrection) {
                // The registry refused it: nothing is registered under it.
                if (const Result<void> cancelled = store->cancel(result.deathId); !cancelled)
                    result.error = cancelled.error();
                else
                    result.outcome = WithdrawOutcome::CancelledRefused;
                self->finishWithdraw(result);
                return;
            }
            result.error = Error {QStringLiteral("withdraw-outcome-unknown"),
                QCoreApplication::translate("Session",
                    "The registry could not be asked whether it has the death, so nothing was withdrawn or cancelled. "
                    "Try again when the registry can be reached.")};
            self->finishWithdraw(result);
        },
        {result.deathId});
}

void DeathNotificationService::queueWithdrawal(WithdrawResult result, const QString& reason)
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store) {
        result.error = noOutbox();
        finishWithdraw(result);
        return;
    }
    // One withdrawal per death: a second one would only repeat the first.
    const Result<QList<OutboxItem>> items = store->items();
    if (!items) {
        result.error = items.error();
        finishWithdraw(result);
        return;
    }
    for (const OutboxItem& item : items.value()) {
        if (item.kind == ItemKind::DeathVoid && item.parentId == result.deathId && item.state != ItemState::Cancelled
            && item.state != ItemState::Draft) {
            result.outcome = WithdrawOutcome::AlreadyWithdrawn;
            result.withdrawalId = item.id;
            finishWithdraw(result);
            return;
        }
    }
    const Result<OutboxItem> death = store->item(result.deathId);
    const Result<QByteArray> payload = store->payload(result.deathId);
    if (!death || !payload) {
        result.error = !death ? death.error() : payload.error();
        finishWithdraw(result);
        return;
    }
    const Result<Api::SubmissionDocument> sent = Api::SubmissionDocument::fromJson(payload.value());
    if (!sent) {
        result.error = sent.error();
        finishWithdraw(result);
        return;
    }
    const Result<Api::SubmissionDocument> voiding
        = Api::SubmissionDocument::forVoid(sent->patient, sent->practitionerRole, reason);
    if (!voiding) {
        result.error = voiding.error();
        finishWithdraw(result);
        return;
    }
    const QByteArray json = voiding->toJson();
    const Result<qint64> created = store->createDraft(ItemKind::DeathVoid, json, result.deathId);
    if (!created) {
        result.error = created.error();
        finishWithdraw(result);
        return;
    }
    if (const Result<void> queued = store->enqueue(created.value(), json, death->formVersion, death->codeListVersions);
        !queued) {
        result.error = queued.error();
        finishWithdraw(result);
        return;
    }
    result.outcome = WithdrawOutcome::WithdrawalQueued;
    result.withdrawalId = created.value();
    Audit::AuditLog::record(Audit::AuditAction::Withdrawal, actorHpr(), QStringLiteral("outbox:%1").arg(result.withdrawalId));
    finishWithdraw(result);
}

} // namespace Meldeklient::Session
