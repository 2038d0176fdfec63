#pragma once

#include "core/api/FlushSummary.h"
#include "core/common/Result.h"
#include "core/notification/ValidationIssues.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Meldeklient::Session {

class NotificationCheck;
class Session;

// The death-notification use cases over a Session: queue Del 1 and Del 2 together, withdraw a death (the
// cancel-or-withdraw decision), retry, cancel, and send (flush). Queueing, retry and cancel are local commits and
// return at once; flush and a withdrawal that must ask the registry first end with a signal. The CLI commands and
// the window are adapters over this class.
class DeathNotificationService : public QObject
{
    Q_OBJECT

public:
    // The longest withdrawal reason (Folkeregisteret's begrunnelse): room for a real explanation ("registered on
    // the wrong person: the patient in the next room, same surname"), short enough to stay a reason and never a
    // case record. Measured in characters after trimming.
    static constexpr int MaxReasonLength = 500;

    enum class QueueOutcome {
        Queued,               // Del 1 and Del 2 are queued (one transaction)
        Invalid,              // the notification has errors (issues)
        WarningsNotConfirmed, // warnings the physician has not confirmed, each on its own (issues: those left)
        Duplicate,            // this outbox already has a notification for the person (duplicates): confirm
        Failed,               // not a notification at all, no outbox, or the store failed (error)
    };
    Q_ENUM(QueueOutcome)

    struct QueueRequest {
        QByteArray bundle;             // FHIR R4 Bundle: Patient, QuestionnaireResponse, PractitionerRole
        QStringList confirmedWarnings; // warningKey() of each warning the physician confirmed
        bool confirmAllWarnings = false; // meldeklient-cli --accept-warnings: the physician read all of them
        bool allowDuplicate = false;     // confirmed: a second notification for the same person is intended
        std::optional<qint64> fromDraft; // the death draft (Drafts) this notification was written in
    };
    struct QueueResult {
        QueueOutcome outcome = QueueOutcome::Failed;
        qint64 part1 = 0;
        qint64 part2 = 0;
        QList<Notification::ValidationIssue> issues;
        QList<qint64> duplicates; // Del 1 items of the same person that are unfinished or accepted
        Error error;
    };

    enum class WithdrawOutcome {
        CancelledNeverSent,   // never attempted: cancelled here, with its Del 2; nothing reached the registry
        CancelledRefused,     // the registry refused it: nothing is registered; cancelled here
        WithdrawalQueued,     // the death is registered: a withdrawal (annullering) is queued; then phone NHN
        AlreadyWithdrawn,     // a withdrawal of this death is already queued or sent (withdrawalId)
        Failed,               // error says why; nothing changed (for "withdraw-outcome-unknown": try again)
    };
    Q_ENUM(WithdrawOutcome)

    struct WithdrawResult {
        WithdrawOutcome outcome = WithdrawOutcome::Failed;
        qint64 deathId = 0;
        qint64 withdrawalId = 0;
        // The death had been attempted before (its request may have reached the registry), whatever happened now.
        bool wasAttempted = false;
        Error error;
    };

    // `check` must outlive the service; without one (only sending and withdrawing), queue() fails.
    DeathNotificationService(Session& session, const NotificationCheck* check, QObject* parent = nullptr);

    // The key of one warning for QueueRequest::confirmedWarnings: its rule and the item it is about.
    static QString warningKey(const Notification::ValidationIssue& issue);

    // Checks (NotificationCheck) and queues Del 1 + Del 2 in ONE transaction, recording the confirmed warnings
    // with them (encrypted). Refuses a second notification for a person who already has an unfinished or accepted
    // one in this outbox unless allowDuplicate (the person is compared by a keyed hash, never stored in plain).
    QueueResult queue(const QueueRequest& request);

    // Withdraws a death (Del 1): cancels what never reached the registry, queues a withdrawal for what it
    // registered. A death that was attempted but whose answer was lost is first sent again with the same
    // idempotency key (the registry answers with the original receipt), then withdrawn: it is never called "never
    // sent". Ends with withdrawFinished() (later, once). Errors: "withdraw-reason-missing",
    // "withdraw-reason-too-long", "not-a-death", "outbox-item-sending", "session-not-ready" (the registry must be
    // asked and nobody is signed in), "withdraw-outcome-unknown" (the registry could not be reached: try again).
    void withdraw(qint64 deathId, const QString& reason);

    // Sends a waiting item now, or resubmits one that needs correction unchanged (then flush()).
    Result<void> retry(qint64 id);
    // Cancels an item that has not been accepted (and what waits for it).
    Result<void> cancel(qint64 id);

    // Sends everything due through the session's OutboxFlush (Ready only). Ends with flushFinished().
    void flush();
    // Any flush runs (this service's, a birth's, a withdrawal's): Session::outboxFlush() decides.
    bool isFlushing() const;

Q_SIGNALS:
    void withdrawFinished(const Meldeklient::Session::DeathNotificationService::WithdrawResult& result);
    // Progress of every flush (Session::outboxFlush()): one per item that got an answer (or none).
    void itemAccepted(qint64 id);
    void itemNeedsCorrection(qint64 id, const Meldeklient::Error& error);
    void itemWaitingToRetry(qint64 id, const Meldeklient::Error& error, const QDateTime& nextAttempt);
    // The flush this service asked for ended (or was refused at once: storeErrors).
    void flushFinished(const Meldeklient::Api::FlushSummary& summary);

private:
    // The signed-in person's HPR number for the audit trail; empty when offline.
    QString actorHpr() const;
    void finishWithdraw(const WithdrawResult& result);
    void queueWithdrawal(WithdrawResult result, const QString& reason);
    void resendThenWithdraw(WithdrawResult result, const QString& reason);
    static QString personKey(const QJsonObject& patient);

    QPointer<Session> m_session;
    const NotificationCheck* m_check;
};

} // namespace Meldeklient::Session
