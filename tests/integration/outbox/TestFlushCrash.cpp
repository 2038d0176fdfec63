#include "core/questionnaire/Questionnaire.h"
#include "support/CliProcess.h"
#include "support/DeathNotificationFixture.h"
#include "support/SandboxProcess.h"
#include "support/SyntheticPersons.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>


using namespace Meldeklient;
using Meldeklient::Test::DeathNotificationFixture;
using Meldeklient::Test::SandboxProcess;
using Meldeklient::Test::SyntheticPersons;

// Issue 5's crash test: 200 death notifications (Del 1 + Del 2 each) are queued, `meldeklient-cli outbox flush` is
// killed with SIGKILL at random moments at least 50 times, then flushed to completion. The sandbox must hold exactly
// 200 deaths and 200 causes of death, one per person, and the outbox file must hold no identifier in plain text.
class TestFlushCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyNotificationArrivesExactlyOnceDespiteKills();

private:
    struct Run {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    QProcessEnvironment environment() const;
    Run run(const QStringList& arguments, int timeoutMs = 120000);
    bool login();
    QList<QJsonObject> outboxItems();

    SandboxProcess m_sandbox;
    QTemporaryDir m_dataDir;
    QString m_clientId;
};

QProcessEnvironment TestFlushCrash::environment() const
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert("MELDEKLIENT_ENVIRONMENT", "sandbox");
    variables.insert("MELDEKLIENT_ISSUER", m_sandbox.issuer().toString());
    variables.insert("MELDEKLIENT_CLIENT_ID", m_clientId);
    variables.insert("MELDEKLIENT_DATA_DIR", m_dataDir.path());
    variables.insert("MELDEKLIENT_API_TRANSPORT", "nhn-rest");
    variables.insert("MELDEKLIENT_LANG", "en");
    return variables;
}

TestFlushCrash::Run TestFlushCrash::run(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(qEnvironmentVariable("MELDEKLIENT_CLI"), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

bool TestFlushCrash::login()
{
    const Run login = run({"login"});
    if (login.status != 0)
        qWarning() << "login failed:" << login.out << login.err;
    return login.status == 0;
}

QList<QJsonObject> TestFlushCrash::outboxItems()
{
    const Run listed = run({"outbox", "list"});
    QList<QJsonObject> items;
    for (const QByteArray& line : listed.out.split('\n')) {
        if (!line.trimmed().isEmpty())
            items.append(QJsonDocument::fromJson(line).object());
    }
    return items;
}

void TestFlushCrash::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MELDEKLIENT_CLI").isEmpty());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    QVERIFY(m_dataDir.isValid());
    m_clientId = "meldeklient-crash-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    // Body validation by xmllint costs a process per Del 1; it is tested elsewhere and would only slow this test.
    QCOMPARE(m_sandbox.admin("api/settings", {{"xsdValidation", false}}).status, 200);
}

void TestFlushCrash::everyNotificationArrivesExactlyOnceDespiteKills()
{
    constexpr int Notifications = 200; // the first batch
    constexpr int ExtraBatch = 100;     // queued again whenever the queue drained before enough kills
    constexpr int MaxExtraBatches = 4;
    constexpr int MinimumKills = 50;

    QVERIFY(login());

    // 200 notification files, one synthetic person each.
    const auto form = Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QVERIFY2(form, "forms/dodsaarsak.json must load");
    const QList<QString> numbers = SyntheticPersons::personNumbers(Notifications + MaxExtraBatches * ExtraBatch, 3);
    QTemporaryDir files;
    QStringList paths;
    for (int i = 0; i < numbers.size(); ++i) {
        const QJsonObject bundle = DeathNotificationFixture::natural(form.value())
                                       .bundle(DeathNotificationFixture::residentPatient(numbers.at(i),
                                           "2026-11-20T03:10:00+01:00"));
        const QString path = files.filePath(QString("notification-%1.json").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(bundle).toJson());
        paths.append(path);
    }
    int queued = Notifications;
    const Run submitted = run(QStringList {"submit", "--accept-warnings"} + paths.mid(0, Notifications), 300000);
    QVERIFY2(submitted.status == 0, submitted.err.constData());
    QCOMPARE(outboxItems().size(), 2 * Notifications);

    // Kill flushes at random moments while work is left: a fifth of them at a random time from the start (process
    // start-up, keychain, token refresh, the first request), the rest a few milliseconds after a random number of
    // items were reported accepted (claim, request on the wire, the server's commit, the answer, recording it).
    QRandomGenerator random(20261122);
    int kills = 0;
    int runs = 0;
    QElapsedTimer total;
    total.start();
    // Go on until the whole queue has been drained by flushes that were (mostly) killed: at least 50 kills.
    bool drained = false;
    while (!drained && runs < 12 * MinimumKills) {
        ++runs;
        QVERIFY(login()); // a kill during a token refresh may have cost the session; sign in again as a user would
        if (!Test::CliProcess::flushKilledAtRandom(environment(), random, 300)) {
            const QList<QJsonObject> items = outboxItems();
            drained = std::all_of(items.cbegin(), items.cend(),
                [](const QJsonObject& item) { return item.value("state").toString() == "accepted"; });
            // A fast machine drains the queue in fewer runs than the test needs kills: queue more and go on.
            if (drained && kills < MinimumKills && queued < numbers.size()) {
                const Run more = run(
                    QStringList {"submit", "--accept-warnings"} + paths.mid(queued, ExtraBatch), 300000);
                QVERIFY2(more.status == 0, more.err.constData());
                queued += ExtraBatch;
                drained = false;
            }
            continue;
        }
        ++kills;
    }
    qInfo("%d SIGKILLs in %d flush runs, %lld s", kills, runs, total.elapsed() / 1000);
    QVERIFY2(kills >= MinimumKills, "the flush must have been killed while running at least 50 times");

    // Flush to completion (normally there is nothing left by now).
    bool done = false;
    for (int attempt = 0; attempt < 10 && !done; ++attempt) {
        QVERIFY(login());
        const Run flushed = run({"outbox", "flush"}, 600000);
        const QList<QJsonObject> items = outboxItems();
        done = std::all_of(items.cbegin(), items.cend(),
            [](const QJsonObject& item) { return item.value("state").toString() == "accepted"; });
        if (!done)
            qInfo() << "flush" << attempt << "left work:" << flushed.out.trimmed();
    }
    QVERIFY2(done, "every outbox item must end accepted");

    // The sandbox holds every notification exactly once.
    const SandboxProcess::Reply records = m_sandbox.get("/_sandbox/api/records");
    QVERIFY(records.ok());
    const QJsonArray deaths = records.body.value("deaths").toArray();
    const QJsonArray causes = records.body.value("causes").toArray();
    QSet<QString> deathKeys;
    QSet<QString> deathIds;
    for (const QJsonValue& death : deaths) {
        deathKeys.insert(death.toObject().value("idempotencyKey").toString());
        deathIds.insert(death.toObject().value("id").toString());
    }
    QSet<QString> causeKeys;
    QSet<QString> causeDeathIds;
    for (const QJsonValue& cause : causes) {
        causeKeys.insert(cause.toObject().value("idempotencyKey").toString());
        causeDeathIds.insert(cause.toObject().value("body").toObject().value("dodsfallId").toString());
    }
    qInfo("%d notifications queued in all", queued);
    QCOMPARE(deaths.size(), queued);
    QCOMPARE(deathKeys.size(), queued);
    QCOMPARE(causes.size(), queued);
    QCOMPARE(causeKeys.size(), queued);
    QCOMPARE(causeDeathIds, deathIds); // every Del 2 names its own Del 1's death id

    // No identifier in plain text anywhere in the data folder (database, WAL, lock file).
    QDirIterator it(m_dataDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        for (const QString& number : numbers)
            QVERIFY2(!raw.contains(number.toLatin1()), qPrintable("plain identifier in " + file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestFlushCrash)
#include "TestFlushCrash.moc"
