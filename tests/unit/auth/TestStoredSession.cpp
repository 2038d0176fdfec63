#include "core/auth/HelseIdClient.h"
#include "core/auth/StoredSession.h"
#include "core/config/Environment.h"

#include "MemorySecretStore.h"

#include <QTest>

using namespace Meldeklient;
using Meldeklient::Auth::StoredSession;

// The one owner of the stored session's format: what HelseIdClient persists, Session reads (whose outbox it is).
class TestStoredSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughTheKeychain();
    void nothingStoredIsNotSignedIn();
    void belongsOnlyToItsIssuerAndClient();
};

void TestStoredSession::roundTripsThroughTheKeychain()
{
    MemorySecretStore secrets;
    StoredSession session;
    session.issuer = "https://helseid-sts.test.nhn.no";
    session.clientId = "client";
    session.refreshToken = "rt";
    session.nonce = "n";
    session.subject = "sub-pseudonym";
    session.resource = "nhn:dodsmelding";
    session.refreshExpiresAt = 1234567890;
    QVERIFY(session.write(secrets));
    QVERIFY(secrets.entries.contains(Auth::HelseIdClient::sessionSecretKey()));
    const Result<StoredSession> read = StoredSession::read(secrets);
    QVERIFY(read);
    QCOMPARE(read->subject, session.subject);
    QCOMPARE(read->refreshToken, session.refreshToken);
    QCOMPARE(read->resource, session.resource);
    QCOMPARE(read->refreshExpiresAt, session.refreshExpiresAt);
    QVERIFY(StoredSession::remove(secrets));
    QCOMPARE(StoredSession::read(secrets).error().code, QString("not-signed-in"));
}

void TestStoredSession::nothingStoredIsNotSignedIn()
{
    MemorySecretStore secrets;
    QCOMPARE(StoredSession::read(secrets).error().code, QString("not-signed-in"));
    secrets.entries.insert(StoredSession::secretKey(), "not json");
    QCOMPARE(StoredSession::read(secrets).error().code, QString("not-signed-in"));
    secrets.unavailable = true;
    QCOMPARE(StoredSession::read(secrets).error().code, QString("secret-store-unavailable"));
}

void TestStoredSession::belongsOnlyToItsIssuerAndClient()
{
    const Config::Environment sandbox = Config::Environment::sandbox();
    StoredSession session;
    session.issuer = sandbox.issuer;
    session.clientId = sandbox.clientId;
    QVERIFY(session.belongsTo(sandbox));
    session.clientId = "another";
    QVERIFY(!session.belongsTo(sandbox));
    session.clientId = sandbox.clientId;
    QVERIFY(!session.belongsTo(Config::Environment::helseIdTest()));
}

QTEST_GUILESS_MAIN(TestStoredSession)
#include "TestStoredSession.moc"
