#include "SignInHarness.h"

#include "core/common/KeychainSecretStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Auth;
using Meldeklient::Test::SandboxProcess;
using Meldeklient::Test::SignInHarness;

// A machine where no keychain answers (D-Bus address leads nowhere, set by CTest): the real KeychainSecretStore
// fails as "secret-store-unavailable". Signing in must still work for this session, say plainly that it will not
// be remembered, and write nothing anywhere else.
class TestSignInWithoutKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signsInWithoutRemembering();

private:
    QStringList filesUnder(const QString& path) const;

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
};

QStringList TestSignInWithoutKeychain::filesUnder(const QString& path) const
{
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

void TestSignInWithoutKeychain::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Where anything "remembered" on disk would land.
    for (const char* variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, m_home.path().toLocal8Bit());
    KeychainSecretStore probe("no.meldeklient.test.nokeychain", 5000);
    if (probe.probe())
        QSKIP("A keychain answers here; this test needs DBUS_SESSION_BUS_ADDRESS pointing nowhere (set by CTest).");
    MELDEKLIENT_START_SANDBOX(m_sandbox);
}

void TestSignInWithoutKeychain::signsInWithoutRemembering()
{
    KeychainSecretStore secrets("no.meldeklient.test.nokeychain", 5000);
    SignInHarness h(m_sandbox, &secrets, "meldeklient-no-keychain");
    QSignalSpy notRemembered(h.client.get(), &HelseIdClient::notRemembered);
    QVERIFY(h.registerClient(m_sandbox));
    // The key could not be stored: said at once.
    QVERIFY(!h.client->isRemembered());
    QVERIFY(!h.client->keyStore().isRemembered());
    QCOMPARE(notRemembered.size(), 1);
    const Error error = notRemembered.first().first().value<Error>();
    QCOMPARE(error.code, QStringLiteral("secret-store-unavailable"));
    QVERIFY(error.message.contains("not be remembered"));

    SignInOptions options;
    options.provider = IdentityProvider::TestIdp;
    options.testPid = "14927604036";
    const Result<SignedInUser> user = h.signIn(options);
    QVERIFY2(user.isOk(), qPrintable(user.isOk() ? QString() : user.error().code + ": " + user.error().message));
    QCOMPARE(user->hprNumber, QStringLiteral("565505933"));
    QCOMPARE(h.client->state(), HelseIdClient::State::SignedIn);
    QVERIFY(!h.client->isRemembered());
    QCOMPARE(notRemembered.size(), 1); // said once, not on every write

    // The session works: refresh with rotation happens in memory.
    QVERIFY(h.refresh().isOk());
    QVERIFY(!h.accessToken().isEmpty());

    // Nothing was written to disk instead.
    QVERIFY2(filesUnder(m_home.path()).isEmpty(), qPrintable(filesUnder(m_home.path()).join(", ")));

    // After a "restart" nobody is signed in, and the reason is the keychain.
    SignInHarness restarted(m_sandbox, &secrets, "meldeklient-no-keychain");
    const Result<SignedInUser> resumed = restarted.restore();
    QVERIFY(!resumed.isOk());
    QCOMPARE(resumed.error().code, QStringLiteral("secret-store-unavailable"));
}

QTEST_GUILESS_MAIN(TestSignInWithoutKeychain)
#include "TestSignInWithoutKeychain.moc"
