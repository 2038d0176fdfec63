#include "SignInHarness.h"

#include "core/auth/jose/Base64Url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace Meldeklient::Test {

SignInHarness::SignInHarness(SandboxProcess& sandbox, SecretStore* secrets, const QString& clientId,
    Auth::AuthClock clock)
    : environment(Config::Environment::sandbox())
    , browser(&network)
{
    environment.issuer = sandbox.issuer().toString();
    environment.clientId = clientId;
    client = std::make_unique<Auth::HelseIdClient>(environment, &network, secrets, &browser, std::move(clock));
    client->setCallbackTimeoutMs(20000);
}

bool SignInHarness::registerClient(SandboxProcess& sandbox)
{
    const Result<Auth::Jose::Jwk> key = client->clientKey();
    if (!key)
        return false;
    return sandbox.registerClient(environment.clientId, key->toPublicJson()).ok();
}

Result<Auth::SignedInUser> SignInHarness::run(const std::function<void()>& start)
{
    QSignalSpy signedIn(client.get(), &Auth::HelseIdClient::signedIn);
    QSignalSpy failed(client.get(), &Auth::HelseIdClient::signInFailed);
    QSignalSpy lost(client.get(), &Auth::HelseIdClient::mustSignInAgain);
    start();
    for (int i = 0; i < 300 && signedIn.isEmpty() && failed.isEmpty() && lost.isEmpty(); ++i)
        QTest::qWait(100);
    if (!signedIn.isEmpty())
        return signedIn.first().first().value<Auth::SignedInUser>();
    if (!failed.isEmpty())
        return failed.first().first().value<Error>();
    if (!lost.isEmpty())
        return lost.first().first().value<Error>();
    return Error {"test-timeout", "no outcome within 30 s"};
}

Result<Auth::SignedInUser> SignInHarness::signIn(const Auth::SignInOptions& options)
{
    return run([&] { client->signIn(options); });
}

Result<Auth::SignedInUser> SignInHarness::restore()
{
    return run([&] { client->restoreSession(); });
}

Result<void> SignInHarness::refresh()
{
    std::optional<Result<void>> outcome;
    client->refreshNow([&outcome](const Result<void>& result) { outcome = result; });
    for (int i = 0; i < 300 && !outcome; ++i)
        QTest::qWait(100);
    if (!outcome)
        return Error {"test-timeout", "no refresh outcome within 30 s"};
    return *outcome;
}

QStringList SignInHarness::callbackCodes() const
{
    QStringList codes;
    for (const QString& url : network.urls) {
        const QUrl parsed(url);
        if (parsed.path() == "/callback") {
            const QString code = QUrlQuery(parsed).queryItemValue("code", QUrl::FullyDecoded);
            if (!code.isEmpty())
                codes.append(code);
        }
    }
    return codes;
}

QByteArray SignInHarness::accessToken() const
{
    QNetworkRequest request(QUrl("http://127.0.0.1:9/api"));
    if (!client->authorize(request, "GET"))
        return {};
    return request.rawHeader("Authorization").mid(5);
}

QJsonObject SignInHarness::jwtClaims(const QByteArray& jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    const Result<QByteArray> json = Auth::Jose::Base64Url::decode(parts.at(1));
    return json ? QJsonDocument::fromJson(json.value()).object() : QJsonObject();
}

QJsonObject SignInHarness::jwtHeader(const QByteArray& jwt)
{
    const Result<QByteArray> json = Auth::Jose::Base64Url::decode(jwt.split('.').value(0));
    return json ? QJsonDocument::fromJson(json.value()).object() : QJsonObject();
}

} // namespace Meldeklient::Test
