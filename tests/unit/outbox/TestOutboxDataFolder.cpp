#include "core/outbox/ItemKind.h"
#include "core/outbox/OutboxMetadataReader.h"
#include "core/outbox/OutboxStore.h"

#include "OutboxTestFixture.h"

#include <QFile>
#include <QHostInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

// Issue 9 items 12 and 13: the outbox's folder and files cannot be swapped or borrowed by another local account, a
// planted lock file blocks nothing, a file that is not an outbox is left untouched, and the plain metadata can be
// listed without the data key or the owner lock.
class TestOutboxDataFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symlinkAtTheOutboxPathIsRefused();
    void symlinkedCompanionFilesAreRefused();
    void folderWritableByOthersIsRefused();
    void foreignOwnedFolderIsRefused();
    void plantedLockNamingALiveProcessDoesNotBlock();
    void aLiveOwnerStillBlocksASecondProcess();
    void aFileThatIsNotAnOutboxIsLeftUntouched();
    void metadataIsReadableWithoutKeyAndLock();

private:
    static QFileDevice::Permissions permissions(const QString& path) { return QFile::permissions(path); }
    // Someone else's file, readable by others (0644), with `content`.
    static bool writeForeignFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return false;
        file.close();
        return QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }
};

void TestOutboxDataFolder::symlinkAtTheOutboxPathIsRefused()
{
    OutboxTestFixture f;
    const QString target = f.dir.filePath("victim.txt");
    QVERIFY(writeForeignFile(target, "someone else's file"));
    QFile file(target);
    const auto before = permissions(target);
    QVERIFY(QFile::link(target, f.path()));

    const auto opened = OutboxStore::open(f.options());
    QVERIFY(!opened.isOk());
    QCOMPARE(opened.error().code, QStringLiteral("data-file-symlink"));
    QVERIFY(opened.error().message.contains("outbox.sqlite"));
    QCOMPARE(permissions(target), before); // not chmodded
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("someone else's file")); // not turned into a database

    // A dangling link is refused too (it would be created through).
    QVERIFY(QFile::remove(f.path()));
    QVERIFY(QFile::link(f.dir.filePath("nowhere.sqlite"), f.path()));
    QCOMPARE(OutboxStore::open(f.options()).error().code, QStringLiteral("data-file-symlink"));
    QVERIFY(!QFile::exists(f.dir.filePath("nowhere.sqlite")));
}

void TestOutboxDataFolder::symlinkedCompanionFilesAreRefused()
{
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")}) {
        OutboxTestFixture f;
        QVERIFY(QFile::link(f.dir.filePath("elsewhere"), f.path() + suffix));
        QCOMPARE(OutboxStore::open(f.options()).error().code, QStringLiteral("data-file-symlink"));
    }
}

void TestOutboxDataFolder::folderWritableByOthersIsRefused()
{
    OutboxTestFixture f;
    const QString folder = f.dir.filePath("shared");
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0777), 0);
    OutboxOptions options = f.options();
    options.databasePath = folder + "/outbox.sqlite";
    const auto opened = OutboxStore::open(options);
    QVERIFY(!opened.isOk());
    QCOMPARE(opened.error().code, QStringLiteral("data-folder-open-to-others"));
    QVERIFY(opened.error().message.contains("shared"));
    QVERIFY(!QFile::exists(options.databasePath));

    // The same through MELDEKLIENT_DATA_DIR, group-writable this time.
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0770), 0);
    qputenv("MELDEKLIENT_DATA_DIR", folder.toUtf8());
    options.databasePath.clear();
    QCOMPARE(OutboxStore::open(options).error().code, QStringLiteral("data-folder-open-to-others"));
    qunsetenv("MELDEKLIENT_DATA_DIR");

    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0700), 0);
    options.databasePath = folder + "/outbox.sqlite";
    QVERIFY(OutboxStore::open(options).isOk());
}

void TestOutboxDataFolder::foreignOwnedFolderIsRefused()
{
    OutboxTestFixture f;
    QString folder = "/"; // not ours unless we are root
    if (::geteuid() == 0) {
        folder = f.dir.filePath("foreign");
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(::chown(QFile::encodeName(folder).constData(), 65534, 65534), 0); // nobody
    }
    OutboxOptions options = f.options();
    options.databasePath = folder + "/outbox.sqlite";
    const auto opened = OutboxStore::open(options);
    QVERIFY(!opened.isOk());
    QCOMPARE(opened.error().code, QStringLiteral("data-folder-foreign-owner"));
    QVERIFY(!QFile::exists(options.databasePath));
}

void TestOutboxDataFolder::plantedLockNamingALiveProcessDoesNotBlock()
{
    // A live process that is not ours: its PID in the lock file, in QLockFile's format, on this host and another.
    QProcess sleeper;
    sleeper.start("sleep", {"60"});
    QVERIFY(sleeper.waitForStarted());
    const QByteArray host = QHostInfo::localHostName().toUtf8();
    const QByteArray pid = QByteArray::number(sleeper.processId());
    const QList<QByteArray> plantedLocks {pid + "\nsleep\n" + host + "\n", pid + "\nmeldeklient-cli\n" + host + "\n",
        QByteArray("1\nsystemd\nsome-other-host\n")};
    for (const QByteArray& planted : plantedLocks) {
        OutboxTestFixture f;
        QFile lock(f.path() + ".lock");
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(planted);
        lock.close();
        QVERIFY(QFile::setPermissions(
            lock.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const auto opened = OutboxStore::open(f.options());
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().code));
        QVERIFY(opened.value()->createDraft(ItemKind::Birth, "x").isOk());
        QVERIFY((permissions(lock.fileName()) & QFileDevice::ReadOther) == 0);
    }
    sleeper.kill();
    sleeper.waitForFinished();
}

void TestOutboxDataFolder::aLiveOwnerStillBlocksASecondProcess()
{
    OutboxTestFixture f;
    auto first = f.open();
    QVERIFY(first);
    // Another process holding the lock: flock(1) on the same lock file, as long as it runs (--close: its `sleep`
    // child does not inherit the lock, so killing flock releases it).
    QProcess holder;
    first.reset(); // release ours, so the other process can take it
    holder.start("flock", {"--exclusive", "--nonblock", "--close", f.path() + ".lock", "sleep", "30"});
    QVERIFY(holder.waitForStarted());
    QTest::qWait(300);
    QCOMPARE(holder.state(), QProcess::Running);
    QCOMPARE(OutboxStore::open(f.options()).error().code, QStringLiteral("outbox-in-use"));
    holder.kill();
    holder.waitForFinished();
    QVERIFY(OutboxStore::open(f.options()).isOk()); // the kernel released it with the process
}

void TestOutboxDataFolder::aFileThatIsNotAnOutboxIsLeftUntouched()
{
    OutboxTestFixture f;
    const QString notes = f.dir.filePath("notes.txt");
    QVERIFY(writeForeignFile(notes, "not a database"));
    QFile file(notes);
    const auto before = permissions(notes);
    OutboxOptions options = f.options();
    options.databasePath = notes;
    QCOMPARE(OutboxStore::open(options).error().code, QStringLiteral("outbox-not-an-outbox"));
    QCOMPARE(permissions(notes), before);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a database"));
    file.close();

    // Another program's SQLite database: not even its journal mode changes.
    const QString other = f.dir.filePath("other.sqlite");
    {
        QSqlDatabase db = rawConnection(other);
        QSqlQuery query(db);
        QVERIFY(query.exec("CREATE TABLE contacts (name TEXT)"));
        query = QSqlQuery();
        closeRaw(db);
    }
    options.databasePath = other;
    QCOMPARE(OutboxStore::open(options).error().code, QStringLiteral("outbox-not-an-outbox"));
    QSqlDatabase db = rawConnection(other);
    QSqlQuery query(db);
    QVERIFY(query.exec("PRAGMA journal_mode") && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("delete"));
    query = QSqlQuery();
    closeRaw(db);
}

void TestOutboxDataFolder::metadataIsReadableWithoutKeyAndLock()
{
    OutboxTestFixture f;
    auto store = f.open();
    QVERIFY(store);
    const qint64 a = store->createDraft(ItemKind::DeathPart1, "Kari Nordmann").value();
    QVERIFY(store->enqueue(a, "payload", "f", "c").isOk());
    (void)store->createDraft(ItemKind::DeathPart2, "cause", a).value();

    // While the owner holds it (a flush): read-only metadata, nothing personal.
    const Result<QList<OutboxItem>> busy = OutboxMetadataReader::read(f.path());
    QVERIFY(busy.isOk());
    QCOMPARE(busy->size(), 2);
    QCOMPARE(busy->at(0).state, ItemState::Queued);
    QCOMPARE(busy->at(1).parentId, std::optional<qint64>(a));
    QVERIFY(OutboxMetadataReader::canListDespite(OutboxStore::open(f.options()).error()));
    store.reset();

    // The key is gone from the keychain: the store cannot open, the metadata still reads.
    f.secrets.entries.clear();
    const auto opened = OutboxStore::open(f.options());
    QCOMPARE(opened.error().code, QStringLiteral("outbox-key-missing"));
    QVERIFY(OutboxMetadataReader::canListDespite(opened.error()));
    const Result<QList<OutboxItem>> lost = OutboxMetadataReader::read(f.path());
    QVERIFY(lost.isOk());
    QCOMPARE(lost->size(), 2);
    QVERIFY(f.secrets.entries.isEmpty()); // nothing was created meanwhile

    QCOMPARE(OutboxMetadataReader::read(f.dir.filePath("none.sqlite")).error().code,
        QStringLiteral("outbox-not-found-file"));
}

QTEST_GUILESS_MAIN(TestOutboxDataFolder)
#include "TestOutboxDataFolder.moc"
