#include "SignInHarness.h"

#include "core/auth/jose/AccessTokenHash.h"
#include "core/common/KeychainSecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Meldeklient;
using namespace Meldeklient::Auth;
using Meldeklient::Test::SandboxProcess;
using Meldeklient::Test::SignInHarness;

namespace {
// Synthetic persons of the sandbox's test IdP (tests/sandbox/README.md).
const QString Pid = "14927604036";
const QString Hpr = "565505933";
const QString Name = "Vilde Testlege Sandkasse";
const QString PidWithoutHpr = "07826694070";

SignInOptions asTestPerson(const QString& level = "4", const QString& pid = Pid)
{
    SignInOptions options;
    options.provider = IdentityProvider::TestIdp;
    options.testPid = pid;
    options.testSecurityLevel = level;
    return options;
}
// A stand-in resource server: answers the n-th request (from 1) with answer(n) and records the DPoP proofs and
// Authorization headers it was sent.
class StandInApi : public QTcpServer
{
public:
    explicit StandInApi(std::function<QByteArray(int)> answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray head = socket->peek(65536);
                if (!head.contains("\r\n\r\n"))
                    return;
                socket->readAll();
                for (const QByteArray& line : head.split('\n')) {
                    if (line.toLower().startsWith("dpop:"))
                        proofs.append(line.mid(5).trimmed());
                    if (line.toLower().startsWith("authorization:"))
                        authorizations.append(line.mid(14).trimmed());
                }
                socket->write(m_answer(++m_requests));
                socket->disconnectFromHost();
            });
        });
    }

    static QByteArray ok()
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\nConnection: close\r\n\r\n"
               "{\"ok\":true}";
    }

    // POSTs "{}" to it through sendAuthorized() and waits for the final response.
    std::optional<HttpResponse> postFrom(HelseIdClient& client)
    {
        std::optional<HttpResponse> outcome;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/dodsmelding").arg(serverPort())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        client.sendAuthorized(request, "POST", "{}", [&outcome](const HttpResponse& response) { outcome = response; });
        for (int i = 0; i < 100 && !outcome; ++i)
            QTest::qWait(100);
        return outcome;
    }

    QList<QByteArray> proofs;
    QList<QByteArray> authorizations;

private:
    std::function<QByteArray(int)> m_answer;
    int m_requests = 0;
};
} // namespace

// The C++ client end to end against the HelseID-like sandbox provider (oidc-provider), with the real
// gnome-keyring behind KeychainSecretStore: PAR → authorize → callback → DPoP token with nonce retry → ID token
// validation → refresh rotation → restart → sign-out, and each refusal the sign-in must make.
class TestHelseIdSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void fullSignInRefreshRestartAndSignOut();
    void refreshIsScheduledAt80PercentOfLifetime();
    void wrongClockIsCorrectedFromDateHeader();
    void idPortenChoiceIsAccepted();
    void securityLevel2IsRefused();
    void personWithoutHprIsRefused();
    void callbackFaultsAreRefused_data();
    void callbackFaultsAreRefused();
    void callbackWithWrongStateIsIgnored();
    void idTokenFaultsAreRefused_data();
    void idTokenFaultsAreRefused();
    void unknownKidIsRefusedAfterOneJwksRefetch();
    void rotatedProviderKeyIsAcceptedAfterJwksRefetch();
    void revokedRefreshTokenMeansSignInAgain();
    void refusedRenewedIdTokenKeepsTheSession();
    void replayedOldRefreshTokenMeansSignInAgain();
    void apiRequestRetriesOnceWithTheApiNonce();
    void apiRequestRenewsRefusedProofAndTokenOnce_data();
    void apiRequestRenewsRefusedProofAndTokenOnce();
    void signOutDuringRefreshStaysSignedOut();
    void restoredSessionMustStayWithTheSamePerson();

private:
    std::unique_ptr<SignInHarness> harness();
    QString storedSession();

    SandboxProcess m_sandbox;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    QString m_service;
    int m_clients = 0;
};

void TestHelseIdSignIn::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    m_service = "no.meldeklient.test.signin." + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_secrets = std::make_unique<KeychainSecretStore>(m_service, 10000);
    if (!m_secrets->probe())
        QSKIP("The Secret Service keychain does not accept writes here (no unlocked gnome-keyring).");
    MELDEKLIENT_START_SANDBOX(m_sandbox);
}

void TestHelseIdSignIn::cleanup()
{
    if (m_sandbox.isRunning())
        QVERIFY(m_sandbox.admin("reset").ok());
    if (m_secrets) {
        QVERIFY(m_secrets->remove(HelseIdClient::sessionSecretKey()).isOk());
        QVERIFY(m_secrets->remove(ClientKeyStore::secretKey()).isOk());
    }
}

void TestHelseIdSignIn::cleanupTestCase()
{
    m_sandbox.stop();
}

std::unique_ptr<SignInHarness> TestHelseIdSignIn::harness()
{
    auto result = std::make_unique<SignInHarness>(
        m_sandbox, m_secrets.get(), QStringLiteral("meldeklient-test-%1").arg(++m_clients));
    if (!result->registerClient(m_sandbox))
        return nullptr;
    return result;
}

QString TestHelseIdSignIn::storedSession()
{
    const Result<QByteArray> stored = m_secrets->read(HelseIdClient::sessionSecretKey());
    return stored ? QString::fromUtf8(stored.value()) : QString();
}

void TestHelseIdSignIn::fullSignInRefreshRestartAndSignOut()
{
    auto h = harness();
    QVERIFY(h);
    QSignalSpy notRemembered(h->client.get(), &HelseIdClient::notRemembered);

    const Result<SignedInUser> user = h->signIn(asTestPerson());
    QVERIFY2(user.isOk(), qPrintable(user.isOk() ? QString() : user.error().code + ": " + user.error().message));
    QCOMPARE(user->name, Name);
    QCOMPARE(user->hprNumber, Hpr);
    QCOMPARE(user->pid, Pid);
    QCOMPARE(user->securityLevel, 4);
    QCOMPARE(user->environment, QStringLiteral("sandbox"));
    QCOMPARE(h->client->state(), HelseIdClient::State::SignedIn);
    QVERIFY(h->client->isRemembered());
    QCOMPARE(notRemembered.size(), 0);

    // The token endpoint demanded a DPoP nonce first; the client retried exactly once.
    QCOMPARE(h->client->tokenRequestCount(), 2);
    QCOMPARE(h->client->dpopNonceRetryCount(), 1);
    // The browser went through the loopback callback with a code.
    QCOMPARE(h->callbackCodes().size(), 1);
    // /authorize got only client_id and request_uri (FAPI 2.0).
    for (const QString& url : h->network.urls) {
        if (QUrl(url).path() == "/connect/authorize") {
            const QUrlQuery query((QUrl(url)));
            QCOMPARE(query.queryItems().size(), 2);
            QVERIFY(query.hasQueryItem("request_uri"));
            QVERIFY(query.hasQueryItem("client_id"));
        }
    }

    // The access token is DPoP-bound to our key, for the death-notification API, and authorize() adds a proof
    // with ath for the API request.
    const QByteArray accessToken = h->accessToken();
    QVERIFY(!accessToken.isEmpty());
    const QJsonObject claims = SignInHarness::jwtClaims(accessToken);
    QCOMPARE(claims.value("cnf").toObject().value("jkt").toString().toLatin1(), h->client->clientKey()->thumbprint());
    QCOMPARE(claims.value("aud").toString(), QStringLiteral("nhn:dodsmelding"));
    QNetworkRequest apiRequest(QUrl("http://127.0.0.1:9/api/v1/dodsmelding?x=1"));
    QVERIFY(h->client->authorize(apiRequest, "POST", "api-nonce").isOk());
    QVERIFY(apiRequest.rawHeader("Authorization").startsWith("DPoP "));
    const QJsonObject proof = SignInHarness::jwtClaims(apiRequest.rawHeader("DPoP"));
    QCOMPARE(proof.value("htm").toString(), QStringLiteral("POST"));
    QCOMPARE(proof.value("htu").toString(), QStringLiteral("http://127.0.0.1:9/api/v1/dodsmelding"));
    QCOMPARE(proof.value("nonce").toString(), QStringLiteral("api-nonce"));
    QCOMPARE(proof.value("ath").toString().toLatin1(), Jose::AccessTokenHash::ath(accessToken));
    QCOMPARE(SignInHarness::jwtHeader(apiRequest.rawHeader("DPoP")).value("typ").toString(),
        QStringLiteral("dpop+jwt"));

    // The keychain holds the refresh token (never the access token).
    const QString firstSession = storedSession();
    QVERIFY(firstSession.contains("refresh_token"));
    QVERIFY(!firstSession.contains(QString::fromLatin1(accessToken)));
    const QString firstRefreshToken
        = QJsonDocument::fromJson(firstSession.toUtf8()).object().value("refresh_token").toString();
    QVERIFY(!firstRefreshToken.isEmpty());

    // Refresh rotates the refresh token; the keychain has the new one.
    QSignalSpy refreshed(h->client.get(), &HelseIdClient::tokensRefreshed);
    QVERIFY(h->refresh().isOk());
    QCOMPARE(refreshed.size(), 1);
    const QString secondRefreshToken
        = QJsonDocument::fromJson(storedSession().toUtf8()).object().value("refresh_token").toString();
    QVERIFY(!secondRefreshToken.isEmpty());
    QVERIFY(secondRefreshToken != firstRefreshToken);
    QVERIFY(h->accessToken() != accessToken);
    QCOMPARE(h->client->user()->hprNumber, Hpr);

    // A restart: a new client resumes the stored sign-in from the keychain.
    SignInHarness restarted(m_sandbox, m_secrets.get(), h->environment.clientId);
    const Result<SignedInUser> resumed = restarted.restore();
    QVERIFY2(resumed.isOk(), qPrintable(resumed.isOk() ? QString() : resumed.error().code));
    QCOMPARE(resumed->hprNumber, Hpr);
    QCOMPARE(resumed->securityLevel, 4);
    QCOMPARE(restarted.client->clientKey()->thumbprint(), h->client->clientKey()->thumbprint());

    // Sign-out: the end-session page is opened with id_token_hint and the keychain entry is wiped.
    QSignalSpy signedOut(restarted.client.get(), &HelseIdClient::signedOut);
    QSignalSpy pageDone(&restarted.browser, &HeadlessBrowser::finished);
    QSignalSpy pageFailed(&restarted.browser, &HeadlessBrowser::navigationFailed);
    QVERIFY(restarted.client->signOut());
    QCOMPARE(signedOut.size(), 1);
    for (int i = 0; i < 100 && pageDone.isEmpty() && pageFailed.isEmpty(); ++i)
        QTest::qWait(100);
    QVERIFY2(pageFailed.isEmpty(), qPrintable(pageFailed.value(0).value(0).value<Error>().message));
    QCOMPARE(pageDone.size(), 1);
    bool endSessionVisited = false;
    for (const QString& url : restarted.network.urls)
        endSessionVisited = endSessionVisited
            || (QUrl(url).path() == "/connect/endsession" && QUrlQuery(QUrl(url)).hasQueryItem("id_token_hint"));
    QVERIFY(endSessionVisited);
    QCOMPARE(restarted.client->state(), HelseIdClient::State::SignedOut);
    QVERIFY(!restarted.client->user().has_value());
    QVERIFY(restarted.accessToken().isEmpty());
    const Result<QByteArray> afterSignOut = m_secrets->read(HelseIdClient::sessionSecretKey());
    QVERIFY(!afterSignOut.isOk());
    QCOMPARE(afterSignOut.error().code, QStringLiteral("secret-not-found"));

    // And nobody is signed in after the next start.
    SignInHarness later(m_sandbox, m_secrets.get(), h->environment.clientId);
    const Result<SignedInUser> none = later.restore();
    QVERIFY(!none.isOk());
    QCOMPARE(none.error().code, QStringLiteral("not-signed-in"));
}

void TestHelseIdSignIn::refreshIsScheduledAt80PercentOfLifetime()
{
    qint64 now = 1'900'000'000;
    auto h = std::make_unique<SignInHarness>(m_sandbox, m_secrets.get(), QStringLiteral("meldeklient-clock"),
        AuthClock([&now] { return now; }));
    QVERIFY(h->registerClient(m_sandbox));
    const Result<SignedInUser> user = h->signIn(asTestPerson());
    QVERIFY2(user.isOk(), qPrintable(user.isOk() ? QString() : user.error().code));
    const qint64 corrected = AuthClock([&now] { return now; }).nowSeconds();
    Q_UNUSED(corrected)
    // The sandbox's access tokens live 600 s: refresh after 480 s.
    QCOMPARE(h->client->accessTokenExpiresAt() - h->client->refreshDueAt(), qint64(120));
    // Expiry: once the (injected) clock passes the expiry, the token is no longer handed out.
    QVERIFY(!h->accessToken().isEmpty());
    now += 600;
    QNetworkRequest request(QUrl("http://127.0.0.1:9/api"));
    const Result<void> expired = h->client->authorize(request, "GET");
    QVERIFY(!expired.isOk());
    QCOMPARE(expired.error().code, QStringLiteral("access-token-expired"));
}

void TestHelseIdSignIn::wrongClockIsCorrectedFromDateHeader()
{
    // The local clock is an hour slow: assertions and DPoP proofs would be refused without the Date correction.
    auto h = std::make_unique<SignInHarness>(m_sandbox, m_secrets.get(), QStringLiteral("meldeklient-skew"),
        AuthClock([] { return QDateTime::currentSecsSinceEpoch() - 3600; }));
    QVERIFY(h->registerClient(m_sandbox));
    const Result<SignedInUser> user = h->signIn(asTestPerson());
    QVERIFY2(user.isOk(), qPrintable(user.isOk() ? QString() : user.error().code + ": " + user.error().message));
}

void TestHelseIdSignIn::idPortenChoiceIsAccepted()
{
    auto h = harness();
    QVERIFY(h);
    SignInOptions options = asTestPerson();
    options.provider = IdentityProvider::IdPorten;
    const Result<SignedInUser> user = h->signIn(options);
    QVERIFY2(user.isOk(), qPrintable(user.isOk() ? QString() : user.error().code));
}

void TestHelseIdSignIn::securityLevel2IsRefused()
{
    auto h = harness();
    QVERIFY(h);
    const Result<SignedInUser> user = h->signIn(asTestPerson("2"));
    QVERIFY(!user.isOk());
    QCOMPARE(user.error().code, QStringLiteral("id-token-security-level"));
    QVERIFY(!user.error().message.isEmpty());
    QCOMPARE(h->client->state(), HelseIdClient::State::SignedOut);
    QVERIFY(storedSession().isEmpty());
    QVERIFY(h->accessToken().isEmpty());
}

void TestHelseIdSignIn::personWithoutHprIsRefused()
{
    auto h = harness();
    QVERIFY(h);
    const Result<SignedInUser> user = h->signIn(asTestPerson("4", PidWithoutHpr));
    QVERIFY(!user.isOk());
    QCOMPARE(user.error().code, QStringLiteral("id-token-missing-hpr"));
}

void TestHelseIdSignIn::callbackFaultsAreRefused_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong iss") << "wrong_iss" << "callback-issuer-mismatch";
    QTest::newRow("missing iss") << "missing_iss" << "callback-issuer-mismatch";
}

void TestHelseIdSignIn::callbackFaultsAreRefused()
{
    QFETCH(QString, fault);
    QFETCH(QString, code);
    auto h = harness();
    QVERIFY(h);
    QVERIFY(m_sandbox.admin("faults", {{"callback", fault}}).ok());
    const Result<SignedInUser> user = h->signIn(asTestPerson());
    QVERIFY(!user.isOk());
    QCOMPARE(user.error().code, code);
    QVERIFY(!user.error().message.isEmpty());
    // The code was never exchanged.
    QCOMPARE(h->client->tokenRequestCount(), 0);
    QCOMPARE(h->client->state(), HelseIdClient::State::SignedOut);
}

void TestHelseIdSignIn::callbackWithWrongStateIsIgnored()
{
    // Issue 9 item 14: a callback with a wrong state (forged by any local process) must not end the sign-in; the
    // receiver keeps waiting for the real one, here until the callback timeout.
    auto h = harness();
    QVERIFY(h);
    h->client->setCallbackTimeoutMs(3000);
    QVERIFY(m_sandbox.admin("faults", {{"callback", "wrong_state"}}).ok());
    const Result<SignedInUser> user = h->signIn(asTestPerson());
    QVERIFY(!user.isOk());
    QCOMPARE(user.error().code, QStringLiteral("callback-timeout"));
    QCOMPARE(h->client->tokenRequestCount(), 0);
    QCOMPARE(h->client->state(), HelseIdClient::State::SignedOut);
}

void TestHelseIdSignIn::idTokenFaultsAreRefused_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong aud") << "wrong_aud" << "id-token-audience";
    QTest::newRow("wrong nonce") << "wrong_nonce" << "id-token-nonce";
    QTest::newRow("wrong iss") << "wrong_iss" << "id-token-issuer";
    QTest::newRow("expired") << "expired" << "id-token-expired";
    QTest::newRow("alg none") << "alg_none" << "jwt-alg-not-allowed";
    QTest::newRow("bad signature") << "bad_signature" << "jwt-signature";
}

void TestHelseIdSignIn::idTokenFaultsAreRefused()
{
    QFETCH(QString, fault);
    QFETCH(QString, code);
    auto h = harness();
    QVERIFY(h);
    QVERIFY(m_sandbox.admin("faults", {{"id_token", fault}}).ok());
    const Result<SignedInUser> user = h->signIn(asTestPerson());
    QVERIFY(!user.isOk());
    QCOMPARE(user.error().code, code);
    QVERIFY(!user.error().message.isEmpty());
    QCOMPARE(h->client->state(), HelseIdClient::State::SignedOut);
    QVERIFY(h->accessToken().isEmpty());
    QVERIFY(storedSession().isEmpty());
}

void TestHelseIdSignIn::unknownKidIsRefusedAfterOneJwksRefetch()
{
    auto h = harness();
    QVERIFY(h);
    QVERIFY(m_sandbox.admin("faults", {{"id_token", "unknown_kid"}}).ok());
    const Result<SignedInUser> user = h->signIn(asTestPerson());
    QVERIFY(!user.isOk());
    QCOMPARE(user.error().code, QStringLiteral("jwt-unknown-kid"));
    // Fetched once, then once more for the unknown kid, and no more.
    QCOMPARE(h->client->jwksFetchCount(), 2);
}

void TestHelseIdSignIn::rotatedProviderKeyIsAcceptedAfterJwksRefetch()
{
    auto h = harness();
    QVERIFY(h);
    // Prime the JWKS cache with the old key.
    QVERIFY(h->signIn(asTestPerson()).isOk());
    QCOMPARE(h->client->jwksFetchCount(), 1);
    QVERIFY(m_sandbox.admin("faults", {{"id_token", "rotated_key"}}).ok());
    const Result<SignedInUser> user = h->signIn(asTestPerson());
    QVERIFY2(user.isOk(), qPrintable(user.isOk() ? QString() : user.error().code));
    QCOMPARE(h->client->jwksFetchCount(), 2);
}

// Issue 9 item 9: a renewed ID token that fails its check (here expired) must not end the session: the rotated
// refresh token is stored before the check, the new access token is not used, and the next refresh works, in this
// process and after a restart. Only another person in the renewed token ends it.
void TestHelseIdSignIn::refusedRenewedIdTokenKeepsTheSession()
{
    auto h = harness();
    QVERIFY(h);
    QVERIFY(h->signIn(asTestPerson()).isOk());
    const QString before = storedSession();
    const QByteArray accessBefore = h->accessToken();
    QVERIFY(m_sandbox.admin("faults", {{"id_token", "expired"}}).ok());
    const Result<void> refused = h->refresh();
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, QStringLiteral("id-token-expired"));
    QCOMPARE(h->client->state(), HelseIdClient::State::SignedIn);
    QVERIFY(h->client->user().has_value());
    QCOMPARE(h->accessToken(), accessBefore); // the unchecked answer's access token is not used
    const QString rotated = storedSession();
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != before); // the rotated refresh token was kept

    QVERIFY(m_sandbox.admin("faults", {{"id_token", QJsonValue()}}).ok());
    const Result<void> again = h->refresh();
    QVERIFY2(again.isOk(), qPrintable(again.isOk() ? QString() : again.error().code));
    QVERIFY(h->accessToken() != accessBefore);

    // The same after a restart: the refused check during restore leaves the stored session usable.
    QVERIFY(m_sandbox.admin("faults", {{"id_token", "bad_signature"}}).ok());
    {
        SignInHarness restarted(m_sandbox, m_secrets.get(), h->environment.clientId);
        QVERIFY(!restarted.restore().isOk());
    }
    QVERIFY(m_sandbox.admin("faults", {{"id_token", QJsonValue()}}).ok());
    SignInHarness restarted(m_sandbox, m_secrets.get(), h->environment.clientId);
    const Result<SignedInUser> resumed = restarted.restore();
    QVERIFY2(resumed.isOk(), qPrintable(resumed.isOk() ? QString() : resumed.error().code));
}

void TestHelseIdSignIn::revokedRefreshTokenMeansSignInAgain()
{
    auto h = harness();
    QVERIFY(h);
    QVERIFY(h->signIn(asTestPerson()).isOk());
    QVERIFY(!storedSession().isEmpty());
    QVERIFY(m_sandbox.admin("revoke-refresh-tokens", {{"pid", Pid}}).ok());

    QSignalSpy lost(h->client.get(), &HelseIdClient::mustSignInAgain);
    const Result<void> refreshed = h->refresh();
    QVERIFY(!refreshed.isOk());
    QCOMPARE(refreshed.error().code, QStringLiteral("token-invalid-grant"));
    QCOMPARE(lost.size(), 1);
    QVERIFY(lost.first().first().value<Error>().message.contains("sign in again"));
    QCOMPARE(h->client->state(), HelseIdClient::State::MustSignInAgain);
    QVERIFY(!h->client->user().has_value());
    QVERIFY(h->accessToken().isEmpty());
    // The dead token is not kept in the keychain.
    QVERIFY(storedSession().isEmpty());
    // Signing in again works.
    QVERIFY(h->signIn(asTestPerson()).isOk());
    QCOMPARE(h->client->state(), HelseIdClient::State::SignedIn);
}

void TestHelseIdSignIn::replayedOldRefreshTokenMeansSignInAgain()
{
    auto h = harness();
    QVERIFY(h);
    QVERIFY(h->signIn(asTestPerson()).isOk());
    const QString oldSession = storedSession();
    QVERIFY(h->refresh().isOk());
    // Put the rotated-away token back, as a crash between rotation and storage would without atomic storage.
    QVERIFY(m_secrets->write(HelseIdClient::sessionSecretKey(), oldSession.toUtf8()).isOk());
    SignInHarness restarted(m_sandbox, m_secrets.get(), h->environment.clientId);
    const Result<SignedInUser> resumed = restarted.restore();
    QVERIFY(!resumed.isOk());
    QCOMPARE(resumed.error().code, QStringLiteral("token-invalid-grant"));
    QCOMPARE(restarted.client->state(), HelseIdClient::State::MustSignInAgain);
}

void TestHelseIdSignIn::apiRequestRetriesOnceWithTheApiNonce()
{
    // A stand-in resource server that asks for a DPoP nonce the way RFC 9449 §9 describes, then accepts.
    StandInApi api([](int request) {
        return request == 1
            ? QByteArray("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: DPoP error=\"use_dpop_nonce\"\r\n"
                         "DPoP-Nonce: api-nonce-1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            : StandInApi::ok();
    });
    QVERIFY(api.listen(QHostAddress::LocalHost));

    auto h = harness();
    QVERIFY(h);
    QVERIFY(h->signIn(asTestPerson()).isOk());
    const std::optional<HttpResponse> outcome = api.postFrom(*h->client);
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->status, 200);
    QCOMPARE(api.proofs.size(), 2);
    QVERIFY(!SignInHarness::jwtClaims(api.proofs.at(0)).contains("nonce"));
    const QJsonObject retried = SignInHarness::jwtClaims(api.proofs.at(1));
    QCOMPARE(retried.value("nonce").toString(), QStringLiteral("api-nonce-1"));
    QCOMPARE(retried.value("htm").toString(), QStringLiteral("POST"));
    QVERIFY(retried.value("jti").toString() != SignInHarness::jwtClaims(api.proofs.at(0)).value("jti").toString());
    QCOMPARE(api.authorizations.value(1), "DPoP " + h->accessToken());
    QCOMPARE(retried.value("ath").toString().toLatin1(), Jose::AccessTokenHash::ath(h->accessToken()));
}

void TestHelseIdSignIn::apiRequestRenewsRefusedProofAndTokenOnce_data()
{
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<int>("refusals");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<int>("expectedRefreshes");
    QTest::newRow("invalid_token: refreshed and resent") << QByteArray("invalid_token") << 1 << 200 << 2 << 1;
    QTest::newRow("invalid_token twice: one refresh only") << QByteArray("invalid_token") << 5 << 401 << 2 << 1;
    QTest::newRow("invalid_dpop_proof: fresh proof") << QByteArray("invalid_dpop_proof") << 1 << 200 << 2 << 0;
    QTest::newRow("invalid_dpop_proof twice: once only") << QByteArray("invalid_dpop_proof") << 5 << 401 << 2 << 0;
}

void TestHelseIdSignIn::apiRequestRenewsRefusedProofAndTokenOnce()
{
    QFETCH(QByteArray, error);
    QFETCH(int, refusals);
    QFETCH(int, expectedStatus);
    QFETCH(int, expectedRequests);
    QFETCH(int, expectedRefreshes);
    // A stand-in resource server that refuses the first `refusals` requests the way RFC 9449 §7.1 / RFC 6750 §3.1
    // describe, then accepts.
    StandInApi api([&](int request) {
        return request <= refusals
            ? "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: DPoP error=\"" + error
                + "\", error_description=\"refused\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            : StandInApi::ok();
    });
    QVERIFY(api.listen(QHostAddress::LocalHost));

    auto h = harness();
    QVERIFY(h);
    QVERIFY(h->signIn(asTestPerson()).isOk());
    const int tokenRequests = h->client->tokenRequestCount();
    const std::optional<HttpResponse> outcome = api.postFrom(*h->client);
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->status, expectedStatus);
    QCOMPARE(api.proofs.size(), expectedRequests);
    QCOMPARE(h->client->tokenRequestCount(), tokenRequests + expectedRefreshes);
    // The resend has a new proof; after a refresh also the new access token.
    QVERIFY(SignInHarness::jwtClaims(api.proofs.at(1)).value("jti")
        != SignInHarness::jwtClaims(api.proofs.at(0)).value("jti"));
    QCOMPARE(api.authorizations.value(1), "DPoP " + h->accessToken());
    QCOMPARE(api.authorizations.value(0) != api.authorizations.value(1), expectedRefreshes > 0);
    QCOMPARE(h->client->state(), HelseIdClient::State::SignedIn);
}

void TestHelseIdSignIn::signOutDuringRefreshStaysSignedOut()
{
    auto h = harness();
    QVERIFY(h);
    QVERIFY(h->signIn(asTestPerson()).isOk());
    std::optional<Result<void>> refreshed;
    h->client->refreshNow([&refreshed](const Result<void>& result) { refreshed = result; });
    h->client->signOut();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 10000);
    QVERIFY(!refreshed->isOk());
    QCOMPARE(refreshed->error().code, QStringLiteral("session-replaced"));
    // The late answer did not bring the session back.
    QTest::qWait(300);
    QCOMPARE(h->client->state(), HelseIdClient::State::SignedOut);
    QVERIFY(h->accessToken().isEmpty());
    QVERIFY(storedSession().isEmpty());
}

void TestHelseIdSignIn::restoredSessionMustStayWithTheSamePerson()
{
    auto h = harness();
    QVERIFY(h);
    QVERIFY(h->signIn(asTestPerson()).isOk());
    QJsonObject session = QJsonDocument::fromJson(storedSession().toUtf8()).object();
    QCOMPARE(session.value("sub").toString(), h->client->user()->subject);
    session.insert("sub", "somebody-else");
    QVERIFY(m_secrets->write(HelseIdClient::sessionSecretKey(), QJsonDocument(session).toJson()).isOk());
    SignInHarness restarted(m_sandbox, m_secrets.get(), h->environment.clientId);
    const Result<SignedInUser> resumed = restarted.restore();
    QVERIFY(!resumed.isOk());
    QCOMPARE(resumed.error().code, QStringLiteral("id-token-subject-changed"));
    QVERIFY(!restarted.client->user().has_value());
}

QTEST_GUILESS_MAIN(TestHelseIdSignIn)
#include "TestHelseIdSignIn.moc"
