#include "core/birth/BirthNotificationValidator.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/BirthNotificationFixture.h"
#include "support/CliProcess.h"
#include "support/SandboxProcess.h"

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
using Meldeklient::Test::BirthNotificationFixture;
using Meldeklient::Test::SandboxProcess;

// The crash test's guarantee for births (issue 12, "Done when"): births of every case are queued (one item per
// child), `meldeklient-cli outbox flush` — which sends them to the sandbox's Folkeregisteret over mutual TLS and then
// reads the decision feed — is killed with SIGKILL at random moments many times, then flushed to completion. The
// sandbox must have registered every child exactly once (one message and one decision per child, none twice), every
// outbox item must end registered, and no new fødselsnummer may appear in plain text in the data folder.
class TestBirthFlushCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyChildIsRegisteredExactlyOnceDespiteKills();

private:
    using Run = Test::CliProcess;
    QProcessEnvironment environment() const;
    Run run(const QStringList& arguments, int timeoutMs = 120000, const QByteArray& input = {});
    bool login();
    QList<QJsonObject> outboxItems();
    static bool allRegistered(const QList<QJsonObject>& items);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dataDir;
    QString m_clientId;
    QJsonObject m_freg;
};

QProcessEnvironment TestBirthFlushCrash::environment() const
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert("MELDEKLIENT_ENVIRONMENT", "sandbox");
    variables.insert("MELDEKLIENT_ISSUER", m_sandbox.issuer().toString());
    variables.insert("MELDEKLIENT_CLIENT_ID", m_clientId);
    variables.insert("MELDEKLIENT_DATA_DIR", m_dataDir.path());
    variables.insert("MELDEKLIENT_LANG", "en");
    // The sandbox's Folkeregisteret as .ci/run-app.sh configures it (test CA, organisation certificate).
    variables.insert("MELDEKLIENT_FOLKEREGISTERET_URL", m_freg.value("url").toString());
    variables.insert("MELDEKLIENT_BIRTH_CERTIFICATE_FILE", m_freg.value("clientP12File").toString());
    variables.insert("MELDEKLIENT_BIRTH_CA_FILE", m_freg.value("caFile").toString());
    return variables;
}

TestBirthFlushCrash::Run TestBirthFlushCrash::run(const QStringList& arguments, int timeoutMs, const QByteArray& input)
{
    return Run::run(environment(), arguments, timeoutMs, input);
}

bool TestBirthFlushCrash::login()
{
    const Run login = run({"login"});
    if (login.status != 0)
        qWarning() << "login failed:" << login.out << login.err;
    return login.status == 0;
}

QList<QJsonObject> TestBirthFlushCrash::outboxItems()
{
    return run({"outbox", "list"}).lines();
}

bool TestBirthFlushCrash::allRegistered(const QList<QJsonObject>& items)
{
    return !items.isEmpty() && std::all_of(items.cbegin(), items.cend(), [](const QJsonObject& item) {
        return item.value("state").toString() == "registered";
    });
}

void TestBirthFlushCrash::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MELDEKLIENT_CLI").isEmpty());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    QVERIFY(m_dataDir.isValid());
    m_clientId = "meldeklient-birth-crash-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    m_freg = m_sandbox.folkeregisteret();
    QVERIFY(m_freg.value("url").toString().startsWith("https://127.0.0.1:"));
}

void TestBirthFlushCrash::everyChildIsRegisteredExactlyOnceDespiteKills()
{
    constexpr int Births = 33;          // every case three times: 3 × 11 births, 57 children
    constexpr int ExtraBatch = 11;      // queued again whenever the queue drained before enough kills
    constexpr int MaxExtraBatches = 12;  // a fast machine sends a few children per run: supply enough
    constexpr int MinimumKills = 30;

    QVERIFY(login());
    // As IT does: the certificate's password into the keychain, from standard input.
    const Run password = run({"birth-certificate", "set-password"}, 60000,
        m_freg.value("clientP12Password").toString().toUtf8() + '\n');
    QVERIFY2(password.status == 0, password.out.constData());

    const auto form = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath());
    QVERIFY(form);
    const QList<BirthNotificationFixture::Scenario> scenarios = BirthNotificationFixture::all();
    QCOMPARE(scenarios.size(), 11);
    QTemporaryDir files;
    QStringList paths;
    QList<int> childrenPerFile;
    for (int i = 0; i < Births + MaxExtraBatches * ExtraBatch; ++i) {
        const BirthNotificationFixture::Scenario scenario = scenarios.at(i % scenarios.size());
        const QString path = files.filePath(QString("birth-%1.json").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(BirthNotificationFixture::bundleJson(
            form.value(), BirthNotificationFixture::response(scenario, QDate::currentDate().addDays(-1))));
        paths.append(path);
        childrenPerFile.append(BirthNotificationFixture::childCount(scenario));
    }
    const auto childrenIn = [&](int from, int count) {
        int children = 0;
        for (int i = from; i < from + count; ++i)
            children += childrenPerFile.at(i);
        return children;
    };
    int queued = Births;
    const Run submitted
        = run(QStringList {"submit", "--accept-warnings", "--no-send"} + paths.mid(0, Births), 300000);
    QVERIFY2(submitted.status == 0, submitted.out.constData());
    QCOMPARE(outboxItems().size(), childrenIn(0, Births));

    // Kill flushes at random moments while work is left: a fifth at a random time from the start (start-up,
    // keychain, the certificate, the first request), the rest a few milliseconds after a random number of children
    // were reported received (claim, the request on the wire, the register's commit, the answer, recording it, the
    // feed read after the sends).
    QRandomGenerator random(20261206);
    int kills = 0;
    int runs = 0;
    QElapsedTimer total;
    total.start();
    bool drained = false;
    while (!drained && runs < 12 * MinimumKills) {
        ++runs;
        QVERIFY(login());
        if (!Test::CliProcess::flushKilledAtRandom(environment(), random, 400)) {
            const QList<QJsonObject> items = outboxItems();
            drained = std::all_of(items.cbegin(), items.cend(), [](const QJsonObject& item) {
                const QString state = item.value("state").toString();
                return state == "registered" || state == "accepted-for-processing";
            });
            if (drained && kills < MinimumKills && queued < paths.size()) {
                const Run more = run(
                    QStringList {"submit", "--accept-warnings", "--no-send"} + paths.mid(queued, ExtraBatch), 300000);
                QVERIFY2(more.status == 0, more.out.constData());
                queued += ExtraBatch;
                drained = false;
            }
            continue;
        }
        ++kills;
    }
    qInfo("%d SIGKILLs in %d flush runs, %lld s", kills, runs, total.elapsed() / 1000);
    QVERIFY2(kills >= MinimumKills, "the flush must have been killed while running at least 30 times");

    // Flush (and read the feed) to completion.
    QList<QJsonObject> items;
    for (int attempt = 0; attempt < 10 && !allRegistered(items); ++attempt) {
        QVERIFY(login());
        const Run flushed = run({"outbox", "flush"}, 600000);
        items = outboxItems();
        if (!allRegistered(items))
            qInfo() << "flush" << attempt << "left work:" << flushed.out.trimmed();
    }
    const int children = childrenIn(0, queued);
    qInfo("%d births with %d children queued in all", queued, children);
    QCOMPARE(items.size(), children);
    QVERIFY2(allRegistered(items), "every child's item must end registered");

    // The register saw each child exactly once: one message and one decision per child, for exactly our messages.
    QSet<QString> ours;
    for (const QJsonObject& item : std::as_const(items))
        ours.insert(item.value("messageId").toString());
    QCOMPARE(ours.size(), children);
    const SandboxProcess::Reply records = m_sandbox.get("/_sandbox/folkeregisteret/records");
    QVERIFY(records.ok());
    const QJsonArray messages = records.body.value("messages").toArray();
    QCOMPARE(messages.size(), children);
    QCOMPARE(records.body.value("events").toInt(), children); // one decision per message, none twice
    QSet<QString> registered;
    QSet<QString> numbers;
    int liveBorn = 0;
    for (const QJsonValue& value : messages) {
        const QJsonObject message = value.toObject();
        registered.insert(message.value("messageId").toString());
        QCOMPARE(message.value("decision").toString(), QString("godkjent"));
        if (message.value("liveBorn").toBool()) {
            ++liveBorn;
            numbers.insert(message.value("childNumber").toString());
        }
    }
    QCOMPARE(registered, ours);
    QCOMPARE(numbers.size(), liveBorn); // every live-born child got its own number, once

    // No new fødselsnummer in plain text anywhere in the data folder (database, WAL, lock file).
    QDirIterator it(m_dataDir.path(), QDir::Files, QDirIterator::Subdirectories);
    int scanned = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        ++scanned;
        for (const QString& number : std::as_const(numbers))
            QVERIFY2(!raw.contains(number.toLatin1()), qPrintable("plain fødselsnummer in " + file.fileName()));
    }
    QVERIFY(scanned > 0);
}

QTEST_GUILESS_MAIN(TestBirthFlushCrash)
#include "TestBirthFlushCrash.moc"
