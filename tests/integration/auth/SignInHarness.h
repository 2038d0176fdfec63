#pragma once

#include "core/auth/HeadlessBrowser.h"
#include "core/auth/HelseIdClient.h"
#include "core/common/Result.h"
#include "core/config/Environment.h"
#include "support/SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QStringList>

#include <functional>
#include <memory>

namespace Meldeklient::Test {

// Records every URL any request goes to (the browser's too, so a test can learn the authorization code that
// passed through the loopback redirect).
class RecordingNetworkAccessManager : public QNetworkAccessManager
{
public:
    QStringList urls;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        urls.append(request.url().toString());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// One HelseIdClient against a running sandbox: a fresh environment (issuer = sandbox, own client id), the headless
// browser, the given SecretStore. Helpers drive the asynchronous client to its end signal.
class SignInHarness
{
public:
    SignInHarness(SandboxProcess& sandbox, SecretStore* secrets, const QString& clientId,
        Auth::AuthClock clock = Auth::AuthClock());

    Config::Environment environment;
    RecordingNetworkAccessManager network;
    Auth::HeadlessBrowser browser;
    std::unique_ptr<Auth::HelseIdClient> client;

    // Registers the client's public key with the sandbox (its self-service).
    bool registerClient(SandboxProcess& sandbox);
    Result<Auth::SignedInUser> signIn(const Auth::SignInOptions& options);
    Result<Auth::SignedInUser> restore();
    Result<void> refresh();

    // The authorization codes seen on loopback callback URLs.
    QStringList callbackCodes() const;
    // The access token as sent by authorize().
    QByteArray accessToken() const;
    static QJsonObject jwtClaims(const QByteArray& jwt);
    static QJsonObject jwtHeader(const QByteArray& jwt);

private:
    Result<Auth::SignedInUser> run(const std::function<void()>& start);
};

} // namespace Meldeklient::Test
