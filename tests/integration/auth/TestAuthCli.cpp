#include "support/SandboxProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using Meldeklient::Test::SandboxProcess;

// meldeklient-cli login / whoami / logout / auth key as a user runs them, against the sandbox provider and the
// real keychain.
class TestAuthCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void authKeyPrintsPublicJwkAndThumbprint();
    void loginWhoamiLogout();
    void securityLevel2IsRefused();
    void productionLoginIsRefused();
    void badOptionsAreUsageErrors_data();
    void badOptionsAreUsageErrors();
    void killDuringRefreshKeepsTheSession();

private:
    struct Run {
        int status = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
    };
    Run run(const QStringList& arguments, const QString& environment = "sandbox");
    QProcessEnvironment cliEnvironment(const QString& environment = "sandbox") const;

    SandboxProcess m_sandbox;
    QString m_clientId;
};

QProcessEnvironment TestAuthCli::cliEnvironment(const QString& environment) const
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert("MELDEKLIENT_ENVIRONMENT", environment);
    variables.insert("MELDEKLIENT_ISSUER", m_sandbox.issuer().toString());
    variables.insert("MELDEKLIENT_CLIENT_ID", m_clientId);
    variables.insert("MELDEKLIENT_LANG", "en");
    return variables;
}

TestAuthCli::Run TestAuthCli::run(const QStringList& arguments, const QString& environment)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(environment));
    process.start(qEnvironmentVariable("MELDEKLIENT_CLI"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestAuthCli::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MELDEKLIENT_CLI").isEmpty());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    m_clientId = "meldeklient-cli-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    MELDEKLIENT_START_SANDBOX(m_sandbox);
}

void TestAuthCli::cleanupTestCase()
{
    if (m_sandbox.isRunning())
        run({"logout"});
}

void TestAuthCli::authKeyPrintsPublicJwkAndThumbprint()
{
    const Run first = run({"auth", "key"});
    QCOMPARE(first.status, 0);
    const QJsonObject json = first.json();
    const QJsonObject jwk = json.value("jwk").toObject();
    QCOMPARE(jwk.value("kty").toString(), QStringLiteral("EC"));
    QCOMPARE(jwk.value("crv").toString(), QStringLiteral("P-256"));
    QVERIFY(!jwk.contains("d"));
    QCOMPARE(json.value("thumbprint").toString().size(), 43);
    QCOMPARE(json.value("remembered").toBool(), true);
    // The key is kept: the same thumbprint next time.
    QCOMPARE(run({"auth", "key"}).json().value("thumbprint"), json.value("thumbprint"));
}

void TestAuthCli::loginWhoamiLogout()
{
    const Run login = run({"login", "--idp", "test", "--pid", "21925544083", "--level", "4"});
    QVERIFY2(login.status == 0, QByteArray(login.out + login.err).constData());
    QJsonObject json = login.json();
    QCOMPARE(json.value("signedIn").toBool(), true);
    QCOMPARE(json.value("name").toString(), QStringLiteral("Ola Testlege Prøvestad"));
    QCOMPARE(json.value("hprNumber").toString(), QStringLiteral("431001234"));
    QCOMPARE(json.value("securityLevel").toInt(), 4);
    QCOMPARE(json.value("environment").toString(), QStringLiteral("sandbox"));
    // The fødselsnummer is not printed, and nothing personal reaches stderr.
    QVERIFY(!login.out.contains("21925544083"));
    QVERIFY(!login.err.contains("21925544083"));
    QVERIFY(!login.err.contains("431001234"));

    const Run whoami = run({"whoami"});
    QCOMPARE(whoami.status, 0);
    QCOMPARE(whoami.json().value("hprNumber").toString(), QStringLiteral("431001234"));

    const Run logout = run({"logout"});
    QCOMPARE(logout.status, 0);
    QCOMPARE(logout.json().value("signedOut").toBool(), true);
    QCOMPARE(logout.json().value("endedProviderSession").toBool(), true);

    const Run nobody = run({"whoami"});
    QCOMPARE(nobody.status, 1);
    QCOMPARE(nobody.json().value("signedIn").toBool(), false);
    QCOMPARE(nobody.json().value("code").toString(), QStringLiteral("not-signed-in"));
}

void TestAuthCli::securityLevel2IsRefused()
{
    const Run login = run({"login", "--pid", "14927604036", "--level", "2"});
    QCOMPARE(login.status, 1);
    QCOMPARE(login.json().value("signedIn").toBool(), false);
    QCOMPARE(login.json().value("code").toString(), QStringLiteral("id-token-security-level"));
    QVERIFY(!login.json().value("message").toString().isEmpty());
}

void TestAuthCli::productionLoginIsRefused()
{
    const Run login = run({"login"}, "production");
    QCOMPARE(login.status, 2);
    QVERIFY(login.err.contains("test and sandbox"));
}

void TestAuthCli::badOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown idp") << QStringList {"login", "--idp", "facebook"};
    QTest::newRow("bad timeout") << QStringList {"login", "--timeout", "soon"};
    QTest::newRow("unknown environment") << QStringList {"whoami", "--environment", "staging"};
    QTest::newRow("auth without key") << QStringList {"auth"};
    QTest::newRow("stray argument") << QStringList {"logout", "now"};
}

void TestAuthCli::badOptionsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(run(arguments).status, 2);
}

// Issue 9 item 9: `whoami` restores the session with a refresh, which rotates the refresh token. SIGKILL it at random
// moments, half of them while it waits for the provider's keys to check the new ID token (the sandbox holds the keys
// back), and a later `whoami` must still find a usable session every time.
void TestAuthCli::killDuringRefreshKeepsTheSession()
{
    const Run login = run({"login", "--idp", "test", "--pid", "21925544083", "--level", "4"});
    QVERIFY2(login.status == 0, QByteArray(login.out + login.err).constData());
    QVERIFY(m_sandbox.admin("faults", {{"jwks_delay_ms", 700}}).ok());
    QRandomGenerator random(20261206);
    constexpr int Kills = 16;
    int killedWhileCheckingIdToken = 0;
    for (int i = 0; i < Kills; ++i) {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        process.start(qEnvironmentVariable("MELDEKLIENT_CLI"), {"whoami"});
        QVERIFY(process.waitForStarted());
        if (i % 2 == 0) {
            // The token answer is in (the refresh token rotated), the ID token not yet checked.
            bool pending = false;
            for (int wait = 0; wait < 400 && !pending && process.state() == QProcess::Running; ++wait) {
                pending = m_sandbox.get("/_sandbox/status").body.value("jwks_pending").toInt() > 0;
                if (!pending)
                    QTest::qWait(10);
            }
            QVERIFY2(pending, "whoami never asked for the provider's keys");
            QTest::qWait(int(random.bounded(500)));
            killedWhileCheckingIdToken += process.state() == QProcess::Running ? 1 : 0;
        } else {
            QTest::qWait(int(random.bounded(1500)));
        }
        process.kill();
        process.waitForFinished();
        const Run after = run({"whoami"});
        QVERIFY2(after.status == 0,
            qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(QString::fromUtf8(after.out + after.err))));
        QCOMPARE(after.json().value("hprNumber").toString(), QStringLiteral("431001234"));
    }
    QVERIFY(killedWhileCheckingIdToken >= Kills / 2 - 1);
    QVERIFY(m_sandbox.admin("faults", {{"jwks_delay_ms", QJsonValue()}}).ok());
}

QTEST_GUILESS_MAIN(TestAuthCli)
#include "TestAuthCli.moc"
