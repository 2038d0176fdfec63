// The outbox's birth states (issue 12 item 4): one item per child queued together, Folkeregisteret's receipt
// (AcceptedForProcessing), its decisions from the feed through the one transition table — each applied once however
// often the feed is read, kept when it comes before the receipt, durable with the feed position — and the schema
// upgrade that brought them (version 3 rebuilds the table for its CHECK constraint and keeps every item).
#include "core/outbox/ItemKind.h"
#include "core/outbox/OutboxSchema.h"
#include "core/outbox/OutboxStore.h"

#include "OutboxTestFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

namespace {
const QString Feed = QStringLiteral("HendelserISakOmFolkeregistrering");

RegisterDecision decision(qint64 sequence, const QString& messageId, const QString& reference,
    RegisterDecision::Outcome outcome, const QString& number = {})
{
    RegisterDecision decided;
    decided.sequence = sequence;
    decided.messageId = messageId;
    decided.registryReference = reference;
    decided.outcome = outcome;
    decided.newIdentifier = number;
    decided.beslutning = outcome == RegisterDecision::Outcome::Registered ? QStringLiteral("godkjent")
        : outcome == RegisterDecision::Outcome::Refused                   ? QStringLiteral("avslaatt")
                                                                          : QString();
    decided.reasons = {QStringLiteral("Grunn")};
    return decided;
}

// Twins: two children queued in one transaction.
QList<qint64> queueTwins(OutboxStore& store, const QString& birth = QStringLiteral("b1"))
{
    const QList<OutboxStore::GroupPart> parts = {
        {"<foedselsmelding>1</foedselsmelding>", R"({"childNumber":1})", birth + QStringLiteral("-1")},
        {"<foedselsmelding>2</foedselsmelding>", R"({"childNumber":2})", birth + QStringLiteral("-2")},
    };
    const Result<QList<qint64>> ids = store.enqueueGroup(ItemKind::Birth, parts, birth, "fodselsmelding|1", {});
    return ids ? ids.value() : QList<qint64>();
}

void receive(OutboxStore& store, qint64 id, const QString& reference)
{
    QVERIFY(store.claim(id));
    QVERIFY(store.recordAcceptedForProcessing(id, Receipt {reference, {}, "<meldingMottatt/>"}));
}
} // namespace

class TestBirthOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void childrenAreQueuedTogetherAndIndependently();
    void aDraftBecomesTheFirstChildOrStaysADraft();
    void receiptAwaitsTheDecision();
    void decisionsAreAppliedOnceHoweverOftenTheFeedIsRead();
    void manualHandlingKeepsWaitingWithANote();
    void refusedIsEditableAndCanBeCorrected();
    void decisionBeforeTheReceiptIsKeptAndApplied();
    void anotherReferenceOrAnotherOutboxIsIgnored();
    void feedPositionAndDecisionsSurviveAReopen();
    void registeredItemsAreTerminalAndPurgeable();
    void versionTwoFileIsUpgradedKeepingItsItems();
};

void TestBirthOutbox::childrenAreQueuedTogetherAndIndependently()
{
    OutboxTestFixture f;
    auto store = f.open();
    const QList<qint64> ids = queueTwins(*store);
    QCOMPARE(ids.size(), 2);
    const QList<OutboxItem> group = store->itemsInGroup(QStringLiteral("b1")).value();
    QCOMPARE(group.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(group.at(i).state, ItemState::Queued);
        QCOMPARE(group.at(i).kind, std::optional<ItemKind>(ItemKind::Birth));
        QVERIFY(!group.at(i).parentId); // no child waits for another
        QCOMPARE(group.at(i).messageId, QStringLiteral("b1-%1").arg(i + 1));
    }
    QCOMPARE(store->readyToSend().value().size(), 2);
    QCOMPARE(store->payload(ids.at(1)).value(), QByteArray("<foedselsmelding>2</foedselsmelding>"));
    // A message id is the register's idempotency key: never two items with the same one.
    QVERIFY(!store->enqueueGroup(ItemKind::Birth, {{"x", "{}", "b1-1"}}, "b2", {}, {}));
    QCOMPARE(store->items().value().size(), 2); // the failed group left nothing behind
}

void TestBirthOutbox::aDraftBecomesTheFirstChildOrStaysADraft()
{
    OutboxTestFixture f;
    auto store = f.open();
    const Result<qint64> draft = store->createDraft(ItemKind::Birth, R"({"form":"as typed"})");
    QVERIFY(draft);
    const QList<OutboxStore::GroupPart> twins = {
        {"<foedselsmelding>1</foedselsmelding>", R"({"childNumber":1})", QStringLiteral("b1-1")},
        {"<foedselsmelding>2</foedselsmelding>", R"({"childNumber":2})", QStringLiteral("b1-2")},
    };

    // Only a birth draft: a death draft, or an item already queued, is refused and left as it was.
    const Result<qint64> death = store->createDraft(ItemKind::DeathPart1, "{}");
    QCOMPARE(store->enqueueGroup(ItemKind::Birth, twins, "b1", {}, {}, death.value()).error().code,
        QStringLiteral("outbox-not-a-draft"));
    QCOMPARE(store->item(death.value())->state, ItemState::Draft);
    QCOMPARE(store->items()->size(), 2);

    // A failure after the draft became the first child (the second child's update fails inside SQLite): the whole
    // transaction is rolled back, so the draft is still there with what was typed and no child is queued.
    {
        QSqlDatabase db = rawConnection(f.path());
        QSqlQuery trigger(db);
        QVERIFY2(trigger.exec(QStringLiteral("CREATE TRIGGER fail_second_child BEFORE UPDATE OF message_id ON items"
                                             " WHEN NEW.message_id = 'b1-2' BEGIN SELECT RAISE(ABORT, 'injected'); END")),
            qPrintable(trigger.lastError().text()));
        trigger = QSqlQuery();
        closeRaw(db);
    }
    const Result<QList<qint64>> failed = store->enqueueGroup(ItemKind::Birth, twins, "b1", {}, {}, draft.value());
    QVERIFY(!failed);
    QCOMPARE(store->item(draft.value())->state, ItemState::Draft);
    QVERIFY(store->item(draft.value())->groupId.isEmpty());
    QCOMPARE(store->draftContent(draft.value()).value(), QByteArray(R"({"form":"as typed"})"));
    QCOMPARE(store->itemsInGroup("b1")->size(), 0);
    QCOMPARE(store->items()->size(), 2);
    {
        QSqlDatabase db = rawConnection(f.path());
        QSqlQuery drop(db);
        QVERIFY(drop.exec(QStringLiteral("DROP TRIGGER fail_second_child")));
        drop = QSqlQuery();
        closeRaw(db);
    }

    // Without the failure: the draft is the first child (its content now the child's record), the second is new.
    const Result<QList<qint64>> ids = store->enqueueGroup(ItemKind::Birth, twins, "b1", {}, {}, draft.value());
    QVERIFY(ids);
    QCOMPARE(ids->size(), 2);
    QCOMPARE(ids->constFirst(), draft.value());
    const OutboxItem first = store->item(draft.value()).value();
    QCOMPARE(first.state, ItemState::Queued);
    QCOMPARE(first.groupId, QStringLiteral("b1"));
    QCOMPARE(first.messageId, QStringLiteral("b1-1"));
    QCOMPARE(store->draftContent(draft.value()).value(), QByteArray(R"({"childNumber":1})"));
    QCOMPARE(store->payload(draft.value()).value(), QByteArray("<foedselsmelding>1</foedselsmelding>"));
    QCOMPARE(store->items()->size(), 3);
    // Queued once: the same draft cannot be queued again.
    QCOMPARE(store->enqueueGroup(ItemKind::Birth, twins, "b2", {}, {}, draft.value()).error().code,
        QStringLiteral("outbox-not-a-draft"));
}

void TestBirthOutbox::receiptAwaitsTheDecision()
{
    OutboxTestFixture f;
    auto store = f.open();
    const QList<qint64> ids = queueTwins(*store);
    receive(*store, ids.at(0), "ref-1");
    const OutboxItem item = store->item(ids.at(0)).value();
    QCOMPARE(item.state, ItemState::AcceptedForProcessing);
    QCOMPARE(store->receipt(ids.at(0))->serverId, QStringLiteral("ref-1"));
    QCOMPARE(store->awaitingDecision().value(), 1);
    QVERIFY(!store->decision(ids.at(0)).value());
    // Nothing local cancels what the register is processing.
    QCOMPARE(store->cancel(ids.at(0)).error().code, QStringLiteral("outbox-illegal-transition"));
    const QList<OutboxItem> ready = store->readyToSend().value();
    QVERIFY(std::none_of(ready.cbegin(), ready.cend(), [&](const OutboxItem& other) { return other.id == item.id; }));
}

void TestBirthOutbox::decisionsAreAppliedOnceHoweverOftenTheFeedIsRead()
{
    OutboxTestFixture f;
    auto store = f.open();
    const QList<qint64> ids = queueTwins(*store);
    receive(*store, ids.at(0), "ref-1");
    receive(*store, ids.at(1), "ref-2");
    const QList<RegisterDecision> page = {
        decision(4, "b1-1", "ref-1", RegisterDecision::Outcome::Registered, "13832551206"),
        decision(5, "b1-2", "ref-2", RegisterDecision::Outcome::Registered),
    };
    const auto first = store->recordDecisions(Feed, page, {6, "\"e6\""});
    QVERIFY(first);
    QCOMPARE(first->changed, (QList<qint64> {ids.at(0), ids.at(1)}));
    QCOMPARE(store->item(ids.at(0))->state, ItemState::Registered);
    QCOMPARE(store->decision(ids.at(0)).value()->newIdentifier, QStringLiteral("13832551206"));
    QVERIFY(store->decision(ids.at(1)).value()->newIdentifier.isEmpty()); // stillborn: no number
    const QDateTime updated = store->item(ids.at(0))->updatedAt;

    f.clock = f.clock.addSecs(60);
    const auto again = store->recordDecisions(Feed, page, {6, "\"e6\""});
    QVERIFY(again);
    QVERIFY(again->changed.isEmpty());
    QCOMPARE(again->repeated, 2);
    QCOMPARE(store->item(ids.at(0))->updatedAt, updated);
    // A later, different event for a decided case changes nothing either: Registered is terminal.
    const auto later = store->recordDecisions(
        Feed, {decision(9, "b1-1", "ref-1", RegisterDecision::Outcome::Refused)}, {10, {}});
    QVERIFY(later);
    QCOMPARE(later->repeated, 1);
    QCOMPARE(store->item(ids.at(0))->state, ItemState::Registered);
    QCOMPARE(store->awaitingDecision().value(), 0);
}

void TestBirthOutbox::manualHandlingKeepsWaitingWithANote()
{
    OutboxTestFixture f;
    auto store = f.open();
    const QList<qint64> ids = queueTwins(*store);
    receive(*store, ids.at(0), "ref-1");
    QVERIFY(store->recordDecisions(Feed, {decision(1, "b1-1", "ref-1", RegisterDecision::Outcome::ManualHandling)}, {2, {}}));
    OutboxItem item = store->item(ids.at(0)).value();
    QCOMPARE(item.state, ItemState::AcceptedForProcessing);
    QCOMPARE(item.lastErrorCode, QStringLiteral("birth-manual-handling"));
    QVERIFY(!item.lastErrorMessage.isEmpty());
    QVERIFY(item.decidedAt.isValid());
    // The case officer's decision later.
    QVERIFY(store->recordDecisions(
        Feed, {decision(3, "b1-1", "ref-1", RegisterDecision::Outcome::Registered, "13832551206")}, {4, {}}));
    item = store->item(ids.at(0)).value();
    QCOMPARE(item.state, ItemState::Registered);
    QVERIFY(item.lastErrorCode.isEmpty());
}

void TestBirthOutbox::refusedIsEditableAndCanBeCorrected()
{
    OutboxTestFixture f;
    auto store = f.open();
    const QList<qint64> ids = queueTwins(*store);
    receive(*store, ids.at(0), "ref-1");
    QVERIFY(store->recordDecisions(Feed, {decision(1, "b1-1", "ref-1", RegisterDecision::Outcome::Refused)}, {2, {}}));
    const OutboxItem refused = store->item(ids.at(0)).value();
    QCOMPARE(refused.state, ItemState::Refused);
    QCOMPARE(refused.lastErrorCode, QStringLiteral("birth-refused"));
    QCOMPARE(store->decision(ids.at(0)).value()->reasons, QStringList {"Grunn"});
    QVERIFY(store->saveDraft(ids.at(0), "{\"edited\":true}"));
    // Sending the same message again would only replay the refusal: a correction is new content, a new key.
    QCOMPARE(store->retryNow(ids.at(0)).error().code, QStringLiteral("outbox-illegal-transition"));
    // New content under the old message id would never match the register's decisions: a correction is a new
    // notification (the form's korrigering), and the refused one is cancelled.
    const Result<void> changed = store->enqueue(ids.at(0), "<foedselsmelding>korrigert</foedselsmelding>", "fodselsmelding|1", {});
    QVERIFY(!changed);
    QCOMPARE(changed.error().code, QStringLiteral("outbox-birth-content-changed"));
    QCOMPARE(store->item(ids.at(0))->state, ItemState::Refused);
    QCOMPARE(store->enqueue(ids.at(0), store->payload(ids.at(0)).value(), "fodselsmelding|1", {}).error().code,
        QStringLiteral("outbox-birth-content-changed"));
    QVERIFY(store->enqueueGroup(ItemKind::Birth, {{"<foedselsmelding>korrigert</foedselsmelding>", "{}", "b9-1"}}, "b9", {}, {}));
    QVERIFY(store->cancel(ids.at(0)));
    QCOMPARE(store->item(ids.at(0))->state, ItemState::Cancelled);
    QCOMPARE(store->item(ids.at(0))->idempotencyKey, refused.idempotencyKey);
}

void TestBirthOutbox::decisionBeforeTheReceiptIsKeptAndApplied()
{
    OutboxTestFixture f;
    auto store = f.open();
    const QList<qint64> ids = queueTwins(*store);
    // Sent, the register committed, the answer was lost: the item waits to retry.
    QVERIFY(store->claim(ids.at(0)));
    QVERIFY(store->recordTransientFailure(ids.at(0), Error {"api-unreachable", "lost"}));
    const auto early = store->recordDecisions(
        Feed, {decision(1, "b1-1", "ref-1", RegisterDecision::Outcome::Registered, "13832551206")}, {2, {}});
    QVERIFY(early);
    QCOMPARE(early->early, 1);
    QCOMPARE(store->item(ids.at(0))->state, ItemState::WaitingToRetry); // no state change without the receipt
    QCOMPARE(store->feedPosition(Feed)->nextSequence, 2);                // and the position moved on
    // The resend gets the same receipt; the kept decision applies with it, in one transaction.
    f.clock = f.clock.addSecs(600);
    QVERIFY(store->claim(ids.at(0)));
    QVERIFY(store->recordAcceptedForProcessing(ids.at(0), Receipt {"ref-1", {}, "<meldingMottatt/>"}));
    QCOMPARE(store->item(ids.at(0))->state, ItemState::Registered);
    QCOMPARE(store->decision(ids.at(0)).value()->newIdentifier, QStringLiteral("13832551206"));
}

void TestBirthOutbox::anotherReferenceOrAnotherOutboxIsIgnored()
{
    OutboxTestFixture f;
    auto store = f.open();
    const QList<qint64> ids = queueTwins(*store);
    receive(*store, ids.at(0), "ref-1");
    const auto read = store->recordDecisions(Feed,
        {decision(1, "b1-1", "ref-OTHER", RegisterDecision::Outcome::Registered, "13832551206"),
            decision(2, "someone-else-1", "ref-9", RegisterDecision::Outcome::Registered, "13832551206")},
        {3, {}});
    QVERIFY(read);
    QCOMPARE(read->unmatched, 2); // the organisation's other users, or a reference that is not ours
    QVERIFY(read->changed.isEmpty());
    QCOMPARE(store->item(ids.at(0))->state, ItemState::AcceptedForProcessing);
    QCOMPARE(store->feedPosition(Feed)->nextSequence, 3);
}

void TestBirthOutbox::feedPositionAndDecisionsSurviveAReopen()
{
    OutboxTestFixture f;
    QList<qint64> ids;
    {
        auto store = f.open();
        QCOMPARE(store->feedPosition(Feed)->nextSequence, 1);
        QVERIFY(store->feedPosition(Feed)->etag.isEmpty());
        ids = queueTwins(*store);
        receive(*store, ids.at(0), "ref-1");
        QVERIFY(store->recordDecisions(
            Feed, {decision(17, "b1-1", "ref-1", RegisterDecision::Outcome::Registered, "13832551206")}, {18, "\"x\""}));
    }
    auto store = f.open();
    QCOMPARE(store->feedPosition(Feed)->nextSequence, 18);
    QCOMPARE(store->feedPosition(Feed)->etag, QByteArray("\"x\""));
    QCOMPARE(store->item(ids.at(0))->state, ItemState::Registered);
    QCOMPARE(store->decision(ids.at(0)).value()->newIdentifier, QStringLiteral("13832551206"));
    // The number is stored encrypted: not in the file's bytes.
    QFile file(f.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("13832551206"));
    QFile wal(f.path() + "-wal");
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains("13832551206"));
}

void TestBirthOutbox::registeredItemsAreTerminalAndPurgeable()
{
    OutboxTestFixture f;
    auto store = f.open();
    const QList<qint64> ids = queueTwins(*store);
    receive(*store, ids.at(0), "ref-1");
    QVERIFY(store->recordDecisions(Feed, {decision(1, "b1-1", "ref-1", RegisterDecision::Outcome::Registered)}, {2, {}}));
    QCOMPARE(store->cancel(ids.at(0)).error().code, QStringLiteral("outbox-illegal-transition"));
    QCOMPARE(store->purgeContents({ids.at(0), ids.at(1)}).value(), 1); // the queued twin keeps its content
    QCOMPARE(store->payload(ids.at(0)).error().code, QStringLiteral("outbox-no-content"));
    QCOMPARE(store->receipt(ids.at(0))->serverId, QStringLiteral("ref-1")); // the receipt stays
    QVERIFY(store->decision(ids.at(0)).value());                            // and so does the decision
}

void TestBirthOutbox::versionTwoFileIsUpgradedKeepingItsItems()
{
    OutboxTestFixture f;
    {
        // A file as Meldeklient with schema version 2 left it, with a Del 1 accepted and its Del 2 queued.
        QSqlDatabase db = rawConnection(f.path());
        QList<SchemaStep> upToTwo = OutboxSchema::steps();
        while (upToTwo.constLast().version > 2)
            upToTwo.removeLast();
        QVERIFY(OutboxSchema::upgrade(db, upToTwo));
        QSqlQuery query(db);
        QVERIFY2(query.exec("INSERT INTO items (id, kind, state, created_at, updated_at, accepted_at, subject_tag)"
                            " VALUES (1, 'death-part1', 'accepted', 1, 2, 2, 'tag')"),
            qPrintable(query.lastError().text()));
        QVERIFY(query.exec("INSERT INTO items (id, kind, parent_id, state, idempotency_key, created_at, updated_at)"
                           " VALUES (2, 'death-part2', 1, 'queued', 'k2', 3, 4)"));
        query = QSqlQuery();
        closeRaw(db);
    }
    QSqlDatabase db = rawConnection(f.path());
    QSqlQuery fk(db);
    QVERIFY(fk.exec("PRAGMA foreign_keys=ON"));
    fk = QSqlQuery();
    QVERIFY(OutboxSchema::upgrade(db, OutboxSchema::steps()));
    QCOMPARE(OutboxSchema::readVersion(db).value(), 3);
    QSqlQuery query(db);
    QVERIFY(query.exec("SELECT id, kind, parent_id, state, subject_tag, idempotency_key FROM items ORDER BY id"));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("death-part1"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("accepted"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("tag"));
    QVERIFY(query.next());
    QCOMPARE(query.value(2).toLongLong(), 1);
    QCOMPARE(query.value(5).toString(), QStringLiteral("k2"));
    QVERIFY(!query.next());
    // The new states are allowed, unknown ones still refused; foreign keys are back on.
    QVERIFY(query.exec("UPDATE items SET state = 'registered' WHERE id = 1"));
    QVERIFY(!query.exec("UPDATE items SET state = 'sent' WHERE id = 1"));
    QVERIFY(query.exec("PRAGMA foreign_keys") && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(!query.exec("INSERT INTO items (kind, parent_id, state, created_at, updated_at)"
                        " VALUES ('death-part2', 99, 'draft', 1, 1)"));
    QVERIFY(query.exec("SELECT count(*) FROM feed_position") && query.next());
    query = QSqlQuery();
    closeRaw(db);
}

QTEST_GUILESS_MAIN(TestBirthOutbox)
#include "TestBirthOutbox.moc"
