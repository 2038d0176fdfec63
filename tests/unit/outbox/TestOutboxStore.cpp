#include "core/outbox/ItemTexts.h"
#include "core/outbox/OutboxStore.h"

#include "core/outbox/OutboxDataKey.h"

#include "OutboxTestFixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

class TestOutboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draftIsCreatedSavedAndRead();
    void unknownKindAndMissingItemsAreErrors();
    void storedKindCodesAreTheFormatAndAChangedOneIsNeverSent();
    void happyPathEndsWithAReceipt();
    void everyTransitionIsLegalOrRefusedWithoutChange_data();
    void everyTransitionIsLegalOrRefusedWithoutChange();
    void draftIsNotEditableOnceQueued();
    void retriesResendIdenticalBytesWithTheSameKey();
    void resubmissionKeepsTheKeyOnlyForUnchangedContent();
    void needsCorrectionKeepsTheServerMessageAndIsEditable();
    void waitingItemsBecomeReadyWhenTheirTimeComes();
    void retryAfterIsHonouredAsTheMinimum();
    void childWaitsForParentAndCarriesItsReceiptId();
    void readyItemsComeOldestFirst();
    void cancellingAParentCancelsItsWaitingChildren();
    void retryNowMakesAnItemDueWithItsKey();
    void claimAllClaimsWhatItCanInOneGo();
    void reopenKeepsEverything();
    void sendingItemsAreRecoveredOnOpen();
    void sendingItemsAreRecoveredEvenAfterTheClockWentBack();
    void staleClaimsAreReleasedAfterTheLease();
    void secondOwnerInTheSameProcessIsRefused();
    void filesAreReadableByTheOwnerOnly();
    void defaultPathIsInTheDataDirectory();
    void userKeyIdMustBeOpaque();
    void unavailableKeychainStoresNothing();
    void wrongKeyIsRefusedOnOpen();
    void lostKeyIsNotSilentlyReplaced();
    void tamperedCiphertextIsDetected();
    void swappedRowsAreDetected();
    void rawFilesHoldNoPlaintext();
};

namespace {
const QByteArray payloadBytes = R"({"resourceType":"QuestionnaireResponse","id":"p1"})";
const Error networkDown {"http-network", "The network is down."};
const Error invalidContent {"api-invalid", "The registry refused the content."};

qint64 reach(OutboxStore& store, ItemState target)
{
    const qint64 id = store.createDraft(ItemKind::DeathPart1, "draft text").value();
    if (target == ItemState::Draft)
        return id;
    if (target == ItemState::Cancelled) {
        [&] { QVERIFY(store.cancel(id).isOk()); }();
        return id;
    }
    [&] { QVERIFY(store.enqueue(id, payloadBytes, "dodsaarsak_1|1.0", "icd10=2025").isOk()); }();
    if (target == ItemState::Queued)
        return id;
    [&] { QVERIFY(store.claim(id).isOk()); }();
    switch (target) {
    case ItemState::Accepted:
        [&] { QVERIFY(store.recordAccepted(id, {"D-1", {}, "{}"}).isOk()); }();
        break;
    case ItemState::NeedsCorrection:
        [&] { QVERIFY(store.recordRejected(id, invalidContent, "field x").isOk()); }();
        break;
    case ItemState::WaitingToRetry:
        [&] { QVERIFY(store.recordTransientFailure(id, networkDown).isOk()); }();
        break;
    default:
        break;
    }
    return id;
}

enum class Operation { Enqueue, Claim, Accept, Reject, Retry, Cancel };

ItemState targetOf(Operation operation)
{
    switch (operation) {
    case Operation::Enqueue:
        return ItemState::Queued;
    case Operation::Claim:
        return ItemState::Sending;
    case Operation::Accept:
        return ItemState::Accepted;
    case Operation::Reject:
        return ItemState::NeedsCorrection;
    case Operation::Retry:
        return ItemState::WaitingToRetry;
    case Operation::Cancel:
        return ItemState::Cancelled;
    }
    return ItemState::Draft;
}

Result<void> apply(OutboxStore& store, qint64 id, Operation operation)
{
    auto asVoid = [](const auto& result) -> Result<void> {
        if (result.isOk())
            return {};
        return result.error();
    };
    switch (operation) {
    case Operation::Enqueue:
        return store.enqueue(id, payloadBytes, "f", "c");
    case Operation::Claim:
        return asVoid(store.claim(id));
    case Operation::Accept:
        return store.recordAccepted(id, {"D-2", {}, "{}"});
    case Operation::Reject:
        return store.recordRejected(id, invalidContent, "msg");
    case Operation::Retry:
        return asVoid(store.recordTransientFailure(id, networkDown));
    case Operation::Cancel:
        return store.cancel(id);
    }
    return {};
}

bool sameMetadata(const OutboxItem& a, const OutboxItem& b)
{
    return a.id == b.id && a.kind == b.kind && a.parentId == b.parentId && a.state == b.state
        && a.idempotencyKey == b.idempotencyKey && a.attemptCount == b.attemptCount
        && a.lastErrorCode == b.lastErrorCode && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt
        && a.nextAttemptAt == b.nextAttemptAt && a.claimedAt == b.claimedAt && a.acceptedAt == b.acceptedAt
        && a.formVersion == b.formVersion && a.codeListVersions == b.codeListVersions && a.hasDraft == b.hasDraft
        && a.hasPayload == b.hasPayload;
}
} // namespace

void TestOutboxStore::draftIsCreatedSavedAndRead()
{
    OutboxTestFixture f;
    auto store = f.open();
    QVERIFY(store);
    const auto id = store->createDraft(ItemKind::Birth, "first");
    QVERIFY(id.isOk());
    QCOMPARE(store->draftContent(id.value()).value(), QByteArray("first"));
    f.clock = f.clock.addSecs(5);
    QVERIFY(store->saveDraft(id.value(), "second").isOk());
    QCOMPARE(store->draftContent(id.value()).value(), QByteArray("second"));
    const OutboxItem item = store->item(id.value()).value();
    QCOMPARE(item.state, ItemState::Draft);
    QCOMPARE(item.kind, ItemKind::Birth);
    QVERIFY(item.idempotencyKey.isEmpty());
    QCOMPARE(item.updatedAt, f.clock);
    QCOMPARE(item.createdAt, f.clock.addSecs(-5));
    QVERIFY(item.hasDraft);
    QVERIFY(!item.hasPayload);
    QCOMPARE(store->payload(id.value()).error().code, QString("outbox-no-content"));
}

void TestOutboxStore::unknownKindAndMissingItemsAreErrors()
{
    OutboxTestFixture f;
    auto store = f.open();
    QCOMPARE(store->createDraft(ItemKind::DeathPart2, "x", 999).error().code, QString("outbox-not-found"));
    QCOMPARE(store->item(42).error().code, QString("outbox-not-found"));
    QCOMPARE(store->claim(42).error().code, QString("outbox-not-found"));
    QCOMPARE(store->cancel(42).error().code, QString("outbox-not-found"));
    QVERIFY(store->items().value().isEmpty());
}

void TestOutboxStore::happyPathEndsWithAReceipt()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = store->createDraft(ItemKind::DeathPart1, "draft").value();
    QVERIFY(store->enqueue(id, payloadBytes, "dodsmelding|2.1", "icd10=2025;kommune=2024").isOk());
    OutboxItem item = store->item(id).value();
    QCOMPARE(item.state, ItemState::Queued);
    QVERIFY(QRegularExpression("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
                .match(item.idempotencyKey)
                .hasMatch());
    QCOMPARE(item.formVersion, QString("dodsmelding|2.1"));
    QCOMPARE(item.codeListVersions, QString("icd10=2025;kommune=2024"));

    const SendClaim claim = store->claim(id).value();
    QCOMPARE(claim.payload, payloadBytes);
    QCOMPARE(claim.idempotencyKey, item.idempotencyKey);
    QCOMPARE(claim.attempt, 1);
    QVERIFY(claim.parentReceiptId.isEmpty());
    item = store->item(id).value();
    QCOMPARE(item.state, ItemState::Sending);
    QCOMPARE(item.claimedAt, f.clock);

    const QDateTime receivedAt = f.clock.addSecs(2);
    QVERIFY(store->recordAccepted(id, {"dodsfall-778", receivedAt, R"({"dodsfallId":"dodsfall-778"})"}).isOk());
    item = store->item(id).value();
    QCOMPARE(item.state, ItemState::Accepted);
    QCOMPARE(item.acceptedAt, receivedAt);
    QVERIFY(!item.claimedAt.isValid());
    const Receipt receipt = store->receipt(id).value();
    QCOMPARE(receipt.serverId, QString("dodsfall-778"));
    QCOMPARE(receipt.receivedAt, receivedAt);
    QCOMPARE(receipt.responseBody, QByteArray(R"({"dodsfallId":"dodsfall-778"})"));
    QVERIFY(store->readyToSend().value().isEmpty());
}

void TestOutboxStore::everyTransitionIsLegalOrRefusedWithoutChange_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("operation");
    const QList<ItemState> states = {ItemState::Draft, ItemState::Queued, ItemState::Sending, ItemState::Accepted,
        ItemState::NeedsCorrection, ItemState::WaitingToRetry, ItemState::Cancelled};
    const QList<Operation> operations = {Operation::Enqueue, Operation::Claim, Operation::Accept, Operation::Reject,
        Operation::Retry, Operation::Cancel};
    for (ItemState from : states) {
        for (Operation operation : operations) {
            QTest::addRow("%s -> %s", stateCode(from).data(), stateCode(targetOf(operation)).data())
                << static_cast<int>(from) << static_cast<int>(operation);
        }
    }
}

void TestOutboxStore::everyTransitionIsLegalOrRefusedWithoutChange()
{
    QFETCH(int, from);
    QFETCH(int, operation);
    const auto state = static_cast<ItemState>(from);
    const auto op = static_cast<Operation>(operation);
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = reach(*store, state);
    const OutboxItem before = store->item(id).value();
    QCOMPARE(before.state, state);
    f.clock = f.clock.addSecs(1);

    const Result<void> result = apply(*store, id, op);
    const OutboxItem after = store->item(id).value();
    if (isLegalTransition(state, targetOf(op))) {
        QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().code));
        QCOMPARE(after.state, targetOf(op));
        QCOMPARE(after.updatedAt, f.clock);
    } else {
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().code, QString("outbox-illegal-transition"));
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(sameMetadata(before, after));
        QCOMPARE(store->draftContent(id).value(), QByteArray("draft text"));
    }
}

void TestOutboxStore::draftIsNotEditableOnceQueued()
{
    OutboxTestFixture f;
    auto store = f.open();
    for (ItemState state : {ItemState::Queued, ItemState::Sending, ItemState::Accepted, ItemState::WaitingToRetry,
             ItemState::Cancelled}) {
        const qint64 id = reach(*store, state);
        QCOMPARE(store->saveDraft(id, "changed").error().code, QString("outbox-not-editable"));
        QCOMPARE(store->draftContent(id).value(), QByteArray("draft text"));
    }
}

void TestOutboxStore::retriesResendIdenticalBytesWithTheSameKey()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = reach(*store, ItemState::Queued);
    const QString key = store->item(id).value().idempotencyKey;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const SendClaim claim = store->claim(id).value();
        QCOMPARE(claim.idempotencyKey, key);
        QCOMPARE(claim.payload, payloadBytes);
        QCOMPARE(claim.attempt, attempt);
        QCOMPARE(store->item(id).value().attemptCount, attempt);
        QVERIFY(store->recordTransientFailure(id, networkDown).isOk());
        QCOMPARE(store->item(id).value().lastErrorCode, QString("http-network"));
    }
    const SendClaim last = store->claim(id).value();
    QCOMPARE(last.attempt, 6);
    QVERIFY(store->recordAccepted(id, {"D-9", {}, {}}).isOk());
    QCOMPARE(store->item(id).value().idempotencyKey, key);
    QVERIFY(store->item(id).value().lastErrorCode.isEmpty());
}

void TestOutboxStore::resubmissionKeepsTheKeyOnlyForUnchangedContent()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = reach(*store, ItemState::NeedsCorrection);
    const QString firstKey = store->item(id).value().idempotencyKey;
    QCOMPARE(store->item(id).value().attemptCount, 1);

    QVERIFY(store->enqueue(id, payloadBytes, "f", "c").isOk());
    QCOMPARE(store->item(id).value().idempotencyKey, firstKey);
    QCOMPARE(store->item(id).value().attemptCount, 1);

    QCOMPARE(store->claim(id).value().attempt, 2);
    QVERIFY(store->recordRejected(id, invalidContent, "still wrong").isOk());
    const QByteArray corrected = R"({"resourceType":"QuestionnaireResponse","id":"p1","fixed":true})";
    QVERIFY(store->enqueue(id, corrected, "f", "c2").isOk());
    const OutboxItem item = store->item(id).value();
    QVERIFY(!item.idempotencyKey.isEmpty());
    QVERIFY(item.idempotencyKey != firstKey);
    QCOMPARE(item.attemptCount, 0);
    QCOMPARE(item.codeListVersions, QString("c2"));
    const SendClaim claim = store->claim(id).value();
    QCOMPARE(claim.payload, corrected);
    QCOMPARE(claim.attempt, 1);
}

void TestOutboxStore::needsCorrectionKeepsTheServerMessageAndIsEditable()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = reach(*store, ItemState::Queued);
    QVERIFY(store->claim(id).isOk());
    const QByteArray message = R"({"resourceType":"OperationOutcome","issue":[{"diagnostics":"dødsdato mangler"}]})";
    QVERIFY(store->recordRejected(id, invalidContent, message).isOk());
    const OutboxItem item = store->item(id).value();
    QCOMPARE(item.state, ItemState::NeedsCorrection);
    QCOMPARE(item.lastErrorCode, QString("api-invalid"));
    // Only the code is stored; the text is translated when read.
    QCOMPARE(item.lastErrorMessage, ItemTexts::error("api-invalid"));
    QCOMPARE(store->serverMessage(id).value(), message);
    QVERIFY(store->saveDraft(id, "corrected draft").isOk());
    QCOMPARE(store->draftContent(id).value(), QByteArray("corrected draft"));
    QVERIFY(store->readyToSend().value().isEmpty());
}

void TestOutboxStore::waitingItemsBecomeReadyWhenTheirTimeComes()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = reach(*store, ItemState::Queued);
    QVERIFY(store->claim(id).isOk());
    const QDateTime failedAt = f.clock;
    const QDateTime next = store->recordTransientFailure(id, networkDown).value();
    QVERIFY(next >= failedAt);
    QVERIFY(next <= failedAt.addMSecs(1000)); // first attempt: jitter window [0, base]
    QCOMPARE(store->item(id).value().nextAttemptAt, next);
    QCOMPARE(store->nextAttemptAt().value(), std::optional<QDateTime>(next));

    f.clock = next.addMSecs(-1);
    if (next > failedAt)
        QVERIFY(store->readyToSend().value().isEmpty());
    f.clock = next;
    QCOMPARE(store->readyToSend().value().size(), 1);

    // The window grows with each failed attempt and stops at the cap (60 s in the fixture).
    for (int attempt = 2; attempt <= 10; ++attempt) {
        f.clock = store->item(id).value().nextAttemptAt;
        QVERIFY(store->claim(id).isOk());
        const QDateTime again = store->recordTransientFailure(id, networkDown).value();
        const qint64 ceiling = std::min<qint64>(1000LL << (attempt - 1), 60'000);
        QVERIFY2(f.clock.msecsTo(again) <= ceiling, qPrintable(QString::number(f.clock.msecsTo(again))));
        QVERIFY(f.clock.msecsTo(again) >= 0);
    }
}

void TestOutboxStore::retryAfterIsHonouredAsTheMinimum()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = reach(*store, ItemState::Queued);
    QVERIFY(store->claim(id).isOk());
    const QDateTime next = store->recordTransientFailure(id, {"http-429", "Too many requests."}, 120'000).value();
    QCOMPARE(f.clock.msecsTo(next), 120'000);
    f.clock = f.clock.addSecs(119);
    QVERIFY(store->readyToSend().value().isEmpty());
    f.clock = f.clock.addSecs(1);
    QCOMPARE(store->readyToSend().value().constFirst().id, id);
}

void TestOutboxStore::childWaitsForParentAndCarriesItsReceiptId()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 part1 = store->createDraft(ItemKind::DeathPart1, "del 1").value();
    const qint64 part2 = store->createDraft(ItemKind::DeathPart2, "del 2", part1).value();
    QVERIFY(store->enqueue(part1, "{\"del\":1}", "f", "c").isOk());
    QVERIFY(store->enqueue(part2, "{\"del\":2}", "f", "c").isOk());

    OutboxItem child = store->item(part2).value();
    QCOMPARE(child.parentId, std::optional<qint64>(part1));
    QCOMPARE(child.parentState, std::optional<ItemState>(ItemState::Queued));
    QVERIFY(child.isBlockedByParent());
    QList<OutboxItem> ready = store->readyToSend().value();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.constFirst().id, part1);
    QCOMPARE(store->claim(part2).error().code, QString("outbox-blocked-by-parent"));
    QCOMPARE(store->parentReceiptId(part2).error().code, QString("outbox-blocked-by-parent"));
    QCOMPARE(store->item(part2).value().state, ItemState::Queued);

    QVERIFY(store->claim(part1).isOk());
    QVERIFY(store->recordTransientFailure(part1, networkDown).isOk());
    f.clock = f.clock.addSecs(3600);
    ready = store->readyToSend().value();
    QCOMPARE(ready.size(), 1); // the parent in retry still blocks the child
    QCOMPARE(ready.constFirst().id, part1);

    QVERIFY(store->claim(part1).isOk());
    QVERIFY(store->recordAccepted(part1, {"dodsfall-4711", f.clock, "{}"}).isOk());
    ready = store->readyToSend().value();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.constFirst().id, part2);
    QVERIFY(!ready.constFirst().isBlockedByParent());
    QCOMPARE(store->parentReceiptId(part2).value(), QString("dodsfall-4711"));
    const SendClaim claim = store->claim(part2).value();
    QCOMPARE(claim.parentReceiptId, QString("dodsfall-4711"));
    QCOMPARE(claim.payload, QByteArray("{\"del\":2}"));
    QCOMPARE(store->parentReceiptId(part1).value(), QString());
}

void TestOutboxStore::readyItemsComeOldestFirst()
{
    OutboxTestFixture f;
    auto store = f.open();
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids.append(reach(*store, ItemState::Queued));
    (void)reach(*store, ItemState::Draft);
    QList<qint64> ready;
    const QList<OutboxItem> items = store->readyToSend().value();
    for (const OutboxItem& item : items)
        ready.append(item.id);
    QCOMPARE(ready, ids);
    QCOMPARE(store->readyToSend(2).value().size(), 2);
}

void TestOutboxStore::cancellingAParentCancelsItsWaitingChildren()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 part1 = reach(*store, ItemState::Queued);
    const qint64 part2 = store->createDraft(ItemKind::DeathPart2, "del 2", part1).value();
    const qint64 other = reach(*store, ItemState::Queued);
    QVERIFY(store->cancel(part1).isOk());
    QCOMPARE(store->item(part1).value().state, ItemState::Cancelled);
    QCOMPARE(store->item(part2).value().state, ItemState::Cancelled);
    QCOMPARE(store->item(other).value().state, ItemState::Queued);
    QCOMPARE(store->createDraft(ItemKind::DeathPart2, "x", part1).error().code,
        QString("outbox-parent-cancelled"));
}

void TestOutboxStore::retryNowMakesAnItemDueWithItsKey()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 waiting = reach(*store, ItemState::WaitingToRetry);
    const OutboxItem before = store->item(waiting).value();
    QVERIFY(before.nextAttemptAt > f.clock);
    QVERIFY(store->readyToSend().value().isEmpty());
    QVERIFY(store->retryNow(waiting).isOk());
    QCOMPARE(store->item(waiting).value().state, ItemState::WaitingToRetry);
    QCOMPARE(store->item(waiting).value().nextAttemptAt, f.clock);
    QCOMPARE(store->readyToSend().value().size(), 1);
    QCOMPARE(store->claim(waiting).value().idempotencyKey, before.idempotencyKey);

    // A rejected item goes back to the queue unchanged, keeping its key so the registry can recognise it.
    const qint64 rejected = reach(*store, ItemState::NeedsCorrection);
    const QString key = store->item(rejected).value().idempotencyKey;
    QVERIFY(store->retryNow(rejected).isOk());
    QCOMPARE(store->item(rejected).value().state, ItemState::Queued);
    QCOMPARE(store->item(rejected).value().idempotencyKey, key);

    // Nothing to retry in the other states.
    const qint64 queued = reach(*store, ItemState::Queued);
    QVERIFY(store->retryNow(queued).isOk());
    QCOMPARE(store->item(queued).value().state, ItemState::Queued);
    for (ItemState state : {ItemState::Draft, ItemState::Accepted, ItemState::Cancelled}) {
        const qint64 id = reach(*store, state);
        QCOMPARE(store->retryNow(id).error().code, QString("outbox-illegal-transition"));
        QCOMPARE(store->item(id).value().state, state);
    }
}

void TestOutboxStore::claimAllClaimsWhatItCanInOneGo()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 first = reach(*store, ItemState::Queued);
    const qint64 parent = reach(*store, ItemState::Queued);
    const qint64 child = store->createDraft(ItemKind::DeathPart2, "del 2", parent).value();
    QVERIFY(store->enqueue(child, "del 2 body", {}, {}).isOk());
    const qint64 cancelled = reach(*store, ItemState::Cancelled);

    const QList<SendClaim> claims = store->claimAll({first, child, parent, cancelled, 9999}).value();
    QCOMPARE(claims.size(), 2); // the blocked child, the cancelled and the unknown item are left out
    QCOMPARE(claims.at(0).id, first);
    QCOMPARE(claims.at(1).id, parent);
    QCOMPARE(claims.at(0).attempt, 1);
    QCOMPARE(claims.at(0).idempotencyKey, store->item(first).value().idempotencyKey);
    QCOMPARE(store->item(first).value().state, ItemState::Sending);
    QCOMPARE(store->item(child).value().state, ItemState::Queued);
    QCOMPARE(store->item(cancelled).value().state, ItemState::Cancelled);

    // Never sent: back to due at once, the attempt not counted; items no longer in Sending are not touched.
    QVERIFY(store->recordAccepted(parent, Receipt {"D-1", f.clock, "{}"}).isOk());
    QVERIFY(store->unclaim({first, parent}).isOk());
    QCOMPARE(store->item(first).value().state, ItemState::WaitingToRetry);
    QCOMPARE(store->item(first).value().attemptCount, 0);
    QCOMPARE(store->item(first).value().nextAttemptAt, f.clock);
    QCOMPARE(store->item(parent).value().state, ItemState::Accepted);
    const QList<SendClaim> again = store->claimAll({first, child}).value();
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.at(1).parentReceiptId, QString("D-1"));
}

void TestOutboxStore::reopenKeepsEverything()
{
    OutboxTestFixture f;
    QList<OutboxItem> before;
    qint64 accepted = 0;
    qint64 rejected = 0;
    {
        auto store = f.open();
        (void)reach(*store, ItemState::Draft);
        (void)reach(*store, ItemState::Queued);
        accepted = reach(*store, ItemState::Accepted);
        rejected = reach(*store, ItemState::NeedsCorrection);
        (void)reach(*store, ItemState::WaitingToRetry);
        (void)reach(*store, ItemState::Cancelled);
        before = store->items().value();
    }
    auto store = f.open();
    QVERIFY(store);
    const QList<OutboxItem> after = store->items().value();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QVERIFY2(sameMetadata(before.at(i), after.at(i)), qPrintable(QString::number(i)));
        QCOMPARE(store->draftContent(after.at(i).id).value(), QByteArray("draft text"));
    }
    QCOMPARE(store->receipt(accepted).value().serverId, QString("D-1"));
    QCOMPARE(store->serverMessage(rejected).value(), QByteArray("field x"));
    QCOMPARE(store->payload(accepted).value(), payloadBytes);
}

void TestOutboxStore::sendingItemsAreRecoveredOnOpen()
{
    OutboxTestFixture f;
    qint64 id = 0;
    QString key;
    {
        auto store = f.open();
        id = reach(*store, ItemState::Sending);
        key = store->item(id).value().idempotencyKey;
        QCOMPARE(store->item(id).value().state, ItemState::Sending);
    } // the sender never reported back: as if the process had died mid-request
    f.clock = f.clock.addSecs(30);
    auto store = f.open();
    const OutboxItem item = store->item(id).value();
    QCOMPARE(item.state, ItemState::WaitingToRetry);
    QCOMPARE(item.nextAttemptAt, f.clock);
    QCOMPARE(item.lastErrorCode, QString("outbox-send-interrupted"));
    QVERIFY(!item.claimedAt.isValid());
    QCOMPARE(store->readyToSend().value().size(), 1);
    const SendClaim claim = store->claim(id).value();
    QCOMPARE(claim.idempotencyKey, key);
    QCOMPARE(claim.payload, payloadBytes);
    QCOMPARE(claim.attempt, 2);
}

void TestOutboxStore::sendingItemsAreRecoveredEvenAfterTheClockWentBack()
{
    OutboxTestFixture f;
    qint64 id = 0;
    {
        auto store = f.open();
        id = reach(*store, ItemState::Sending);
    }
    f.clock = f.clock.addSecs(-3600); // the laptop's clock was corrected after the crash
    auto store = f.open();
    QCOMPARE(store->item(id).value().state, ItemState::WaitingToRetry);
    QCOMPARE(store->readyToSend().value().size(), 1);
}

void TestOutboxStore::staleClaimsAreReleasedAfterTheLease()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = reach(*store, ItemState::Sending);
    f.clock = f.clock.addSecs(10);
    QCOMPARE(store->releaseStaleClaims(60'000).value(), 0);
    QCOMPARE(store->item(id).value().state, ItemState::Sending);
    f.clock = f.clock.addSecs(60);
    QCOMPARE(store->releaseStaleClaims(60'000).value(), 1);
    QCOMPARE(store->item(id).value().state, ItemState::WaitingToRetry);
}

void TestOutboxStore::secondOwnerInTheSameProcessIsRefused()
{
    OutboxTestFixture f;
    auto first = f.open();
    QVERIFY(first);
    const auto second = OutboxStore::open(f.options());
    QVERIFY(!second.isOk());
    QCOMPARE(second.error().code, QString("outbox-in-use"));
    QVERIFY(!second.error().message.isEmpty());
    // The refused attempt must not disturb the owner.
    QVERIFY(first->createDraft(ItemKind::Birth, "still works").isOk());
    first.reset();
    auto third = f.open();
    QVERIFY(third);
    QCOMPARE(third->items().value().size(), 1);
}

void TestOutboxStore::filesAreReadableByTheOwnerOnly()
{
    OutboxTestFixture f;
    auto store = f.open();
    (void)reach(*store, ItemState::Queued);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString& suffix : {QString(), QString("-wal"), QString("-shm"), QString(".lock")}) {
        const QString file = f.path() + suffix;
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const auto permissions = QFile::permissions(file)
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                | QFileDevice::ExeGroup | QFileDevice::ExeOther);
        QVERIFY2(permissions == QFileDevice::Permissions(), qPrintable(file));
        QVERIFY((QFile::permissions(file) & ownerOnly) == ownerOnly);
    }
}

void TestOutboxStore::defaultPathIsInTheDataDirectory()
{
    OutboxTestFixture f;
    qputenv("MELDEKLIENT_DATA_DIR", f.dir.filePath("data").toUtf8());
    OutboxOptions options = f.options();
    options.databasePath.clear();
    {
        auto store = OutboxStore::open(options);
        QVERIFY(store.isOk());
        QCOMPARE(store.value()->databasePath(), QFileInfo(f.dir.filePath("data/outbox-" + f.userKeyId + ".sqlite"))
                                                    .canonicalFilePath());
        QVERIFY(store.value()->createDraft(ItemKind::Birth, "x").isOk());
    }
    QVERIFY(QFile::exists(OutboxStore::defaultPath(f.userKeyId)));
    qunsetenv("MELDEKLIENT_DATA_DIR");
}

void TestOutboxStore::userKeyIdMustBeOpaque()
{
    OutboxTestFixture f;
    f.userKeyId = "24047230752";
    QCOMPARE(OutboxStore::open(f.options()).error().code, QString("outbox-invalid-user"));
    QVERIFY(f.secrets.entries.isEmpty());
    OutboxOptions noSecrets = OutboxTestFixture().options();
    noSecrets.secrets = nullptr;
    QCOMPARE(OutboxStore::open(noSecrets).error().code, QString("outbox-invalid-user"));
}

void TestOutboxStore::unavailableKeychainStoresNothing()
{
    OutboxTestFixture f;
    f.secrets.unavailable = true;
    const auto opened = OutboxStore::open(f.options());
    QVERIFY(!opened.isOk());
    QCOMPARE(opened.error().code, QString("outbox-key-unavailable"));
    QVERIFY(opened.error().message.contains("keychain"));
    QSqlDatabase db = rawConnection(f.path());
    QSqlQuery query(db);
    QVERIFY(query.exec("SELECT (SELECT count(*) FROM items), (SELECT count(*) FROM meta)"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(query.value(1).toInt(), 0);
    query = QSqlQuery();
    closeRaw(db);

    // Once the keychain answers, the same file opens normally.
    f.secrets.unavailable = false;
    QVERIFY(f.open());
}

void TestOutboxStore::wrongKeyIsRefusedOnOpen()
{
    OutboxTestFixture f;
    {
        auto store = f.open();
        (void)reach(*store, ItemState::Queued);
    }
    const QString name = OutboxDataKey::secretName(f.userKeyId);
    const QByteArray original = f.secrets.entries.value(name);
    f.secrets.entries.insert(name, QByteArray(32, 'w'));
    const auto opened = OutboxStore::open(f.options());
    QVERIFY(!opened.isOk());
    QCOMPARE(opened.error().code, QString("outbox-wrong-key"));
    f.secrets.entries.insert(name, original);
    QVERIFY(f.open());
}

void TestOutboxStore::lostKeyIsNotSilentlyReplaced()
{
    OutboxTestFixture f;
    {
        auto store = f.open();
        (void)reach(*store, ItemState::Queued);
    }
    f.secrets.entries.clear();
    QCOMPARE(OutboxStore::open(f.options()).error().code, QString("outbox-key-missing"));
    QVERIFY(f.secrets.entries.isEmpty());
}

void TestOutboxStore::tamperedCiphertextIsDetected()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = reach(*store, ItemState::Queued);
    {
        QSqlDatabase db = rawConnection(f.path());
        QSqlQuery query(db);
        QVERIFY(query.exec(QString("SELECT payload_blob FROM items WHERE id = %1").arg(id)) && query.next());
        QByteArray blob = query.value(0).toByteArray();
        blob[blob.size() / 2] = static_cast<char>(blob[blob.size() / 2] ^ 0x01);
        query.prepare("UPDATE items SET payload_blob = ? WHERE id = ?");
        query.addBindValue(blob);
        query.addBindValue(id);
        QVERIFY(query.exec());
        query = QSqlQuery();
        closeRaw(db);
    }
    const auto payload = store->payload(id);
    QCOMPARE(payload.error().code, QString("outbox-decrypt-failed"));
    QVERIFY(!payload.error().message.isEmpty());
    // Issue 9 item 4: never sendable, so out of the queue at once with its own code (not left in Sending, not
    // stuck in Queued where every flush would skip it silently).
    const Result<SendClaim> claimed = store->claim(id);
    QCOMPARE(claimed.error().code, QString(ContentUnreadableCode));
    QVERIFY(!claimed.error().message.isEmpty());
    const OutboxItem item = store->item(id).value();
    QCOMPARE(item.state, ItemState::NeedsCorrection);
    QVERIFY(item.isContentUnreadable());
    QVERIFY(store->readyToSend()->isEmpty());
    QCOMPARE(store->retryNow(id).error().code, QString(ContentUnreadableCode));
    QVERIFY(store->cancel(id).isOk()); // the way out
    QCOMPARE(store->draftContent(id).value(), QByteArray("draft text")); // other fields unaffected
}

// The codes are the database format (never renamed); a code this version does not know was written outside
// Meldeklient: listed as unknown, and unreadable to the sender like a damaged payload.
void TestOutboxStore::storedKindCodesAreTheFormatAndAChangedOneIsNeverSent()
{
    const QList<std::pair<ItemKind, QString>> codes {{ItemKind::DeathPart1, "death-part1"},
        {ItemKind::DeathPart2, "death-part2"}, {ItemKind::DeathVoid, "death-void"}, {ItemKind::Birth, "birth"}};
    QCOMPARE(codes.size(), 4);
    for (const auto& [kind, code] : codes) {
        QCOMPARE(QString(kindCode(kind)), code);
        QCOMPARE(kindFromCode(code), std::optional<ItemKind>(kind));
    }
    QCOMPARE(kindFromCode(u"Death-Part1"), std::nullopt);
    QCOMPARE(kindFromCode(u""), std::nullopt);

    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = reach(*store, ItemState::Queued);
    {
        QSqlDatabase db = rawConnection(f.path());
        QSqlQuery query(db);
        QVERIFY(query.exec(QString("SELECT kind FROM items WHERE id = %1").arg(id)) && query.next());
        QCOMPARE(query.value(0).toString(), QString("death-part1"));
        QVERIFY(query.exec(QString("UPDATE items SET kind = 'death-part9' WHERE id = %1").arg(id)));
        query = QSqlQuery();
        closeRaw(db);
    }
    QCOMPARE(store->item(id)->kind, std::nullopt);
    QCOMPARE(QString(kindCode(store->item(id)->kind)), QString("unknown"));
    QCOMPARE(store->claim(id).error().code, QString(ContentUnreadableCode));
    QCOMPARE(store->item(id)->state, ItemState::NeedsCorrection);
}

void TestOutboxStore::swappedRowsAreDetected()
{
    OutboxTestFixture f;
    auto store = f.open();
    const qint64 a = store->createDraft(ItemKind::DeathPart1, "draft A").value();
    const qint64 b = store->createDraft(ItemKind::DeathPart1, "draft B").value();
    QVERIFY(store->enqueue(a, "payload A", "f", "c").isOk());
    {
        QSqlDatabase db = rawConnection(f.path());
        QSqlQuery query(db);
        // Swap the drafts of two rows, and move A's payload into A's draft column.
        QVERIFY(query.exec(QString("UPDATE items SET draft_blob = (SELECT draft_blob FROM items WHERE id = %1)"
                                   " WHERE id = %2")
                               .arg(a)
                               .arg(b)));
        QVERIFY(query.exec(QString("UPDATE items SET draft_blob = payload_blob WHERE id = %1").arg(a)));
        query = QSqlQuery();
        closeRaw(db);
    }
    QCOMPARE(store->draftContent(b).error().code, QString("outbox-decrypt-failed"));
    QCOMPARE(store->draftContent(a).error().code, QString("outbox-decrypt-failed"));
    QCOMPARE(store->payload(a).value(), QByteArray("payload A"));
}

void TestOutboxStore::rawFilesHoldNoPlaintext()
{
    const QByteArray fnr = "24047230752";
    const QByteArray name = "Kari Nordmann";
    const QByteArray cause = "Akutt hjerteinfarkt etter langvarig koronarsykdom";
    const QByteArray content = "{\"pid\":\"" + fnr + "\",\"navn\":\"" + name + "\",\"aarsak\":\"" + cause + "\"}";

    OutboxTestFixture f;
    auto store = f.open();
    const qint64 id = store->createDraft(ItemKind::DeathPart1, content).value();
    QVERIFY(store->saveDraft(id, content + " ").isOk());
    QVERIFY(store->enqueue(id, content, "f", "c").isOk());
    QVERIFY(store->claim(id).isOk());
    QVERIFY(store->recordRejected(id, invalidContent, "Ugyldig: " + content).isOk());
    QVERIFY(store->enqueue(id, content + "\n", "f", "c").isOk());
    QVERIFY(store->claim(id).isOk());
    QVERIFY(store->recordAccepted(id, {QString::fromUtf8("dodsfall for " + fnr), {}, "Mottatt: " + content}).isOk());

    const QList<QByteArray> needles = {fnr, name, cause, cause.left(12), QByteArray("Nordmann"),
        QString::fromUtf8(name).toUtf8(), QByteArray(reinterpret_cast<const char*>(QString::fromUtf8(fnr).utf16()),
                                              fnr.size() * 2)};
    auto scan = [&](const QString& file) {
        QFile raw(file);
        QVERIFY2(raw.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray bytes = raw.readAll();
        QVERIFY2(bytes.size() > 0, qPrintable(file));
        for (const QByteArray& needle : needles)
            QVERIFY2(!bytes.contains(needle), qPrintable(file + ": " + QString::fromUtf8(needle)));
    };
    QVERIFY(QFile::exists(f.path() + "-wal"));
    scan(f.path() + "-wal"); // while open: the changes live in the write-ahead log
    store.reset();           // closing checkpoints the log into the main file
    scan(f.path());
    // The control: the needle search would find them if they were there.
    QVERIFY(content.contains(fnr) && content.contains(name) && content.contains(cause));
}

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "TestOutboxStore.moc"
