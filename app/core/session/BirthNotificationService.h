#pragma once

#include "core/birth/FoedselsmeldingWriter.h"
#include "core/birth/MunicipalityCheck.h"
#include "core/common/Result.h"
#include "core/outbox/ItemState.h"
#include "core/outbox/OutboxStore.h"
#include "core/questionnaire/ValidationIssue.h"

#include <QDateTime>
#include <QJsonArray>
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

// One child's message and the message that corrects it (or that it corrects): a typed link between two births.
struct BirthCorrectionLink {
    QString birthId;                // the other birth (BirthNotificationService's id)
    int childNumber = 0;            // 1-based birth order there
    qint64 itemId = 0;              // the other child's outbox item
    QString messageId;              // its avsendersMeldingsidentifikator
    QString folkeregisterReferanse; // its 202 receipt's reference (empty before the receipt)
};

// Whether a child's notification can be corrected (BirthNotificationService::queueCorrection), and why not.
enum class BirthCorrectability {
    Correctable,      // Refused, or Registered with wrong data: a correction message goes to Folkeregisteret
    AwaitingDecision, // queued, sending, waiting to retry or received for processing: wait for the decision
    AlreadyCorrected, // a correction of this child is on its way or decided: follow (or correct) that one
    NotReceived,      // Folkeregisteret never took the message (needs correction, draft): nothing to correct there
    Withdrawn,        // cancelled, never sent
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
    QString messageId;              // avsendersMeldingsidentifikator
    QDateTime queuedAt;             // when the midwife sent it (queued in the outbox)
    BirthCorrectability correctability = BirthCorrectability::AwaitingDecision;
    std::optional<BirthCorrectionLink> corrects;    // this child's message is a correction of that one
    std::optional<BirthCorrectionLink> correctedBy; // a later correction of this child (not cancelled)
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

    // --- corrections -----------------------------------------------------------------------------------------------
    // The QuestionnaireResponse the midwife confirmed when `birthId` was queued (kept encrypted in each child's record
    // since corrections exist), to start a correction from what was sent. "birth-response-not-stored" for a birth
    // queued before (its correction starts from an empty form), "birth-correction-unknown-birth".
    Result<QJsonObject> sentResponse(const QString& birthId) const;
    // A correction of children `childNumbers` (birth order) of `originalBirthId`: `questionnaireResponse` is the whole
    // birth as it should have been; the same check and warning confirmation as queue(). Each chosen child must be
    // BirthCorrectability::Correctable (else "birth-correction-awaiting-decision", "-already-corrected",
    // "-not-received", "-withdrawn", naming the child), exist in the original ("birth-correction-unknown-child") and
    // in the response ("birth-correction-child-missing"); none chosen: "birth-correction-no-children". Queues a NEW
    // birth (new birthId, message ids "<birthId>-<child>") with one message per chosen child, each with
    // erKorrigertForespoersel=true and identifikatorForOpprinneligMelding = that child's original
    // avsendersMeldingsidentifikator; the original's folkeregisterReferanse is kept in the record beside it (which
    // one Skatteetaten wants is undocumented). ONE transaction; the original items stay as they were (history) and
    // status() links both ways. Then flushes like queue(). `fromDraft`: the correction's birth draft, taken up in the
    // same transaction as in queue().
    Result<QueuedBirth> queueCorrection(const QString& originalBirthId, const QList<int>& childNumbers,
        const QJsonObject& questionnaireResponse, const QStringList& confirmedWarningIds,
        std::optional<qint64> fromDraft = {});
    // The children a correction of `birthId` proposes (birth order): the refused ones that can be corrected. The
    // midwife may add others whose correctability is Correctable (a registered child with wrong data).
    QList<int> refusedChildren(const QString& birthId) const;
    // Why a child cannot be corrected, translated ("" code for Correctable).
    static Error correctionRefusal(BirthCorrectability correctability, int childNumber);
    // Every birth in the outbox, oldest first (for `outbox` and lists).
    QStringList births() const;
    // Reads the feed now (Ready only; also done on a timer while items await a decision). Ends with
    // decisionsRead().
    void pollDecisions();
    // Sends every due item now through the session's OutboxFlush (Ready only), then reads the feed. Ends with
    // flushFinished().
    void flush();
    // Any flush runs: Session::outboxFlush() decides.
    bool isFlushing() const;
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
    // The check and the confirmation of every warning (queue() and queueCorrection()): the confirmed warning ids, or
    // "birth-invalid" / "birth-warning-unconfirmed".
    Result<QJsonArray> confirmWarnings(const QJsonObject& questionnaireResponse, const QStringList& confirmedIds) const;
    Birth::FoedselsmeldingWriter::Options writerOptions(const QString& birthId) const;
    // Sets each child's correctedBy (a later correction of it, not cancelled: found in the records of births queued
    // since) and its correctability.
    void linkCorrections(const QString& birthId, QList<BirthChildStatus>& children) const;
    static BirthCorrectability correctabilityOf(const BirthChildStatus& child);
    // Queues the parts of one birth in ONE transaction, audits, signals and flushes (queue(), queueCorrection()).
    Result<QueuedBirth> commit(const QString& birthId, const QList<Outbox::OutboxStore::GroupPart>& parts,
        const QString& correctedBirthId, std::optional<qint64> fromDraft);
    void itemChanged(qint64 id);
    void schedulePolling();
    void watchOutbox();

    QPointer<Session> m_session;
    mutable std::unique_ptr<Questionnaire::Questionnaire> m_form;
    mutable std::unique_ptr<Birth::CountryCodes> m_countries;
    mutable bool m_countriesLoaded = false; // and the municipality list, read together once
    mutable Birth::MunicipalityCheck m_municipalities;
    QTimer m_pollTimer;
};

} // namespace Meldeklient::Session
