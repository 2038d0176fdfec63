#pragma once

#include "core/birth/MunicipalityCheck.h"
#include "core/common/Result.h"
#include "core/outbox/ItemState.h"
#include "core/questionnaire/ValidationIssue.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace Meldeklient::Birth {
class CountryCodes;
}
namespace Meldeklient::Questionnaire {
class Questionnaire;
class QuestionnaireResponse;
}
namespace Meldeklient::Api {
struct FlushSummary;
}

namespace Meldeklient::Session {

class Session;

// A birth queued for Folkeregisteret: one outbox item per child, in birth order.
struct QueuedBirth {
    QString birthId; // random UUID; the prefix of each child's message id ("<birthId>-<n>")
    QList<qint64> itemIds;
};

// Where one child's notification stands.
struct BirthChildStatus {
    int childNumber = 0; // 1-based birth order
    bool liveBorn = true;
    Outbox::ItemState state = Outbox::ItemState::Queued;
    qint64 itemId = 0;
    QString folkeregisterReferanse; // from the 202 receipt, once received
    QString newIdentifier;          // the child's fødselsnummer/D-nummer once registered (personal data: show only)
    QString message;                // refusal reason / manual handling / error, translated
};

// The birth-notification use cases over a Session (issue 12), for the birth screen and meldeklient-cli: check a
// fodselsmelding QuestionnaireResponse (BirthNotificationValidator), queue one foedselsmelding per child in ONE
// transaction (frozen XML, message id "<birthId>-<n>" as the register's idempotency key), send them through the
// session's sender (Folkeregisteret, mutual TLS), and follow the decisions on the feed: Registered with the child's
// number, Refused with the reason, or manual handling. Queueing is a local commit and returns at once; sending and
// reading the feed are asynchronous (nothing waits on the network on the calling thread).
class BirthNotificationService : public QObject
{
    Q_OBJECT

public:
    // How often the feed is read while items await a decision (MELDEKLIENT_DECISION_POLL_MS overrides, for tests).
    static constexpr int DefaultPollIntervalMs = 30000;

    explicit BirthNotificationService(Session& session, QObject* parent = nullptr);
    ~BirthNotificationService() override;

    // The id of one warning for queue()'s confirmedWarningIds: rule, linkId and, inside a child, its 0-based repeat
    // ("birth-date-late|barn.foedselsdato|1").
    static QString warningId(const Questionnaire::ValidationIssue& issue);

    // The rules (BirthNotificationValidator: the form's and BirthRules), errors first. `questionnaireResponse`: the
    // fodselsmelding QuestionnaireResponse, or a collection Bundle holding it. Synthetic (Tenor) numbers are allowed
    // in the sandbox and test environments only. An unreadable response gives one error issue
    // ("birth-response-unreadable").
    QList<Questionnaire::ValidationIssue> check(const QJsonObject& questionnaireResponse) const;
    // The same rules on a response already read (the birth screen checks as the midwife types).
    QList<Questionnaire::ValidationIssue> check(const Questionnaire::QuestionnaireResponse& response) const;
    // Errors refuse ("birth-invalid"); every warning's warningId() must be in confirmedWarningIds, else
    // "birth-warning-unconfirmed" naming the first one left. Queues one item per child in ONE transaction
    // (OutboxStore::enqueueGroup; the confirmed warnings recorded with them, encrypted), records the submission in
    // the audit trail, then asks the sender to flush (when signed in). Other errors: "session-no-outbox",
    // OutboxStore's. `fromDraft`: the birth draft (Drafts) it was written in; it becomes the first child's item in
    // the same transaction, so a crash never leaves both the draft and the queued birth, nor neither.
    Result<QueuedBirth> queue(const QJsonObject& questionnaireResponse, const QStringList& confirmedWarningIds,
        std::optional<qint64> fromDraft = {});
    // The children of a birth in birth order (empty for an unknown birth).
    QList<BirthChildStatus> status(const QString& birthId) const;
    // Every birth in the outbox, oldest first (for `outbox` and lists).
    QStringList births() const;
    // Reads the feed now (Ready only; also done on a timer while items await a decision). Ends with
    // decisionsRead().
    void pollDecisions();
    // Sends every due item now (Ready only), then reads the feed. Ends with flushFinished().
    void flush();
    bool isFlushing() const { return m_flushing; }
    // Items of births waiting for a decision (AcceptedForProcessing).
    int awaitingDecision() const;

Q_SIGNALS:
    // A send or a decision changed a child's status.
    void birthChanged(const QString& birthId);
    void flushFinished(const Meldeklient::Api::FlushSummary& summary);
    // A poll ended; `error` has an empty code when the feed was read.
    void decisionsRead(int decided, const Meldeklient::Error& error);

private:
    const Questionnaire::Questionnaire* form() const;
    // The fodselsmelding response (alone or in a Bundle), read against the form.
    Result<Questionnaire::QuestionnaireResponse> read(const QJsonObject& questionnaireResponse) const;
    QString actorHpr() const;
    void itemChanged(qint64 id);
    void schedulePolling();
    void watchOutbox();

    QPointer<Session> m_session;
    mutable std::unique_ptr<Questionnaire::Questionnaire> m_form;
    mutable std::unique_ptr<Birth::CountryCodes> m_countries;
    mutable bool m_countriesLoaded = false; // and the municipality list, read together once
    mutable Birth::MunicipalityCheck m_municipalities;
    QTimer m_pollTimer;
    bool m_flushing = false;
};

} // namespace Meldeklient::Session
