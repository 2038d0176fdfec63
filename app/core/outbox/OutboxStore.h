#pragma once

#include "core/common/Result.h"
#include "core/outbox/FeedPosition.h"
#include "core/outbox/OutboxItem.h"
#include "core/outbox/OutboxOptions.h"
#include "core/outbox/Receipt.h"
#include "core/outbox/RegisterDecision.h"
#include "core/outbox/SendClaim.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace Meldeklient {
class ExclusiveFileLock;
}

namespace Meldeklient::Outbox {

class PayloadCipher;

// The encrypted, durable outbox: drafts and submissions of one user in one SQLite file.
//
// One OutboxStore owns its file: a second open of the same file, in this process or another, fails with
// "outbox-in-use". Every state change is one transaction, committed with synchronous=FULL before the call returns.
// Contents are encrypted with the user's data key (PayloadCipher); only metadata is plain.
// Not thread-safe: use it from the thread that opened it (QSqlDatabase connections are per thread).
//
// A sender drives it like this (see README.md):
//   readyToSend() -> claim(id) -> send claim.payload with claim.idempotencyKey -> recordAccepted / recordRejected /
//   recordTransientFailure.
class OutboxStore
{
public:
    // Opens (creating when needed) the outbox, upgrades its schema, loads or creates the data key, and returns
    // items left in Sending by a process that died to WaitingToRetry.
    // Errors: "outbox-invalid-user", "outbox-in-use", "outbox-open-failed", "outbox-schema-*", "outbox-not-an-outbox",
    // "outbox-key-unavailable", "outbox-key-missing", "outbox-key-invalid", "outbox-wrong-key", PrivateFolder's
    // "data-folder-*" and "data-file-symlink" (the folder must be the user's alone, no file of ours a link).
    static Result<std::unique_ptr<OutboxStore>> open(const OutboxOptions& options);
    static QString defaultPath(const QString& userKeyId);
    ~OutboxStore();
    OutboxStore(const OutboxStore&) = delete;
    OutboxStore& operator=(const OutboxStore&) = delete;

    QString databasePath() const { return m_path; }
    // Called after every committed change (from the thread that made it), so views can reload. One observer.
    void setChangeObserver(std::function<void()> observer) { m_changeObserver = std::move(observer); }

    // --- drafts --------------------------------------------------------------------------------------------------
    // A new draft of `kind`. `parentId`: the item this one waits for (Del 2 → Del 1).
    Result<qint64> createDraft(ItemKind kind, const QByteArray& content, std::optional<qint64> parentId = {});
    // Autosave. Allowed in Draft and NeedsCorrection ("outbox-not-editable" otherwise).
    Result<void> saveDraft(qint64 id, const QByteArray& content);
    Result<QByteArray> draftContent(qint64 id) const;
    // Draft → Cancelled for a draft the person throws away (same as cancel(), named for what it means).
    Result<void> discardDraft(qint64 id);

    // --- submission ----------------------------------------------------------------------------------------------
    // Freezes `payload` (the exact request body) and queues it: Draft → Queued, or NeedsCorrection → Queued.
    // A new idempotency key is drawn the first time and whenever the payload differs from the one sent before;
    // an unchanged resubmission keeps its key, so the registry can recognise it.
    Result<void> enqueue(qint64 id, const QByteArray& payload, const QString& formVersion,
        const QString& codeListVersions);
    // One part of a notification queued with enqueueLinked().
    struct LinkedPart {
        ItemKind kind;
        QByteArray payload; // the exact request body, frozen
        QByteArray record;  // kept encrypted as the item's draft content (e.g. the warnings the person confirmed)
    };
    // Queues several parts of one notification in ONE transaction: the first becomes the parent, every other part
    // waits for it (Del 2 waits for Del 1's receipt). Either every part is queued or nothing changed, so a crash
    // can never leave Del 1 on its way while Del 2 is a draft. `fromDraft`: a Draft item of the first part's kind
    // that becomes the first part (it keeps its draft content, e.g. the form as the person left it).
    // `subjectTag` (subjectTag()) is stored with the first part. Returns the ids, in the order of `parts`.
    Result<QList<qint64>> enqueueLinked(const QList<LinkedPart>& parts, const QString& formVersion,
        const QString& codeListVersions, const QString& subjectTag = {}, std::optional<qint64> fromDraft = {});
    // A keyed hash (HMAC under a key derived from the data key) of a person's identifier: equal for the same person
    // in this outbox, useless to anyone without the key. Stored instead of the identifier.
    QString subjectTag(const QString& personIdentifier) const;
    // Parents (e.g. Del 1) with this subject tag that are unfinished or accepted and not withdrawn: queued,
    // sending, waiting to retry, needs correction or accepted, without a withdrawal that is not cancelled.
    Result<QList<qint64>> activeItemsWithSubject(const QString& subjectTag) const;
    // Queued items, and waiting items whose time has come, whose parent (if any) is Accepted; oldest first.
    Result<QList<OutboxItem>> readyToSend(int limit = 100) const;
    // The earliest next_attempt_at of a waiting item, for the sender's timer.
    Result<std::optional<QDateTime>> nextAttemptAt() const;
    // Queued/WaitingToRetry → Sending: counts the attempt, records the lease, and hands out the bytes and key.
    // "outbox-blocked-by-parent" while the parent is not Accepted. An item whose payload (or parent's receipt) fails
    // authentication can never be sent: it goes to NeedsCorrection with ContentUnreadableCode, which is returned.
    Result<SendClaim> claim(qint64 id);
    // claim() for several items in one transaction (one fsync instead of one each). Items that cannot be claimed
    // (blocked, cancelled meanwhile, unreadable: see claim()) are left out; a storage failure claims none.
    Result<QList<SendClaim>> claimAll(const QList<qint64>& ids);
    // Claimed items that were never put on the wire (the sender stopped first): Sending → WaitingToRetry, due now,
    // without counting the attempt. Items no longer in Sending are left as they are.
    Result<void> unclaim(const QList<qint64>& ids);
    // Sending → Accepted, keeping the receipt encrypted.
    Result<void> recordAccepted(qint64 id, const Receipt& receipt);
    // Sending → NeedsCorrection: the registry refused the content. `error` is our own code and message (no personal
    // data); `serverMessage` is the registry's text, stored encrypted.
    Result<void> recordRejected(qint64 id, const Error& error, const QByteArray& serverMessage);
    // Sending → WaitingToRetry after a transient failure (network, 5xx, 429). Returns the next attempt time:
    // back-off with full jitter, never earlier than `retryAfterMs` (RetryAfter::parseMs).
    Result<QDateTime> recordTransientFailure(qint64 id, const Error& error, std::optional<qint64> retryAfterMs = {});
    // The person asks to send again now: a WaitingToRetry item becomes due at once (same key, same bytes); a
    // NeedsCorrection item is resubmitted unchanged (Queued, same key); a Queued item is due already.
    // "outbox-illegal-transition" in the other states.
    Result<void> retryNow(qint64 id);
    // → Cancelled, from Draft, Queued, WaitingToRetry or NeedsCorrection. Children that were waiting for this item
    // are cancelled with it, since they can never be sent.
    Result<void> cancel(qint64 id);

    // --- births: Folkeregisteret's receipt and decision ------------------------------------------------------------
    // One child of a birth: its frozen foedselsmelding and the message id inside it.
    struct GroupPart {
        QByteArray payload;  // the exact request body (XML), frozen
        QByteArray record;   // kept encrypted as the item's draft content (child number, confirmed warnings)
        QString messageId;   // avsendersMeldingsidentifikator in `payload`: matches the feed's events to the item
    };
    // Creates and queues independent items of one birth (no parent links: each child is sent and decided on its
    // own) in ONE transaction, with `groupId` stored on each. Returns the ids in the order of `parts`.
    // `fromDraft`: a Draft item of `kind` (no parent, no group) that becomes the first part, its draft content
    // replaced by that part's record; so the draft is gone exactly when the group is queued.
    Result<QList<qint64>> enqueueGroup(ItemKind kind, const QList<GroupPart>& parts, const QString& groupId,
        const QString& formVersion, const QString& codeListVersions, std::optional<qint64> fromDraft = {});
    // The items of one group, by id (birth order).
    Result<QList<OutboxItem>> itemsInGroup(const QString& groupId) const;
    // Sending → AcceptedForProcessing: the register received the message (202) and will decide. The receipt's
    // serverId is the folkeregisterReferanse. A decision the feed brought before this answer (the 202 was lost and
    // the resend came after the poller read it) is applied in the same transaction.
    Result<void> recordAcceptedForProcessing(qint64 id, const Receipt& receipt);
    struct DecisionsRecorded {
        QList<qint64> changed; // items whose state or note changed
        int repeated = 0;      // events already applied (read twice)
        int early = 0;         // kept for items whose receipt is not recorded yet (applied with it)
        int unmatched = 0;     // events for messages this outbox did not send (the organisation's other users)
    };
    // Records a page of the feed `feed` in ONE transaction: each decision goes to the item with its message id
    // (the reference must match the receipt when there is one), through the transition table — AcceptedForProcessing
    // → Registered | Refused, or → AcceptedForProcessing noting manual handling — at most once per sequence number;
    // then the feed's position becomes `next`. Reading the same events again changes nothing.
    Result<DecisionsRecorded> recordDecisions(
        const QString& feed, const QList<RegisterDecision>& decisions, const FeedPosition& next);
    // Where `feed` was read up to ({1, ""} at first).
    Result<FeedPosition> feedPosition(const QString& feed) const;
    // The register's decision on an item (decrypted), if one arrived.
    Result<std::optional<RegisterDecision>> decision(qint64 id) const;
    // How many items wait for a decision (AcceptedForProcessing), for the poller's timer.
    Result<int> awaitingDecision() const;

    // --- reading -------------------------------------------------------------------------------------------------
    Result<OutboxItem> item(qint64 id) const;
    Result<QList<OutboxItem>> items() const;
    Result<QByteArray> payload(qint64 id) const;
    Result<QByteArray> serverMessage(qint64 id) const;
    Result<Receipt> receipt(qint64 id) const;
    // The registry's id in the parent's receipt (Del 1's dødsfallId), for building a child's request.
    Result<QString> parentReceiptId(qint64 id) const;

    // --- retention (OutboxPurger) ---------------------------------------------------------------------------------
    // Deletes the encrypted contents (draft, payload, registry message, receipt body) of Accepted items among `ids`,
    // keeping the metadata and the registry's id (the receipt); other items are left alone. One transaction, then the
    // freed pages are overwritten (secure_delete) and the WAL truncated. Returns how many items lost contents.
    Result<int> purgeContents(const QList<qint64>& ids);

    // Items in Sending whose lease is older than `leaseMs` go back to WaitingToRetry, due now. open() does this for
    // every Sending item, since the owner lock proves that no live sender holds them. Returns how many.
    Result<int> releaseStaleClaims(qint64 leaseMs);

private:
    // The columns a state change sets besides state and updated_at: "column = ?" or "column = NULL" assignments,
    // and the values for their placeholders in order.
    struct StateChange {
        QStringList assignments;
        QVariantList values;
    };
    // Runs inside the change's transaction, after the transition was found legal; may refuse with an Error.
    using ChangePreparer = std::function<Result<StateChange>(const OutboxItem& current)>;

    OutboxStore() = default;
    // One state change as one transaction: load, check the transition, prepare, compare-and-set, commit.
    Result<void> changeState(qint64 id, ItemState to, const ChangePreparer& prepare);
    // The body of changeState() inside a transaction the caller owns; returns the state it left.
    Result<ItemState> applyChange(qint64 id, ItemState to, const ChangePreparer& prepare);
    ChangePreparer claimPreparer(qint64 id, SendClaim& claimed) const;
    static bool isUnreadableContent(const Error& error);
    // → NeedsCorrection with ContentUnreadableCode, inside the caller's transaction; `unreadable` gets that error.
    Result<void> markUnreadable(qint64 id, Error& unreadable);
    // The receipt's columns (encrypted id and body, the time) for Accepted and AcceptedForProcessing.
    ChangePreparer receiptPreparer(qint64 id, const Receipt& receipt) const;
    // The columns a decision sets (decision_blob, decided_at, decision_sequence, the note code).
    ChangePreparer decisionPreparer(qint64 id, const RegisterDecision& decision) const;
    static ItemState stateAfter(const RegisterDecision& decision);
    ChangePreparer enqueuePreparer(qint64 id, const QByteArray& payload, const QString& formVersion,
        const QString& codeListVersions) const;
    // createDraft() inside a transaction the caller owns.
    Result<qint64> insertDraft(ItemKind kind, const QByteArray& content, std::optional<qint64> parentId);
    Result<void> initialise(const OutboxOptions& options);
    // An existing file given as the outbox must be one (or empty) and the user's own: "outbox-not-an-outbox".
    static Result<void> checkIsOutboxFile(const QString& path);
    Result<void> checkOrCreateDataKey(const OutboxOptions& options);
    QSqlDatabase database() const;
    QDateTime now() const;
    Result<OutboxItem> loadItem(qint64 id) const;
    Result<QByteArray> readBlob(qint64 id, QLatin1StringView column, QLatin1StringView field) const;
    Result<QByteArray> seal(qint64 id, QLatin1StringView field, const QByteArray& plaintext) const;
    Result<void> checkTransition(const OutboxItem& item, ItemState to) const;
    static Error cannotRetry(const OutboxItem& item);
    // Sending → WaitingToRetry for claims made up to `claimedUpTo`; all claims when it is invalid.
    Result<int> releaseClaims(const QDateTime& claimedUpTo);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<ExclusiveFileLock> m_lock;
    std::unique_ptr<PayloadCipher> m_cipher;
    BackoffPolicy m_backoff;
    std::function<QDateTime()> m_clock;
    bool m_registered = false;
    std::function<void()> m_changeObserver;
    void notifyChanged() const
    {
        if (m_changeObserver)
            m_changeObserver();
    }
};

} // namespace Meldeklient::Outbox
