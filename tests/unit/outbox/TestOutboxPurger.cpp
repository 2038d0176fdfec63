#include "core/outbox/ItemKind.h"
#include "core/outbox/OutboxPurger.h"

#include "OutboxTestFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace Meldeklient::Outbox;

// Retention on a real SQLite outbox: contents of old accepted notifications go, receipts stay, drafts are flagged
// and kept.
class TestOutboxPurger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void purgesContentsButKeepsReceipts();
    void keepsAParentWhoseChildIsUnfinished();
    void flagsOldDraftsWithoutDeletingThem();
    void dryRunChangesNothing();

private:
    static qint64 acceptedItem(OutboxTestFixture& f, OutboxStore& store, const QByteArray& payload,
        const QString& receiptId, std::optional<qint64> parent = {});
};

qint64 TestOutboxPurger::acceptedItem(OutboxTestFixture& f, OutboxStore& store, const QByteArray& payload,
    const QString& receiptId, std::optional<qint64> parent)
{
    const qint64 id = store.createDraft(ItemKind::DeathPart1, "draft:" + payload, parent).value();
    [&] { QVERIFY(store.enqueue(id, payload, "1.0", "icd10=2025").isOk()); }();
    [&] { QVERIFY(store.claim(id).isOk()); }();
    [&] { QVERIFY(store.recordAccepted(id, {receiptId, f.clock, "{\"legeerklaering\":\"x\"}"}).isOk()); }();
    return id;
}

void TestOutboxPurger::purgesContentsButKeepsReceipts()
{
    OutboxTestFixture f;
    auto store = f.open();
    QVERIFY(store);
    const QByteArray secret = "{\"identifikator\":\"PURGE-ME-0123\"}";
    const qint64 old = acceptedItem(f, *store, secret, "dodsfall-1");
    f.clock = f.clock.addDays(20);
    const qint64 recent = acceptedItem(f, *store, "{\"recent\":1}", "dodsfall-2");
    f.clock = f.clock.addDays(11); // old: 31 days, recent: 11 days

    OutboxPurger purger(*store, RetentionPolicy {30, 14}, [&] { return f.clock; });
    const auto done = purger.purge();
    QVERIFY2(done.isOk(), qPrintable(done.isOk() ? QString() : done.error().code + ": " + done.error().message));
    QCOMPARE(done->toPurge.size(), 1);
    QCOMPARE(done->toPurge.first().id, old);

    // Contents gone ...
    const OutboxItem purged = store->item(old).value();
    QVERIFY(!purged.hasDraft);
    QVERIFY(!purged.hasPayload);
    QCOMPARE(store->payload(old).error().code, QStringLiteral("outbox-no-content"));
    QCOMPARE(store->draftContent(old).error().code, QStringLiteral("outbox-no-content"));
    // ... the receipt stays: state, registry id, time, idempotency key.
    QCOMPARE(purged.state, ItemState::Accepted);
    QVERIFY(purged.acceptedAt.isValid());
    QVERIFY(!purged.idempotencyKey.isEmpty());
    const auto receipt = store->receipt(old);
    QVERIFY(receipt.isOk());
    QCOMPARE(receipt->serverId, QStringLiteral("dodsfall-1"));
    QVERIFY(receipt->responseBody.isEmpty());
    // The younger one is untouched.
    QCOMPARE(store->payload(recent).value(), QByteArray("{\"recent\":1}"));
    QCOMPARE(store->receipt(recent)->responseBody, QByteArray("{\"legeerklaering\":\"x\"}"));
    // Nothing left to purge; a second run is a no-op.
    QCOMPARE(purger.purge()->toPurge.size(), 0);

    // The file no longer holds the purged ciphertext: compare with the row's size before would need the key; instead
    // check the database and its WAL are free of the (encrypted) blobs by counting non-null content columns.
    store.reset();
    QSqlDatabase raw = rawConnection(f.path());
    QSqlQuery query(raw);
    QVERIFY(query.exec("SELECT count(*) FROM items WHERE id = " + QString::number(old)
        + " AND draft_blob IS NULL AND payload_blob IS NULL AND receipt_body_blob IS NULL"
          " AND receipt_id_blob IS NOT NULL"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    query = QSqlQuery();
    closeRaw(raw);
}

void TestOutboxPurger::keepsAParentWhoseChildIsUnfinished()
{
    OutboxTestFixture f;
    auto store = f.open();
    QVERIFY(store);
    const qint64 part1 = acceptedItem(f, *store, "{\"del\":1}", "dodsfall-9");
    const qint64 part2 = store->createDraft(ItemKind::DeathPart2, "{\"del\":2}", part1).value();
    QVERIFY(store->enqueue(part2, "{\"del\":2}", "1.0", "").isOk());
    f.clock = f.clock.addDays(40);
    OutboxPurger purger(*store, RetentionPolicy {30, 14}, [&] { return f.clock; });
    QCOMPARE(purger.plan()->toPurge.size(), 0);
    // Once Del 2 is accepted too, both go.
    QVERIFY(store->claim(part2).isOk());
    QVERIFY(store->recordAccepted(part2, {"arsak-1", f.clock.addDays(-31), "{}"}).isOk());
    QCOMPARE(purger.purge()->toPurge.size(), 2);
}

void TestOutboxPurger::flagsOldDraftsWithoutDeletingThem()
{
    OutboxTestFixture f;
    auto store = f.open();
    QVERIFY(store);
    const qint64 old = store->createDraft(ItemKind::DeathPart1, "{\"old\":true}").value();
    f.clock = f.clock.addDays(10);
    const qint64 fresh = store->createDraft(ItemKind::DeathPart1, "{\"fresh\":true}").value();
    f.clock = f.clock.addDays(5); // old: 15 days, fresh: 5
    OutboxPurger purger(*store, RetentionPolicy {30, 14}, [&] { return f.clock; });
    const auto done = purger.purge();
    QCOMPARE(done->oldDrafts.size(), 1);
    QCOMPARE(done->oldDrafts.first().id, old);
    QCOMPARE(done->toPurge.size(), 0);
    // Never deleted, however old.
    f.clock = f.clock.addYears(5);
    QCOMPARE(purger.purge()->oldDrafts.size(), 2);
    QCOMPARE(store->draftContent(old).value(), QByteArray("{\"old\":true}"));
    QCOMPARE(store->draftContent(fresh).value(), QByteArray("{\"fresh\":true}"));
}

void TestOutboxPurger::dryRunChangesNothing()
{
    OutboxTestFixture f;
    auto store = f.open();
    QVERIFY(store);
    const qint64 id = acceptedItem(f, *store, "{\"x\":1}", "dodsfall-3");
    f.clock = f.clock.addDays(31);
    OutboxPurger purger(*store, RetentionPolicy {30, 14}, [&] { return f.clock; });
    QCOMPARE(purger.plan()->toPurge.size(), 1);
    QCOMPARE(store->payload(id).value(), QByteArray("{\"x\":1}"));
    QVERIFY(store->item(id)->hasPayload);
}

QTEST_GUILESS_MAIN(TestOutboxPurger)
#include "TestOutboxPurger.moc"
