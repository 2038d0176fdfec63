#include "SignInHarness.h"

#include "core/common/KeychainSecretStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Meldeklient;
using namespace Meldeklient::Auth;
using Meldeklient::Test::SandboxProcess;
using Meldeklient::Test::SignInHarness;

namespace {
QMutex logMutex;
QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}
} // namespace

// Every log line written during sign-in, refresh, a refused sign-in and sign-out, with all categories at debug
// level, is checked for the secrets and personal data that passed through: tokens, the authorization code, the
// fødselsnummer, the HPR number and the name.
class TestSignInLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretOrPersonalDataIsLogged();
    void cleanupTestCase();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<KeychainSecretStore> m_secrets;
};

void TestSignInLogging::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    m_secrets = std::make_unique<KeychainSecretStore>(
        "no.meldeklient.test.logging." + QUuid::createUuid().toString(QUuid::WithoutBraces), 10000);
    if (!m_secrets->probe())
        QSKIP("The Secret Service keychain does not accept writes here (no unlocked gnome-keyring).");
    MELDEKLIENT_START_SANDBOX(m_sandbox);
}

void TestSignInLogging::cleanupTestCase()
{
    if (m_secrets) {
        (void)m_secrets->remove(HelseIdClient::sessionSecretKey());
        (void)m_secrets->remove(ClientKeyStore::secretKey());
    }
}

void TestSignInLogging::noSecretOrPersonalDataIsLogged()
{
    const QString pid = "21925544083";
    const QString hpr = "431001234";
    SignInHarness h(m_sandbox, m_secrets.get(), "meldeklient-logging");
    QVERIFY(h.registerClient(m_sandbox));
    SignInOptions options;
    options.provider = IdentityProvider::TestIdp;
    options.testPid = pid;
    options.testSecurityLevel = "4";

    QLoggingCategory::setFilterRules("*.debug=true");
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const Result<SignedInUser> user = h.signIn(options);
    const QByteArray firstAccessToken = h.accessToken();
    const QString firstSession = QString::fromUtf8(m_secrets->read(HelseIdClient::sessionSecretKey()).value());
    const Result<void> refreshed = h.refresh();
    const QByteArray secondAccessToken = h.accessToken();
    const QString secondSession = QString::fromUtf8(m_secrets->read(HelseIdClient::sessionSecretKey()).value());
    options.testSecurityLevel = "2";
    const Result<SignedInUser> refused = h.signIn(options);
    h.client->signOut();
    QTest::qWait(1000);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY2(user.isOk(), qPrintable(user.isOk() ? QString() : user.error().code));
    QCOMPARE(user->hprNumber, hpr);
    QVERIFY(refreshed.isOk());
    QVERIFY(!refused.isOk());

    QStringList secrets {pid, hpr, user->name, user->name.split(' ').last(), QString::fromLatin1(firstAccessToken),
        QString::fromLatin1(secondAccessToken)};
    for (const QString& session : {firstSession, secondSession})
        secrets.append(QJsonDocument::fromJson(session.toUtf8()).object().value("refresh_token").toString());
    const QStringList codes = h.callbackCodes();
    QCOMPARE(codes.size(), 2);
    secrets += codes;
    for (const QString& url : h.network.urls) {
        const QString idToken = QUrlQuery(QUrl(url)).queryItemValue("id_token_hint", QUrl::FullyDecoded);
        if (!idToken.isEmpty())
            secrets.append(idToken);
    }
    QVERIFY2(secrets.size() >= 11, "the id_token_hint of the end-session page was not seen");

    const QMutexLocker lock(&logMutex);
    QVERIFY2(capturedLog.size() > 10, "the sign-in logged almost nothing: is the handler working?");
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 5);
        for (const QString& line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(secret), qPrintable("secret or personal data logged: " + line.left(120)));
    }
}

QTEST_GUILESS_MAIN(TestSignInLogging)
#include "TestSignInLogging.moc"
