#include "core/outbox/ItemTexts.h"
#include "core/session/OutboxModel.h"
#include "core/session/OutboxWatcher.h"

#include "../outbox/OutboxTestFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;
using Meldeklient::Session::OutboxModel;
using Meldeklient::Session::OutboxWatcher;

// The outbox table model: checked by QAbstractItemModelTester through every change, follows the store's change
// signal (including changes a sender makes), keeps rows stable, shows texts translated from stored codes.
class TestOutboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheStore();
    void watcherCoalescesCommitsOfOneTurn();
    void showsCodesAsText();
};

void TestOutboxModel::followsTheStore()
{
    OutboxTestFixture fixture;
    auto store = fixture.open();
    QVERIFY(store);
    const Result<qint64> before = store->createDraft(ItemKind::DeathPart1, "{}");
    QVERIFY(before);

    OutboxWatcher watcher(*store);
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWatcher(&watcher);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(OutboxModel::ColumnCount));

    // Linked parts queued together arrive as appended rows.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const auto ids = store->enqueueLinked({{ItemKind::DeathPart1, "{\"a\":1}", {}},
                                              {ItemKind::DeathPart2, "{\"b\":2}", {}}},
        "form", "lists");
    QVERIFY(ids);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 1);
    const int row = model.rowOf(ids->at(1));
    QCOMPARE(row, 2);
    QCOMPARE(model.data(model.index(row, 0), OutboxModel::IdRole).toLongLong(), ids->at(1));
    QCOMPARE(model.data(model.index(row, 0), OutboxModel::ParentIdRole).toLongLong(), ids->at(0));
    QCOMPARE(model.data(model.index(row, OutboxModel::StateColumn)).toString(), QString("Waits for Del 1"));

    // A state change (as a sender makes it) updates the row in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const auto claim = store->claim(ids->at(0));
    QVERIFY(claim);
    QVERIFY(store->recordAccepted(ids->at(0), Receipt {"dodsfall-42", QDateTime::currentDateTimeUtc(), "{}"}));
    QTRY_VERIFY(!changed.isEmpty());
    const int parentRow = model.rowOf(ids->at(0));
    QCOMPARE(model.data(model.index(parentRow, 0), OutboxModel::StateRole).toInt(), int(ItemState::Accepted));
    QCOMPARE(model.data(model.index(parentRow, OutboxModel::ReceiptColumn)).toString(), QString("dodsfall-42"));
    QCOMPARE(model.data(model.index(row, OutboxModel::StateColumn)).toString(), ItemTexts::state(ItemState::Queued));
    QCOMPARE(model.rowCount(), 3);

    // Cancelling a draft changes its row, adds none.
    QVERIFY(store->cancel(before.value()));
    QTRY_COMPARE(model.data(model.index(0, 0), OutboxModel::StateRole).toInt(), int(ItemState::Cancelled));

    // No store: empty.
    model.setWatcher(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestOutboxModel::watcherCoalescesCommitsOfOneTurn()
{
    OutboxTestFixture fixture;
    auto store = fixture.open();
    OutboxWatcher watcher(*store);
    QSignalSpy changed(&watcher, &OutboxWatcher::changed);
    for (int i = 0; i < 5; ++i)
        QVERIFY(store->createDraft(ItemKind::DeathPart1, "{}"));
    QCOMPARE(changed.size(), 0); // later, not inside the commit
    QTRY_COMPARE(changed.size(), 1);
    QTest::qWait(50);
    QCOMPARE(changed.size(), 1);
}

void TestOutboxModel::showsCodesAsText()
{
    OutboxTestFixture fixture;
    auto store = fixture.open();
    const auto ids = store->enqueueLinked({{ItemKind::DeathPart1, "{}", {}}}, "form", "lists");
    QVERIFY(store->claim(ids->at(0)));
    QVERIFY(store->recordTransientFailure(ids->at(0), Error {"api-unreachable", "whatever was said then"}));
    OutboxWatcher watcher(*store);
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWatcher(&watcher);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), OutboxModel::ErrorCodeRole).toString(), QString("api-unreachable"));
    QCOMPARE(model.data(model.index(0, OutboxModel::MessageColumn)).toString(), ItemTexts::error("api-unreachable"));
    QCOMPARE(model.data(model.index(0, OutboxModel::KindColumn)).toString(), QString("Death (Del 1)"));
    QVERIFY(!model.headerData(OutboxModel::StateColumn, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestOutboxModel)
#include "TestOutboxModel.moc"
