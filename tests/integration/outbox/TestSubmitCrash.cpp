#include "core/questionnaire/Questionnaire.h"
#include "support/DeathNotificationFixture.h"
#include "support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Meldeklient;
using Meldeklient::Test::DeathNotificationFixture;
using Meldeklient::Test::SandboxProcess;

// Issue 9 item 1: `meldeklient-cli submit` is SIGKILLed at random moments many times, with the queueing transaction
// slowed (MELDEKLIENT_TEST_ENQUEUE_DELAY_MS sleeps between Del 1 and Del 2 inside it, as a slow fsync would). Every
// kill must leave either nothing or both parts queued: never Del 1 queued alone, never a draft.
class TestSubmitCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyKillLeavesNothingOrBothPartsQueued();

private:
    struct Run {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    QProcessEnvironment environment() const;
    Run run(const QStringList& arguments);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dataDir;
    QString m_clientId;
};

QProcessEnvironment TestSubmitCrash::environment() const
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert("MELDEKLIENT_ENVIRONMENT", "sandbox");
    variables.insert("MELDEKLIENT_ISSUER", m_sandbox.issuer().toString());
    variables.insert("MELDEKLIENT_CLIENT_ID", m_clientId);
    variables.insert("MELDEKLIENT_DATA_DIR", m_dataDir.path());
    variables.insert("MELDEKLIENT_LANG", "en");
    return variables;
}

TestSubmitCrash::Run TestSubmitCrash::run(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(qEnvironmentVariable("MELDEKLIENT_CLI"), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestSubmitCrash::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MELDEKLIENT_CLI").isEmpty());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    QVERIFY(m_dataDir.isValid());
    m_clientId = "meldeklient-submit-crash-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    MELDEKLIENT_START_SANDBOX(m_sandbox);
}

void TestSubmitCrash::everyKillLeavesNothingOrBothPartsQueued()
{
    constexpr int Kills = 40;
    constexpr int DelayMs = 150;
    const Run login = run({"login"});
    QVERIFY2(login.status == 0, login.err.constData());

    const auto form = Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QVERIFY(form);
    QTemporaryDir files;
    const QString path = files.filePath("notification.json");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(DeathNotificationFixture::natural(form.value())
                                     .bundle(DeathNotificationFixture::residentPatient(
                                         "17853842044", "2026-11-20T03:10:00+01:00")))
                       .toJson());
    }

    // How long a submit takes when left alone, so the kills spread over start-up and the slowed transaction.
    QProcessEnvironment slowed = environment();
    slowed.insert("MELDEKLIENT_TEST_ENQUEUE_DELAY_MS", QString::number(DelayMs));
    const QStringList submit {"submit", "--accept-warnings", "--allow-duplicate", path};
    QElapsedTimer timer;
    QProcess whole;
    whole.setProcessEnvironment(slowed);
    timer.start();
    whole.start(qEnvironmentVariable("MELDEKLIENT_CLI"), submit);
    QVERIFY(whole.waitForFinished(60000));
    QCOMPARE(whole.exitCode(), 0);
    const qint64 fullMs = timer.elapsed();
    QVERIFY2(fullMs > DelayMs, "the test delay must be inside the submit");

    QRandomGenerator random(20261206);
    int killed = 0;
    for (int i = 0; i < Kills; ++i) {
        QProcess process;
        process.setProcessEnvironment(slowed);
        process.start(qEnvironmentVariable("MELDEKLIENT_CLI"), submit);
        QVERIFY(process.waitForStarted());
        // Mostly in the last part of the run, where the transaction is open.
        const int at = int(fullMs / 3 + random.bounded(int(fullMs * 2 / 3) + 1));
        if (!process.waitForFinished(at)) {
            process.kill();
            process.waitForFinished();
            ++killed;
        }
    }
    qInfo() << killed << "of" << Kills << "submits killed; a full submit takes" << fullMs << "ms";
    QVERIFY2(killed >= Kills / 2, "most submits must be killed before they end");

    const Run listed = run({"outbox", "list"});
    QCOMPARE(listed.status, 0);
    QHash<qint64, QJsonObject> parts1;
    QList<QJsonObject> parts2;
    for (const QByteArray& line : listed.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject item = QJsonDocument::fromJson(line).object();
        // Nothing half-done: no drafts, nothing but queued items.
        QVERIFY2(item.value("state").toString() == "queued", line.constData());
        if (item.value("kind").toString() == "death-part1")
            parts1.insert(item.value("id").toInteger(), item);
        else
            parts2.append(item);
    }
    QVERIFY(parts1.size() >= 1); // at least the run that was left alone
    QVERIFY2(parts1.size() < 1 + Kills, "some kills must have hit before the commit");
    QCOMPARE(parts2.size(), parts1.size());
    for (const QJsonObject& part2 : std::as_const(parts2)) {
        QCOMPARE(part2.value("kind").toString(), QString("death-part2"));
        QVERIFY(parts1.remove(part2.value("parentId").toInteger()) == 1);
    }
    QVERIFY(parts1.isEmpty());
}

QTEST_GUILESS_MAIN(TestSubmitCrash)
#include "TestSubmitCrash.moc"
