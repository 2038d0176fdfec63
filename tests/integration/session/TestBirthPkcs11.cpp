// The organisation certificate on a real token: SoftHSM2 in a private folder (SOFTHSM2_CONF), registered with p11-kit
// by Debian's libsofthsm2, holding the sandbox's client key (softhsm2-util --import) and certificate (p11tool). The
// app reaches it as IT would configure it: BirthCertificateFile = a pkcs11: URI, the default module (p11-kit's proxy),
// OpenSSL's PKCS#11 engine, the PIN in the real keychain. A wrong PIN keeps the birth queued and sends nothing; once
// the right PIN is stored the same birth and a new one end Registered, each exactly once; a missing token or object is
// named; `meldeklient-cli birth-certificate set-password|check` work with the URI.
#include "core/api/OrganisationCertificate.h"
#include "core/api/Pkcs11Certificate.h"
#include "core/birth/BirthNotificationValidator.h"
#include "core/common/SecretStore.h"
#include "core/config/Environment.h"
#include "core/outbox/OutboxStore.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/session/BirthNotificationService.h"
#include "core/session/Session.h"
#include "support/BirthNotificationFixture.h"
#include "support/BirthQueue.h"
#include "support/CliProcess.h"
#include "support/Prerequisites.h"
#include "support/SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Meldeklient;
using Meldeklient::Outbox::ItemState;
using Meldeklient::Session::BirthChildStatus;
using Meldeklient::Session::BirthNotificationService;
using Meldeklient::Test::BirthNotificationFixture;
using Meldeklient::Test::SandboxProcess;
using SessionState = Meldeklient::Session::Session::State;

namespace {
constexpr char Pin[] = "4711";
constexpr char TokenLabel[] = "meldeklient-test";
constexpr char ObjectLabel[] = "virksomhetssertifikat";
// Debian's libsofthsm2 installs the module here (and registers it with p11-kit in /usr/share/p11-kit/modules).
constexpr char SoftHsmModule[] = "/usr/lib/softhsm/libsofthsm2.so";
} // namespace

class TestBirthPkcs11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    // Runs first: PKCS#11 login is per process, so a wrong PIN is only refused before the first good login.
    void wrongPinKeepsTheBirthQueuedAndSendsNothing();
    void missingTokenObjectAndPinInTheUriAreNamed();
    void birthGoesThroughWithTheKeyOnTheToken();
    void cliStoresAndChecksThePinOfAUri();

private:
    QString uri(const QString& token = QString::fromLatin1(TokenLabel),
        const QString& object = QString::fromLatin1(ObjectLabel)) const;
    Config::Environment environment() const;
    Config::FolkeregisteretSettings settings(const QString& certificate) const;
    bool run(const QString& program, const QStringList& arguments, QString* output = nullptr);
    Session::QueuedBirth queue(BirthNotificationService& births);
    int messagesOf(const QString& birthId);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_clientId;
    QJsonObject m_freg;
    std::optional<Questionnaire::Questionnaire> m_form;
    std::unique_ptr<Meldeklient::Session::Session> m_session;
    qint64 m_waitingItem = -1;
    QString m_waitingBirth;
};

QString TestBirthPkcs11::uri(const QString& token, const QString& object) const
{
    return QStringLiteral("pkcs11:token=%1;object=%2").arg(token, object);
}

Config::Environment TestBirthPkcs11::environment() const
{
    Config::Environment environment = Config::Environment::sandbox();
    environment.issuer = m_sandbox.issuer().toString();
    environment.clientId = m_clientId;
    return environment;
}

Config::FolkeregisteretSettings TestBirthPkcs11::settings(const QString& certificate) const
{
    return Config::FolkeregisteretSettings {
        QUrl(m_freg.value(u"url").toString()), certificate, m_freg.value(u"caFile").toString()};
}

bool TestBirthPkcs11::run(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool ok
        = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (!ok)
        qWarning().noquote() << program << "failed:" << text;
    return ok;
}

Session::QueuedBirth TestBirthPkcs11::queue(BirthNotificationService& births)
{
    const Questionnaire::QuestionnaireResponse response = BirthNotificationFixture::response(
        BirthNotificationFixture::Scenario::SingleLiveBirth, QDate::currentDate().addDays(-1));
    const Result<Session::QueuedBirth> queued = Test::queueConfirmingWarnings(
        births, QJsonDocument::fromJson(BirthNotificationFixture::bundleJson(*m_form, response)).object());
    [&] { QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().code + u' ' + queued.error().message)); }();
    return queued ? queued.value() : Session::QueuedBirth {};
}

int TestBirthPkcs11::messagesOf(const QString& birthId)
{
    int count = 0;
    const QJsonArray messages
        = m_sandbox.get(QStringLiteral("/_sandbox/folkeregisteret/records")).body.value(u"messages").toArray();
    for (const QJsonValue& message : messages)
        count += message.toObject().value(u"messageId").toString().startsWith(birthId) ? 1 : 0;
    return count;
}

void TestBirthPkcs11::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MELDEKLIENT_CLI").isEmpty());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    // What a developer's machine may lack; CI installs them (.ci/install-deps.sh).
    const QString softhsmUtil = QStandardPaths::findExecutable(QStringLiteral("softhsm2-util"));
    const QString p11tool = QStandardPaths::findExecutable(QStringLiteral("p11tool"));
    const QString engine = qEnvironmentVariable("MELDEKLIENT_OPENSSL_ENGINES_DIR") + QStringLiteral("/pkcs11.so");
    if (softhsmUtil.isEmpty() || !QFileInfo::exists(QString::fromLatin1(SoftHsmModule)))
        MELDEKLIENT_SKIP_MISSING_PREREQUISITE(QStringLiteral("SoftHSM2 is not installed (Debian: softhsm2)."));
    if (p11tool.isEmpty())
        MELDEKLIENT_SKIP_MISSING_PREREQUISITE(QStringLiteral("p11tool is not installed (Debian: gnutls-bin)."));
    if (!QFileInfo::exists(engine)) {
        MELDEKLIENT_SKIP_MISSING_PREREQUISITE(
            QStringLiteral("OpenSSL's PKCS#11 engine %1 is not installed (Debian: libengine-pkcs11-openssl).")
                .arg(engine));
    }
    if (!QFileInfo::exists(Api::Pkcs11Certificate::modulePath())) {
        MELDEKLIENT_SKIP_MISSING_PREREQUISITE(
            QStringLiteral("p11-kit's proxy module %1 is not installed (Debian: p11-kit-modules).")
                .arg(Api::Pkcs11Certificate::modulePath()));
    }
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("tokens")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("data")));
    QFile::setPermissions(
        m_dir.filePath("data"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile conf(m_dir.filePath("softhsm2.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("directories.tokendir = " + QFile::encodeName(m_dir.filePath("tokens"))
        + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    conf.close();
    // Before anything in this process loads a PKCS#11 module: SoftHSM reads it at C_Initialize.
    qputenv("SOFTHSM2_CONF", QFile::encodeName(conf.fileName()));
    qputenv("MELDEKLIENT_DATA_DIR", QFile::encodeName(m_dir.filePath("data")));
    qputenv("MELDEKLIENT_DECISION_POLL_MS", "200");
    m_clientId = "meldeklient-pkcs11-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_form = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath()).value();
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    m_freg = m_sandbox.folkeregisteret();

    // The token, as IT (or the card vendor) would fill it: the key, then the certificate, under one label and id.
    QVERIFY(run(softhsmUtil, {"--init-token", "--free", "--label", TokenLabel, "--pin", Pin, "--so-pin", "8642"}));
    QVERIFY(run(softhsmUtil,
        {"--import", m_freg.value(u"clientKeyFile").toString(), "--token", TokenLabel, "--label", ObjectLabel, "--id",
            "01", "--pin", Pin}));
    QVERIFY(run(p11tool,
        {"--provider", SoftHsmModule, "--login", QStringLiteral("--set-pin=") + Pin, "--write", "--load-certificate",
            m_freg.value(u"clientCertFile").toString(), "--label", ObjectLabel, "--id", "01",
            QStringLiteral("pkcs11:token=") + TokenLabel}));
    // The default module (p11-kit's proxy) sees the token through p11-kit's registration of SoftHSM.
    QString listed;
    QVERIFY(run(p11tool, {"--list-tokens"}, &listed));
    QVERIFY2(listed.contains(QString::fromLatin1(TokenLabel)), qPrintable(listed));

    Meldeklient::Session::SessionOptions options;
    options.folkeregisteret = settings(uri());
    options.requestTimeoutMs = 5000;
    m_session = std::make_unique<Meldeklient::Session::Session>(environment(), options);
    m_session->signIn();
    QVERIFY(QTest::qWaitFor([&] { return m_session->state() != SessionState::SigningIn; }, 30000));
    QCOMPARE(m_session->state(), SessionState::Ready);
}

void TestBirthPkcs11::cleanupTestCase()
{
    if (m_session)
        m_session->signOut();
    m_session.reset();
    m_sandbox.stop();
}

void TestBirthPkcs11::wrongPinKeepsTheBirthQueuedAndSendsNothing()
{
    SecretStore& secrets = m_session->secrets();
    // set-password refuses a PIN the token refuses, and keeps nothing.
    const Result<void> refused = Api::OrganisationCertificate::storePassword(settings(uri()), secrets, "0000");
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("birth-certificate-password"));
    QVERIFY2(refused.error().message.contains(u"IT"), qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(u"0000"));
    QCOMPARE(secrets.read(Api::OrganisationCertificate::PasswordKey).error().code, QStringLiteral("secret-not-found"));

    // No PIN at all: the same error, before anything is sent.
    const Result<QSslConfiguration> noPin = Api::OrganisationCertificate::load(settings(uri()), secrets);
    QVERIFY(!noPin);
    QCOMPARE(noPin.error().code, QStringLiteral("birth-certificate-password"));

    // A wrong PIN that got into the keychain (the token's PIN changed since): the birth waits with IT's error.
    QVERIFY(secrets.write(Api::OrganisationCertificate::PasswordKey, "0000"));
    BirthNotificationService& births = *m_session->births();
    const Session::QueuedBirth queued = queue(births);
    QCOMPARE(queued.itemIds.size(), 1);
    QVERIFY(Test::flushAndWait(births));
    const BirthChildStatus child = births.status(queued.birthId).value(0);
    QCOMPARE(child.state, ItemState::WaitingToRetry);
    QCOMPARE(m_session->outbox()->item(child.itemId)->lastErrorCode, QStringLiteral("birth-certificate-password"));
    QVERIFY(!child.message.isEmpty());
    QCOMPARE(messagesOf(queued.birthId), 0);
    m_waitingItem = child.itemId;
    m_waitingBirth = queued.birthId;
}

void TestBirthPkcs11::missingTokenObjectAndPinInTheUriAreNamed()
{
    SecretStore& secrets = m_session->secrets();
    struct Case
    {
        QString certificate;
        QString code;
    };
    const QList<Case> cases = {
        {uri(QStringLiteral("no-such-token")), QStringLiteral("birth-certificate-token-missing")},
        {uri(QString::fromLatin1(TokenLabel), QStringLiteral("no-such-object")),
            QStringLiteral("birth-certificate-not-found")},
        {uri() + QStringLiteral(";pin-value=") + QString::fromLatin1(Pin),
            QStringLiteral("birth-certificate-unreadable")},
        {QStringLiteral("pkcs11:token=%ZZ"), QStringLiteral("birth-certificate-unreadable")},
    };
    QCOMPARE(cases.size(), 4);
    for (const Case& c : cases) {
        const Result<void> stored = Api::OrganisationCertificate::storePassword(settings(c.certificate), secrets, Pin);
        QVERIFY2(!stored, qPrintable(c.certificate));
        QCOMPARE(stored.error().code, c.code);
        QVERIFY2(stored.error().message.contains(u"IT"), qPrintable(stored.error().message));
        QVERIFY(!stored.error().message.contains(QString::fromLatin1(Pin)));
    }
    // Nothing above replaced the (wrong) PIN in the keychain.
    QCOMPARE(secrets.read(Api::OrganisationCertificate::PasswordKey).value(), QByteArray("0000"));
}

void TestBirthPkcs11::birthGoesThroughWithTheKeyOnTheToken()
{
    QVERIFY(m_waitingItem > 0);
    SecretStore& secrets = m_session->secrets();
    QVERIFY(Api::OrganisationCertificate::storePassword(settings(uri()), secrets, Pin));
    const Result<QSslConfiguration> loaded = Api::OrganisationCertificate::load(settings(uri()), secrets);
    QVERIFY(loaded);
    QCOMPARE(loaded->localCertificate().subjectDisplayName(), QStringLiteral("SANDKASSE SYKEHUS HF"));
    // The key stays on the token: what Qt holds signs through the engine and has no private value of its own (the
    // engine's EC key exports as zeros), unlike the file the token was filled from.
    QFile keyFile(m_freg.value(u"clientKeyFile").toString());
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey fileKey(&keyFile, QSsl::Ec);
    QVERIFY(!fileKey.isNull());
    QVERIFY(!loaded->privateKey().isNull());
    QVERIFY(loaded->privateKey().toDer() != fileKey.toDer());

    BirthNotificationService& births = *m_session->births();
    QVERIFY(m_session->outbox()->retryNow(m_waitingItem));
    QVERIFY(Test::flushAndWait(births));
    const Session::QueuedBirth fresh = queue(births);
    QVERIFY(Test::flushAndWait(births));
    const QStringList birthIds = {m_waitingBirth, fresh.birthId};
    QCOMPARE(birthIds.size(), 2);
    for (const QString& birthId : birthIds) {
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (births.status(birthId).value(0).state != ItemState::AcceptedForProcessing)
                    return true;
                births.pollDecisions();
                return false;
            },
            30000));
        const BirthChildStatus child = births.status(birthId).value(0);
        QCOMPARE(child.state, ItemState::Registered);
        QVERIFY(!child.newIdentifier.isEmpty());
        QCOMPARE(messagesOf(birthId), 1);
    }
    // The sandbox saw the organisation certificate on the token (its orgnr), as with the PKCS#12 file.
    const QJsonArray messages
        = m_sandbox.get(QStringLiteral("/_sandbox/folkeregisteret/records")).body.value(u"messages").toArray();
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().toObject().value(u"organisationNumber").toString(),
        m_freg.value(u"clientOrganisationNumber").toString());
}

void TestBirthPkcs11::cliStoresAndChecksThePinOfAUri()
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert("MELDEKLIENT_ENVIRONMENT", "sandbox");
    // Its own issuer, so its own keychain entries (Environment::keychainService).
    variables.insert("MELDEKLIENT_ISSUER", m_sandbox.issuer().toString() + QStringLiteral("/cli"));
    variables.insert("MELDEKLIENT_CLIENT_ID", m_clientId);
    variables.insert("MELDEKLIENT_LANG", "en");
    variables.insert("MELDEKLIENT_FOLKEREGISTERET_URL", m_freg.value("url").toString());
    variables.insert("MELDEKLIENT_BIRTH_CERTIFICATE_FILE", uri());
    variables.insert("MELDEKLIENT_BIRTH_CA_FILE", m_freg.value("caFile").toString());

    const Test::CliProcess wrong
        = Test::CliProcess::run(variables, {"birth-certificate", "set-password"}, 60000, "0000\n");
    QCOMPARE(wrong.status, 1);
    QCOMPARE(wrong.lines().value(0).value("code").toString(), QStringLiteral("birth-certificate-password"));
    QVERIFY(!wrong.out.contains("0000") && !wrong.err.contains("0000"));
    const Test::CliProcess unchecked = Test::CliProcess::run(variables, {"birth-certificate", "check"});
    QCOMPARE(unchecked.status, 1); // nothing was stored
    QCOMPARE(unchecked.lines().value(0).value("code").toString(), QStringLiteral("birth-certificate-password"));

    const Test::CliProcess right
        = Test::CliProcess::run(variables, {"birth-certificate", "set-password"}, 60000, QByteArray(Pin) + '\n');
    QVERIFY2(right.status == 0, right.out.constData());
    QVERIFY(!right.out.contains(Pin) && !right.err.contains(Pin));
    const Test::CliProcess checked = Test::CliProcess::run(variables, {"birth-certificate", "check"});
    QCOMPARE(checked.status, 0);
    const QJsonObject line = checked.lines().value(0);
    QVERIFY(line.value("ok").toBool());
    QCOMPARE(line.value("certificateFile").toString(), uri());
    QCOMPARE(line.value("subject").toString(), QStringLiteral("SANDKASSE SYKEHUS HF"));

    // IT names one module instead of p11-kit's proxy: the same certificate through SoftHSM's module itself.
    QProcessEnvironment direct = variables;
    direct.insert("MELDEKLIENT_PKCS11_MODULE", SoftHsmModule);
    const Test::CliProcess viaModule = Test::CliProcess::run(direct, {"birth-certificate", "check"});
    QVERIFY2(viaModule.status == 0, viaModule.out.constData());
    QCOMPARE(viaModule.lines().value(0).value("subject").toString(), QStringLiteral("SANDKASSE SYKEHUS HF"));

    // What IT must install is named: the module, the engine.
    QProcessEnvironment noModule = variables;
    noModule.insert("MELDEKLIENT_PKCS11_MODULE", m_dir.filePath("no-such-module.so"));
    const Test::CliProcess withoutModule = Test::CliProcess::run(noModule, {"birth-certificate", "check"});
    QCOMPARE(withoutModule.status, 1);
    QCOMPARE(withoutModule.lines().value(0).value("code").toString(), QStringLiteral("birth-certificate-engine"));
    QVERIFY(withoutModule.lines().value(0).value("message").toString().contains(u"no-such-module.so"));
    QProcessEnvironment noEngine = variables;
    noEngine.insert("OPENSSL_ENGINES", m_dir.filePath("no-engines")); // where OpenSSL looks for pkcs11.so
    const Test::CliProcess withoutEngine = Test::CliProcess::run(noEngine, {"birth-certificate", "check"});
    QCOMPARE(withoutEngine.status, 1);
    QCOMPARE(withoutEngine.lines().value(0).value("code").toString(), QStringLiteral("birth-certificate-engine"));
    QVERIFY(withoutEngine.lines().value(0).value("message").toString().contains(u"libengine-pkcs11-openssl"));
}

QTEST_GUILESS_MAIN(TestBirthPkcs11)
#include "TestBirthPkcs11.moc"
