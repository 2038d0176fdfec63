#include "MemorySecretStore.h"

#include "core/auth/HeadlessBrowser.h"
#include "core/auth/HelseIdClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Auth;

// What the client decides before any network exchange. The flow itself is tested against the sandbox provider in
// tests/integration/auth.
class TestHelseIdClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainHttpIssuerIsRefused();
    void missingClientIdIsRefused();
    void notSignedInCannotAuthorizeRequests();
    void nothingStoredMeansNotSignedIn();
    void storedSessionOfAnotherIssuerIsNotUsed();
    void unavailableKeychainIsAnnounced();
    void expiredStoredRefreshTokenMeansSignInAgain();

private:
    static Error failureOf(HelseIdClient& client, const std::function<void()>& start)
    {
        QSignalSpy failed(&client, &HelseIdClient::signInFailed);
        start();
        if (failed.isEmpty() && !failed.wait(5000))
            return {"no-failure", {}};
        return failed.first().first().value<Error>();
    }
};

void TestHelseIdClient::plainHttpIssuerIsRefused()
{
    Config::Environment environment = Config::Environment::helseIdTest();
    environment.issuer = "http://helseid-sts.test.nhn.no";
    environment.clientId = "client";
    QNetworkAccessManager network;
    int requests = 0;
    connect(&network, &QNetworkAccessManager::finished, this, [&requests] { ++requests; });
    MemorySecretStore secrets;
    HeadlessBrowser browser(&network);
    HelseIdClient client(environment, &network, &secrets, &browser);
    const Error error = failureOf(client, [&] { client.signIn(); });
    QCOMPARE(error.code, QStringLiteral("insecure-endpoint"));
    QVERIFY(error.message.contains("https"));
    QCOMPARE(client.state(), HelseIdClient::State::SignedOut);
    QCOMPARE(requests, 0);
}

void TestHelseIdClient::missingClientIdIsRefused()
{
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    HelseIdClient client(Config::Environment::helseIdProduction(), &network, &secrets, nullptr);
    const Error error = failureOf(client, [&] { client.signIn(); });
    QCOMPARE(error.code, QStringLiteral("client-id-missing"));
}

void TestHelseIdClient::notSignedInCannotAuthorizeRequests()
{
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    HelseIdClient client(Config::Environment::sandbox(), &network, &secrets, nullptr);
    QNetworkRequest request(QUrl("https://api.example/x"));
    const Result<void> authorized = client.authorize(request, "GET");
    QVERIFY(!authorized.isOk());
    QCOMPARE(authorized.error().code, QStringLiteral("not-signed-in"));
    QVERIFY(request.rawHeader("Authorization").isEmpty());
    QVERIFY(request.rawHeader("DPoP").isEmpty());
}

void TestHelseIdClient::nothingStoredMeansNotSignedIn()
{
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    HelseIdClient client(Config::Environment::sandbox(), &network, &secrets, nullptr);
    const Error error = failureOf(client, [&] { client.restoreSession(); });
    QCOMPARE(error.code, QStringLiteral("not-signed-in"));
    QCOMPARE(client.state(), HelseIdClient::State::SignedOut);
}

void TestHelseIdClient::storedSessionOfAnotherIssuerIsNotUsed()
{
    QNetworkAccessManager network;
    int requests = 0;
    connect(&network, &QNetworkAccessManager::finished, this, [&requests] { ++requests; });
    MemorySecretStore secrets;
    secrets.entries.insert(HelseIdClient::sessionSecretKey(),
        R"({"issuer":"https://elsewhere.example","client_id":"meldeklient-sandbox","refresh_token":"rt"})");
    HelseIdClient client(Config::Environment::sandbox(), &network, &secrets, nullptr);
    const Error error = failureOf(client, [&] { client.restoreSession(); });
    QCOMPARE(error.code, QStringLiteral("not-signed-in"));
    QCOMPARE(requests, 0);
}

void TestHelseIdClient::unavailableKeychainIsAnnounced()
{
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    secrets.unavailable = true;
    HelseIdClient client(Config::Environment::sandbox(), &network, &secrets, nullptr);
    QSignalSpy notRemembered(&client, &HelseIdClient::notRemembered);
    QVERIFY(client.isRemembered());
    QVERIFY(client.clientKey().isOk());
    QVERIFY(!client.isRemembered());
    QCOMPARE(notRemembered.size(), 1);
    QCOMPARE(notRemembered.first().first().value<Error>().code, QStringLiteral("secret-store-unavailable"));
    // The same key stays in use for the session.
    QCOMPARE(client.clientKey()->thumbprint(), client.clientKey()->thumbprint());
}

void TestHelseIdClient::expiredStoredRefreshTokenMeansSignInAgain()
{
    QNetworkAccessManager network;
    int requests = 0;
    connect(&network, &QNetworkAccessManager::finished, this, [&requests] { ++requests; });
    MemorySecretStore secrets;
    const Config::Environment environment = Config::Environment::sandbox();
    secrets.entries.insert(HelseIdClient::sessionSecretKey(),
        QJsonDocument(QJsonObject {{"issuer", environment.issuer}, {"client_id", environment.clientId},
                          {"refresh_token", "rt"}, {"refresh_expires_at", 1000.0}})
            .toJson());
    HelseIdClient client(environment, &network, &secrets, nullptr);
    QSignalSpy lost(&client, &HelseIdClient::mustSignInAgain);
    client.restoreSession();
    QCOMPARE(lost.size(), 1);
    QCOMPARE(lost.first().first().value<Error>().code, QStringLiteral("refresh-token-expired"));
    QCOMPARE(client.state(), HelseIdClient::State::MustSignInAgain);
    QVERIFY(!secrets.entries.contains(HelseIdClient::sessionSecretKey()));
    QCOMPARE(requests, 0);
}

QTEST_GUILESS_MAIN(TestHelseIdClient)
#include "TestHelseIdClient.moc"
