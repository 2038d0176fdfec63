#include "core/outbox/OutboxSchema.h"

#include "OutboxTestFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

class TestOutboxSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreAscendingAndGapFree();
    void emptyFileIsUpgradedToTheCurrentVersion();
    void olderVersionIsUpgradedAndKeepsItsData();
    void failedStepLeavesTheLastCompletedVersion();
    void newerVersionIsRefused();
    void foreignDatabaseIsRefused();
    void garbageFileIsRefused();
};

namespace {
int versionOf(const QString& path)
{
    QSqlDatabase db = rawConnection(path);
    int version = OutboxSchema::readVersion(db).value();
    closeRaw(db);
    return version;
}

// A version 2 that a later Meldeklient might ship, to prove that steps run in order on an existing file.
QList<SchemaStep> stepsWithNextVersion(const QString& statement)
{
    QList<SchemaStep> steps = OutboxSchema::steps();
    steps.append({OutboxSchema::currentVersion() + 1, {statement}});
    return steps;
}
} // namespace

void TestOutboxSchema::stepsAreAscendingAndGapFree()
{
    const QList<SchemaStep>& steps = OutboxSchema::steps();
    QVERIFY(!steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).version, i + 1);
        QVERIFY(!steps.at(i).statements.isEmpty());
    }
    QCOMPARE(OutboxSchema::currentVersion(), 3); // 2: subject_tag (duplicate detection); 3: birth states, decisions
}

void TestOutboxSchema::emptyFileIsUpgradedToTheCurrentVersion()
{
    // An empty file is version 0: what a crash before the first commit leaves behind.
    OutboxTestFixture f;
    QFile empty(f.path());
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(versionOf(f.path()), 0);
    {
        auto store = f.open();
        QVERIFY(store);
        QVERIFY(store->createDraft(Outbox::ItemKind::Birth, "x").isOk());
    }
    QCOMPARE(versionOf(f.path()), OutboxSchema::currentVersion());
}

void TestOutboxSchema::olderVersionIsUpgradedAndKeepsItsData()
{
    OutboxTestFixture f;
    qint64 id = 0;
    {
        auto store = f.open();
        id = store->createDraft(Outbox::ItemKind::DeathPart1, "kept across the upgrade").value();
        QVERIFY(store->enqueue(id, "payload", "f", "c").isOk());
    }
    const int current = OutboxSchema::currentVersion();
    QCOMPARE(versionOf(f.path()), current);
    {
        QSqlDatabase db = rawConnection(f.path());
        const Result<void> upgraded = OutboxSchema::upgrade(db,
            stepsWithNextVersion("ALTER TABLE items ADD COLUMN priority INTEGER NOT NULL DEFAULT 0"));
        QVERIFY(upgraded.isOk());
        QCOMPARE(OutboxSchema::readVersion(db).value(), current + 1);
        QVERIFY(db.record("items").contains("priority"));
        QVERIFY(OutboxSchema::upgrade(db, stepsWithNextVersion("this would fail if it ran twice")).isOk());
        closeRaw(db);
    }
    // The upgraded file is too new for this build, which says so instead of guessing.
    QCOMPARE(OutboxStore::open(f.options()).error().code, QString("outbox-schema-too-new"));
    {
        QSqlDatabase db = rawConnection(f.path());
        QSqlQuery query(db);
        QVERIFY(query.exec(QString("UPDATE schema_version SET version = %1").arg(current)));
        query = QSqlQuery();
        closeRaw(db);
    }
    auto store = f.open();
    QVERIFY(store);
    QCOMPARE(store->draftContent(id).value(), QByteArray("kept across the upgrade"));
    QCOMPARE(store->payload(id).value(), QByteArray("payload"));
}

void TestOutboxSchema::failedStepLeavesTheLastCompletedVersion()
{
    OutboxTestFixture f;
    {
        auto store = f.open();
        QVERIFY(store->createDraft(Outbox::ItemKind::Birth, "x").isOk());
    }
    QSqlDatabase db = rawConnection(f.path());
    QList<SchemaStep> steps = OutboxSchema::steps();
    const int current = OutboxSchema::currentVersion();
    steps.append({current + 1, {"CREATE TABLE extra (id INTEGER)"}});
    steps.append({current + 2, {"CREATE TABLE partial (id INTEGER)", "SELECT * FROM no_such_table"}});
    const Result<void> upgraded = OutboxSchema::upgrade(db, steps);
    QVERIFY(!upgraded.isOk());
    QCOMPARE(upgraded.error().code, QString("outbox-schema-upgrade-failed"));
    QCOMPARE(OutboxSchema::readVersion(db).value(), current + 1);
    QVERIFY(db.tables().contains("extra"));
    QVERIFY(!db.tables().contains("partial")); // step 3 rolled back as a whole

    steps.last().statements = QStringList {"CREATE TABLE partial (id INTEGER)"};
    QVERIFY(OutboxSchema::upgrade(db, steps).isOk());
    QCOMPARE(OutboxSchema::readVersion(db).value(), current + 2);
    closeRaw(db);
}

void TestOutboxSchema::newerVersionIsRefused()
{
    OutboxTestFixture f;
    f.open().reset();
    {
        QSqlDatabase db = rawConnection(f.path());
        QSqlQuery query(db);
        QVERIFY(query.exec("UPDATE schema_version SET version = 99"));
        query = QSqlQuery();
        closeRaw(db);
    }
    const auto opened = OutboxStore::open(f.options());
    QCOMPARE(opened.error().code, QString("outbox-schema-too-new"));
    QVERIFY(opened.error().message.contains("newer"));
}

void TestOutboxSchema::foreignDatabaseIsRefused()
{
    OutboxTestFixture f;
    {
        QSqlDatabase db = rawConnection(f.path());
        QSqlQuery query(db);
        QVERIFY(query.exec("CREATE TABLE contacts (name TEXT)"));
        query = QSqlQuery();
        closeRaw(db);
    }
    QCOMPARE(OutboxStore::open(f.options()).error().code, QString("outbox-not-an-outbox"));
    QCOMPARE(versionOf(f.path()), 0);
}

void TestOutboxSchema::garbageFileIsRefused()
{
    OutboxTestFixture f;
    QFile garbage(f.path());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    const auto opened = OutboxStore::open(f.options());
    QVERIFY(!opened.isOk());
    // Recognised before SQLite touches it (issue 9 item 12: a file that is not an outbox is left untouched).
    QCOMPARE(opened.error().code, QStringLiteral("outbox-not-an-outbox"));
    QCOMPARE(QFileInfo(f.path()).size(), 8192);
}

QTEST_GUILESS_MAIN(TestOutboxSchema)
#include "TestOutboxSchema.moc"
