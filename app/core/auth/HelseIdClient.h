#pragma once

#include "core/auth/AuthClock.h"
#include "core/auth/AuthorizationRequest.h"
#include "core/auth/ClientKeyStore.h"
#include "core/auth/HttpResponse.h"
#include "core/auth/SignInOptions.h"
#include "core/auth/SignedInUser.h"
#include "core/auth/TokenResponse.h"
#include "core/auth/jose/Jwk.h"
#include "core/common/Result.h"
#include "core/config/Environment.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Meldeklient {
class SecretStore;
}

namespace Meldeklient::Auth {

class BrowserLauncher;
class HttpExchange;
class LoopbackReceiver;
class ProviderMetadata;
class TokenEndpointClient;

// The HelseID session of one environment (helseid.md §7): sign-in with PAR, PKCE, private_key_jwt and DPoP through
// the system browser and a loopback receiver; ID token validation; refresh with rotation; DPoP-authorized API
// requests; sign-out. The refresh token and the client key live in the SecretStore (keychain), access tokens in
// memory only. When the keychain cannot be used the session still works, notRemembered() says it will not survive
// a restart, and nothing is written anywhere else.
class HelseIdClient : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn, MustSignInAgain };
    Q_ENUM(State)

    // The keychain entry of the stored session (StoredSession owns its format).
    static QString sessionSecretKey();
    // Refresh when this share of the access token's lifetime has passed.
    static constexpr double RefreshAt = 0.8;
    // An access token this close to expiry is not used any more.
    static constexpr qint64 ExpiryMarginSeconds = 10;
    // After a failed scheduled refresh (network trouble), try again after this long.
    static constexpr int RefreshRetrySeconds = 30;

    HelseIdClient(Config::Environment environment, QNetworkAccessManager* network, SecretStore* secrets,
        BrowserLauncher* browser, AuthClock clock = AuthClock(), QObject* parent = nullptr);
    ~HelseIdClient() override;

    const Config::Environment& environment() const { return m_environment; }
    State state() const { return m_state; }
    std::optional<SignedInUser> user() const { return m_user; }
    // False when the keychain could not store the session or the client key: signing in works, but only until
    // Meldeklient closes.
    bool isRemembered() const { return m_remembered; }

    // The client key (created on first use). Errors: ClientKeyStore::loadOrCreate codes.
    Result<Jose::Jwk> clientKey();
    ClientKeyStore& keyStore() { return m_keyStore; }

    // Starts a browser sign-in; ends with signedIn() or signInFailed().
    void signIn(const SignInOptions& options = {});
    void cancelSignIn();
    // Resumes the stored session by refreshing it; ends with signedIn(), mustSignInAgain() or signInFailed()
    // (code "not-signed-in" when nothing is stored).
    void restoreSession();
    // Refreshes the access token now (normally a timer does it at 80 % of its lifetime).
    void refreshNow(std::function<void(const Result<void>&)> callback = {});
    // Opens the end-session page (with id_token_hint) when possible, forgets the tokens and removes the stored
    // session from the keychain. Emits signedOut(). Returns true when the end-session page was opened.
    bool signOut();

    // Adds "Authorization: DPoP <access token>" and a DPoP proof (htm, htu, ath, and `nonce` when given) for
    // `method` on request.url(). Errors: "not-signed-in", "access-token-expired", proof errors.
    Result<void> authorize(QNetworkRequest& request, QByteArrayView method, const QString& nonce = {}) const;
    // Sends an API request with authorize(), refreshing first if the access token is due, and retries once when
    // the API answers 401 with a DPoP-Nonce (use_dpop_nonce). A 401 with error="invalid_dpop_proof" is resent once
    // with a fresh proof; a 401 with error="invalid_token" refreshes the tokens once and resends once. The callback gets the final response; when a needed refresh failed because the session
    // is gone, a response with status 0 and transportError "sign-in-required" (a refresh that failed on the network
    // passes its own error on).
    // QNetworkRequest::transferTimeout(), when set, replaces the default time limit.
    void sendAuthorized(QNetworkRequest request, const QByteArray& method, const QByteArray& body,
        std::function<void(const HttpResponse&)> callback);

    // For tests and diagnostics: seconds since the epoch (AuthClock) when the access token expires / is refreshed.
    qint64 accessTokenExpiresAt() const { return m_accessExpiresAt; }
    qint64 refreshDueAt() const { return m_refreshDueAt; }
    int tokenRequestCount() const;
    int dpopNonceRetryCount() const;
    int jwksFetchCount() const;
    // Sign-in waits this long for the browser to come back (default 5 minutes).
    void setCallbackTimeoutMs(int timeoutMs) { m_callbackTimeoutMs = timeoutMs; }

Q_SIGNALS:
    void stateChanged(Meldeklient::Auth::HelseIdClient::State state);
    void signedIn(const Meldeklient::Auth::SignedInUser& user);
    void signInFailed(const Meldeklient::Error& error);
    // The refresh token is no longer accepted (revoked, expired): the person must sign in again.
    void mustSignInAgain(const Meldeklient::Error& error);
    void tokensRefreshed();
    void tokenRefreshFailed(const Meldeklient::Error& error);
    void signedOut();
    // The keychain could not store a secret: this sign-in will not be remembered after Meldeklient closes.
    void notRemembered(const Meldeklient::Error& error);

private:
    Result<void> prepareClient();
    void setState(State state);
    void startAuthorization(const SignInOptions& options);
    void exchangeCode(const QString& code);
    // `original`: the person of the session being refreshed (OpenID Connect Core §12.2 rules), else a sign-in.
    void validateIdToken(const QByteArray& idToken, const QString& nonce, const QByteArray& accessToken,
        const std::optional<SignedInUser>& original, bool keysRefetched,
        std::function<void(const Result<SignedInUser>&)> callback);
    void acceptTokens(const TokenResponse& tokens, const SignedInUser& user);
    // A rotated refresh token replaces the stored one at once (one keychain write); no-op when it is not new.
    void adoptRefreshToken(const TokenResponse& tokens);
    void failSignIn(const Error& error);
    void endSignInAttempt();
    void refreshTokens(std::function<void(const Result<void>&)> callback);
    void finishRefresh(const Result<void>& result);
    void loseSession(const Error& error);
    void persistSession();
    void wipeMemory();
    bool accessTokenUsable() const;
    // Which one-time retries an API request has used.
    struct ApiRetries {
        bool nonce = false;
        bool proof = false;
        bool refresh = false;
    };
    void sendWithToken(QNetworkRequest request, const QByteArray& method, const QByteArray& body, ApiRetries retries,
        std::function<void(const HttpResponse&)> callback);
    HttpResponse refreshFailedResponse(const Error& refreshError) const;

    Config::Environment m_environment;
    QPointer<QNetworkAccessManager> m_network;
    SecretStore* m_secrets;
    QPointer<BrowserLauncher> m_browser;
    AuthClock m_clock;
    HttpExchange* m_http;
    ProviderMetadata* m_metadata;
    ClientKeyStore m_keyStore;
    std::optional<Jose::Jwk> m_clientKey;
    TokenEndpointClient* m_tokens = nullptr;

    State m_state = State::SignedOut;
    std::optional<SignedInUser> m_user;
    bool m_remembered = true;

    // One sign-in attempt.
    LoopbackReceiver* m_receiver = nullptr;
    std::optional<AuthorizationRequest> m_pending;
    QString m_pendingResource;
    int m_callbackTimeoutMs = 5 * 60 * 1000;

    // The session: secrets, in memory only (the refresh token also in the keychain).
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    QByteArray m_idToken;
    QString m_nonce;
    QString m_subject; // `sub` of the signed-in person, kept with the refresh token to check refreshed ID tokens
    QString m_resource;
    qint64 m_accessExpiresAt = 0;
    qint64 m_refreshDueAt = 0;
    qint64 m_refreshExpiresAt = 0;
    QTimer m_refreshTimer;
    QList<std::function<void(const Result<void>&)>> m_refreshWaiters;
    // Changes whenever the session is replaced or wiped, so a refresh answer for an older session is dropped.
    quint64 m_sessionGeneration = 0;
    QHash<QString, QString> m_apiNonces; // origin -> last DPoP-Nonce of that API
};

} // namespace Meldeklient::Auth
