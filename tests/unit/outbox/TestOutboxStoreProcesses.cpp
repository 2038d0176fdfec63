// The outbox across processes, with the real keychain (run under tests/support/with-test-session.sh): a second
// process is refused, and a writer killed with SIGKILL in the middle of its writes loses nothing it had committed.
#include "core/common/KeychainSecretStore.h"
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/OutboxStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

class TestOutboxStoreProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secondProcessIsRefused();
    void killedWriterLosesNothingCommitted();

private:
    QString databasePath() const { return m_dir.filePath("outbox.sqlite"); }
    OutboxOptions options()
    {
        OutboxOptions o;
        o.databasePath = databasePath();
        o.secrets = &m_secrets;
        o.userKeyId = m_user;
        return o;
    }
    void start(QProcess& process, const QString& mode);
    static QByteArray readLine(QProcess& process, int timeoutMs = 15000);

    QTemporaryDir m_dir;
    QString m_service = "no.meldeklient.test.outbox." + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_user = OutboxDataKey::userKeyIdFor(QUuid::createUuid().toString());
    KeychainSecretStore m_secrets {m_service};
};

void TestOutboxStoreProcesses::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run under tests/support/with-test-session.sh");
    QVERIFY2(m_secrets.probe(), "gnome-keyring did not accept a probe entry");
    QVERIFY(m_dir.isValid());
}

void TestOutboxStoreProcesses::cleanupTestCase()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        (void)m_secrets.remove(OutboxDataKey::secretName(m_user));
}

void TestOutboxStoreProcesses::start(QProcess& process, const QString& mode)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(OUTBOX_WRITER_PROCESS), {mode, databasePath(), m_service, m_user});
    QVERIFY(process.waitForStarted());
}

QByteArray TestOutboxStoreProcesses::readLine(QProcess& process, int timeoutMs)
{
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(timeoutMs))
            return {};
    }
    return process.readLine().trimmed();
}

void TestOutboxStoreProcesses::secondProcessIsRefused()
{
    QProcess holder;
    start(holder, "hold");
    QCOMPARE(readLine(holder), QByteArray("opened"));

    const auto here = OutboxStore::open(options());
    QVERIFY(!here.isOk());
    QCOMPARE(here.error().code, QString("outbox-in-use"));

    QProcess second;
    start(second, "hold");
    QCOMPARE(readLine(second), QByteArray("error outbox-in-use"));
    QVERIFY(second.waitForFinished());
    QCOMPARE(second.exitCode(), 2);

    holder.kill(); // SIGKILL: the lock must not outlive the process
    QVERIFY(holder.waitForFinished());
    const auto afterDeath = OutboxStore::open(options());
    QVERIFY2(afterDeath.isOk(), qPrintable(afterDeath.isOk() ? QString() : afterDeath.error().code));
}

void TestOutboxStoreProcesses::killedWriterLosesNothingCommitted()
{
    constexpr int kills = 20;
    QHash<qint64, QByteArray> committed; // id -> tag, over all runs
    for (int run = 0; run < kills; ++run) {
        QProcess writer;
        start(writer, "write");
        QCOMPARE(readLine(writer), QByteArray("opened"));
        // Let it get into its stride, then kill it at a random moment between two commits or inside one.
        const int linesBeforeKill = 1 + QRandomGenerator::global()->bounded(12);
        for (int i = 0; i < linesBeforeKill; ++i) {
            const QByteArray line = readLine(writer);
            QVERIFY2(!line.isEmpty(), "writer stopped early");
            const QList<QByteArray> parts = line.split(' ');
            if (parts.at(0) == "committed")
                committed.insert(parts.at(1).toLongLong(), parts.at(2));
        }
        QThread::usleep(QRandomGenerator::global()->bounded(8000));
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Lines it managed to print before dying report commits too.
        while (writer.canReadLine()) {
            const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
            if (parts.at(0) == "committed")
                committed.insert(parts.at(1).toLongLong(), parts.at(2));
        }

        auto opened = OutboxStore::open(options());
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().code));
        std::unique_ptr<OutboxStore> store = std::move(opened).value();
        const QList<OutboxItem> items = store->items().value();
        QHash<qint64, ItemState> states;
        for (const OutboxItem& item : items) {
            states.insert(item.id, item.state);
            QVERIFY2(item.state != ItemState::Sending, "a dead sender's claim survived the reopen");
            // Every row there is, committed or not yet reported, decrypts: no torn writes.
            QVERIFY(store->draftContent(item.id).isOk());
            if (item.hasPayload)
                QVERIFY(store->payload(item.id).isOk());
        }
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            QVERIFY2(states.contains(it.key()), qPrintable(QString("lost item %1 in run %2").arg(it.key()).arg(run)));
            QVERIFY(states.value(it.key()) == ItemState::Queued
                || states.value(it.key()) == ItemState::WaitingToRetry);
            QCOMPARE(store->draftContent(it.key()).value(), "draft-" + it.value());
            QCOMPARE(store->payload(it.key()).value(), "payload-" + it.value() + QByteArray(2048, 'p'));
        }
    }
    QVERIFY(committed.size() >= kills);
    qInfo("%d writers killed, %lld committed items all intact", kills, static_cast<long long>(committed.size()));

    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "integrity");
    db.setDatabaseName(databasePath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec("PRAGMA integrity_check"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QString("ok"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase("integrity");
}

QTEST_GUILESS_MAIN(TestOutboxStoreProcesses)
#include "TestOutboxStoreProcesses.moc"
