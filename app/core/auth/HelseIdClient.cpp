#include "core/auth/HelseIdClient.h"

#include "core/auth/BrowserLauncher.h"
#include "core/auth/ClientAssertionFactory.h"
#include "core/auth/DpopProofFactory.h"
#include "core/auth/HttpExchange.h"
#include "core/auth/IdTokenValidator.h"
#include "core/auth/LoopbackReceiver.h"
#include "core/auth/ProviderMetadata.h"
#include "core/auth/StoredSession.h"
#include "core/auth/TokenEndpointClient.h"
#include "core/common/SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <chrono>

Q_LOGGING_CATEGORY(lcAuth, "meldeklient.auth", QtInfoMsg)

namespace Meldeklient::Auth {

namespace {
Error notSignedIn()
{
    return Error {QStringLiteral("not-signed-in"), QCoreApplication::translate("Auth", "You are not signed in.")};
}

QString originOf(const QUrl& url)
{
    return url.scheme() + u"://" + url.authority();
}
} // namespace

HelseIdClient::HelseIdClient(Config::Environment environment, QNetworkAccessManager* network, SecretStore* secrets,
    BrowserLauncher* browser, AuthClock clock, QObject* parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_network(network)
    , m_secrets(secrets)
    , m_browser(browser)
    , m_clock(std::move(clock))
    , m_http(new HttpExchange(network, m_clock, this))
    , m_metadata(new ProviderMetadata(m_environment.issuer, m_http, m_clock, this))
    , m_keyStore(secrets)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refreshNow(); });
    if (m_browser) {
        connect(m_browser, &BrowserLauncher::navigationFailed, this, [this](const Error& error) {
            if (m_state == State::SigningIn)
                failSignIn(error);
        });
    }
}

HelseIdClient::~HelseIdClient() = default;

int HelseIdClient::tokenRequestCount() const
{
    return m_tokens ? m_tokens->tokenRequestCount() : 0;
}

int HelseIdClient::dpopNonceRetryCount() const
{
    return m_tokens ? m_tokens->nonceRetryCount() : 0;
}

int HelseIdClient::jwksFetchCount() const
{
    return m_metadata->jwksFetchCount();
}

void HelseIdClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Result<Jose::Jwk> HelseIdClient::clientKey()
{
    if (m_clientKey)
        return *m_clientKey;
    Result<Jose::Jwk> key = m_keyStore.loadOrCreate();
    if (!key)
        return key;
    m_clientKey = key.value();
    if (!m_keyStore.isRemembered() && m_remembered) {
        m_remembered = false;
        Q_EMIT notRemembered(m_keyStore.storeError());
    }
    return key;
}

Result<void> HelseIdClient::prepareClient()
{
    if (m_tokens)
        return {};
    if (const Result<void> secure = HttpExchange::checkEndpoint(QUrl(m_environment.issuer)); !secure)
        return secure.error();
    if (m_environment.clientId.isEmpty())
        return Error {QStringLiteral("client-id-missing"),
            QCoreApplication::translate("Auth", "No HelseID client id is configured for %1.")
                .arg(m_environment.displayName)};
    const Result<Jose::Jwk> key = clientKey();
    if (!key)
        return key.error();
    DpopProofFactory proofs(key.value(), m_clock);
    if (!proofs.isValid())
        return Error {QStringLiteral("dpop-invalid-key"),
            QCoreApplication::translate("Auth", "The client key cannot sign DPoP proofs.")};
    m_tokens = new TokenEndpointClient(m_environment.clientId, m_http,
        ClientAssertionFactory(m_environment.clientId, m_environment.issuer, key.value(), Jose::JwsAlgorithm::ES256,
            m_clock),
        proofs, this);
    return {};
}

// --- sign-in -------------------------------------------------------------------------------------------------------

void HelseIdClient::signIn(const SignInOptions& options)
{
    if (m_state == State::SigningIn)
        endSignInAttempt();
    setState(State::SigningIn);
    if (const Result<void> ready = prepareClient(); !ready) {
        failSignIn(ready.error());
        return;
    }
    m_metadata->discovery([this, options](const Result<DiscoveryDocument>& document) {
        if (m_state != State::SigningIn)
            return;
        if (!document) {
            failSignIn(document.error());
            return;
        }
        startAuthorization(options);
    });
}

void HelseIdClient::startAuthorization(const SignInOptions& options)
{
    const DiscoveryDocument document = *m_metadata->cachedDiscovery();
    m_receiver = new LoopbackReceiver(this);
    if (const Result<void> listening = m_receiver->listen(m_environment.redirectPort); !listening) {
        failSignIn(listening.error());
        return;
    }
    Result<AuthorizationRequest> request = AuthorizationRequest::create(m_receiver->redirectUri());
    if (!request) {
        failSignIn(request.error());
        return;
    }
    const Result<HttpExchange::Form> parameters = request->parameters(m_environment, options);
    if (!parameters) {
        failSignIn(parameters.error());
        return;
    }
    m_pending = request.value();
    m_pendingResource = options.resource.isEmpty() ? m_environment.apiResources.value(0) : options.resource;
    connect(m_receiver, &LoopbackReceiver::codeReceived, this, &HelseIdClient::exchangeCode);
    connect(m_receiver, &LoopbackReceiver::failed, this, &HelseIdClient::failSignIn);
    m_receiver->expect(m_pending->state, document.issuer(), std::chrono::milliseconds(m_callbackTimeoutMs));

    m_tokens->pushAuthorizationRequest(document.pushedAuthorizationRequestEndpoint(), parameters.value(),
        [this, document](const Result<TokenEndpointClient::PushedRequest>& pushed) {
            if (m_state != State::SigningIn)
                return;
            if (!pushed) {
                failSignIn(pushed.error());
                return;
            }
            const QUrl authorize = AuthorizationRequest::authorizeUrl(
                document.authorizationEndpoint(), m_environment.clientId, pushed->requestUri);
            if (!m_browser) {
                failSignIn(Error {QStringLiteral("browser-unavailable"),
                    QCoreApplication::translate("Auth", "No browser is available for the sign-in.")});
                return;
            }
            qCInfo(lcAuth) << "opening the sign-in page";
            m_browser->open(authorize);
        });
}

void HelseIdClient::exchangeCode(const QString& code)
{
    if (m_state != State::SigningIn || !m_pending)
        return;
    const AuthorizationRequest request = *m_pending;
    const QString resource = m_pendingResource;
    const HttpExchange::Form grant {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), request.redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("code_verifier"), QString::fromLatin1(request.codeVerifier)},
        {QStringLiteral("resource"), resource},
    };
    m_tokens->requestToken(m_metadata->cachedDiscovery()->tokenEndpoint(), grant,
        [this, request, resource](const Result<TokenResponse>& tokens) {
            if (m_state != State::SigningIn)
                return;
            if (!tokens) {
                failSignIn(tokens.error());
                return;
            }
            if (tokens->idToken.isEmpty()) {
                failSignIn(Error {QStringLiteral("id-token-missing"),
                    QCoreApplication::translate("Auth", "HelseID did not send an ID token.")});
                return;
            }
            const TokenResponse response = tokens.value();
            validateIdToken(response.idToken, request.nonce, response.accessToken, std::nullopt, false,
                [this, response, request, resource](const Result<SignedInUser>& user) {
                    if (m_state != State::SigningIn)
                        return;
                    if (!user) {
                        failSignIn(user.error());
                        return;
                    }
                    endSignInAttempt();
                    ++m_sessionGeneration;
                    m_nonce = request.nonce;
                    m_resource = resource;
                    acceptTokens(response, user.value());
                    qCInfo(lcAuth) << "signed in, security level" << user->securityLevel;
                    setState(State::SignedIn);
                    Q_EMIT signedIn(user.value());
                });
        });
}

void HelseIdClient::validateIdToken(const QByteArray& idToken, const QString& nonce, const QByteArray& accessToken,
    const std::optional<SignedInUser>& original, bool keysRefetched,
    std::function<void(const Result<SignedInUser>&)> callback)
{
    m_metadata->keys(keysRefetched, [=, this](const Result<Jose::JwkSet>& keys) {
        if (!keys) {
            callback(keys.error());
            return;
        }
        IdTokenValidator validator(m_environment.issuer, m_environment.clientId, m_clock);
        validator.setEnvironmentLabel(m_environment.name);
        const Result<SignedInUser> user = original
            ? validator.validateRefreshed(idToken, keys.value(), *original, nonce, accessToken)
            : validator.validate(idToken, keys.value(), nonce, accessToken);
        if (!user && user.error().code == u"jwt-unknown-kid" && !keysRefetched) {
            // The provider may have rotated its keys since we fetched them: fetch once more, then decide.
            qCInfo(lcAuth) << "ID token signed with an unknown key; fetching the provider's keys again";
            validateIdToken(idToken, nonce, accessToken, original, true, callback);
            return;
        }
        if (!user)
            qCWarning(lcAuth) << "ID token refused:" << user.error().code;
        callback(user);
    });
}

void HelseIdClient::acceptTokens(const TokenResponse& tokens, const SignedInUser& user)
{
    m_user = user;
    m_subject = user.subject;
    m_accessToken = tokens.accessToken;
    if (!tokens.idToken.isEmpty())
        m_idToken = tokens.idToken;
    const qint64 now = m_clock.nowSeconds();
    m_accessExpiresAt = now + tokens.expiresIn;
    const qint64 refreshIn = qMax<qint64>(1, qint64(double(tokens.expiresIn) * RefreshAt));
    m_refreshDueAt = now + refreshIn;
    adoptRefreshToken(tokens);
    if (!m_refreshToken.isEmpty())
        m_refreshTimer.start(std::chrono::seconds(refreshIn));
}

void HelseIdClient::adoptRefreshToken(const TokenResponse& tokens)
{
    if (tokens.refreshToken.isEmpty() || tokens.refreshToken == m_refreshToken)
        return; // nothing new (or stored already by the refresh that received it)
    m_refreshToken = tokens.refreshToken;
    m_refreshExpiresAt = tokens.refreshExpiresIn > 0 ? m_clock.nowSeconds() + tokens.refreshExpiresIn : 0;
    persistSession();
}

void HelseIdClient::failSignIn(const Error& error)
{
    if (m_state != State::SigningIn)
        return;
    qCWarning(lcAuth) << "sign-in failed:" << error.code;
    endSignInAttempt();
    setState(m_accessToken.isEmpty() ? State::SignedOut : State::SignedIn);
    Q_EMIT signInFailed(error);
}

void HelseIdClient::endSignInAttempt()
{
    m_pending.reset();
    if (m_receiver) {
        m_receiver->disconnect(this);
        m_receiver->close();
        m_receiver->deleteLater();
        m_receiver = nullptr;
    }
}

void HelseIdClient::cancelSignIn()
{
    failSignIn(Error {QStringLiteral("sign-in-cancelled"),
        QCoreApplication::translate("Auth", "The sign-in was cancelled.")});
}

// --- session -------------------------------------------------------------------------------------------------------

QString HelseIdClient::sessionSecretKey()
{
    return StoredSession::secretKey();
}

void HelseIdClient::persistSession()
{
    StoredSession session;
    session.issuer = m_environment.issuer;
    session.clientId = m_environment.clientId;
    session.refreshToken = QString::fromLatin1(m_refreshToken);
    session.nonce = m_nonce;
    session.subject = m_subject;
    session.resource = m_resource;
    session.refreshExpiresAt = m_refreshExpiresAt;
    // One entry written in one call: the rotated token replaces the old one atomically, or not at all.
    const Result<void> written = session.write(*m_secrets);
    if (written)
        return;
    qCWarning(lcAuth) << "session not stored:" << written.error().code;
    // A stored token from before is stale now (it was rotated away); do not leave it behind.
    (void)m_secrets->remove(sessionSecretKey());
    if (m_remembered) {
        m_remembered = false;
        Q_EMIT notRemembered(written.error());
    }
}

void HelseIdClient::restoreSession()
{
    setState(State::SigningIn);
    if (const Result<void> ready = prepareClient(); !ready) {
        failSignIn(ready.error());
        return;
    }
    const Result<StoredSession> stored = StoredSession::read(*m_secrets);
    if (!stored) {
        failSignIn(stored.error());
        return;
    }
    if (!stored->belongsTo(m_environment)) {
        // Another issuer's or client's token is of no use here; never send it there.
        failSignIn(notSignedIn());
        return;
    }
    m_refreshToken = stored->refreshToken.toLatin1();
    m_nonce = stored->nonce;
    m_subject = stored->subject;
    m_resource = stored->resource.isEmpty() ? m_environment.apiResources.value(0) : stored->resource;
    m_refreshExpiresAt = stored->refreshExpiresAt;
    if (m_refreshExpiresAt > 0 && m_clock.nowSeconds() >= m_refreshExpiresAt) {
        loseSession(Error {QStringLiteral("refresh-token-expired"),
            QCoreApplication::translate("Auth", "Your HelseID sign-in has expired. Please sign in again.")});
        return;
    }
    refreshTokens([this](const Result<void>& result) {
        if (m_state != State::SigningIn)
            return;
        if (!result) {
            if (result.error().code == u"token-invalid-grant")
                return; // loseSession() has already said so
            m_refreshToken.clear();
            failSignIn(result.error());
            return;
        }
        if (!m_user) {
            failSignIn(Error {QStringLiteral("id-token-missing"),
                QCoreApplication::translate("Auth", "HelseID did not send an ID token.")});
            return;
        }
        setState(State::SignedIn);
        Q_EMIT signedIn(*m_user);
    });
}

void HelseIdClient::refreshNow(std::function<void(const Result<void>&)> callback)
{
    if (m_refreshToken.isEmpty()) {
        if (callback)
            callback(notSignedIn());
        return;
    }
    refreshTokens([this, callback = std::move(callback)](const Result<void>& result) {
        if (result) {
            Q_EMIT tokensRefreshed();
        } else if (result.error().code != u"token-invalid-grant" && result.error().code != u"session-replaced") {
            if (!m_refreshToken.isEmpty())
                m_refreshTimer.start(std::chrono::seconds(RefreshRetrySeconds));
            Q_EMIT tokenRefreshFailed(result.error());
        }
        if (callback)
            callback(result);
    });
}

void HelseIdClient::refreshTokens(std::function<void(const Result<void>&)> callback)
{
    m_refreshWaiters.append(std::move(callback));
    if (m_refreshWaiters.size() > 1)
        return; // one refresh at a time: a second one would present an already rotated token
    if (const Result<void> ready = prepareClient(); !ready) {
        finishRefresh(ready.error());
        return;
    }
    const quint64 generation = m_sessionGeneration;
    const auto replaced = [this, generation] {
        if (generation == m_sessionGeneration)
            return false;
        finishRefresh(Error {QStringLiteral("session-replaced"),
            QCoreApplication::translate("Auth", "You signed out or in again while the sign-in was being renewed.")});
        return true;
    };
    m_metadata->discovery([this, replaced](const Result<DiscoveryDocument>& document) {
        if (replaced())
            return;
        if (!document) {
            finishRefresh(document.error());
            return;
        }
        const HttpExchange::Form grant {
            {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)},
            {QStringLiteral("resource"), m_resource},
        };
        m_tokens->requestToken(document->tokenEndpoint(), grant, [this, replaced](const Result<TokenResponse>& tokens) {
            if (replaced())
                return;
            if (!tokens) {
                if (tokens.error().code == u"token-invalid-grant")
                    loseSession(tokens.error());
                finishRefresh(tokens.error());
                return;
            }
            const TokenResponse response = tokens.value();
            // The provider has rotated the refresh token: the one we sent is dead from now on. Store the new one at
            // once, before the ID token is checked (which may wait for the provider's keys), so a process killed at
            // any later moment leaves a usable session behind (issue 9 item 9).
            adoptRefreshToken(response);
            if (response.idToken.isEmpty()) {
                if (!m_user) {
                    finishRefresh(Error {QStringLiteral("id-token-missing"),
                        QCoreApplication::translate("Auth", "HelseID did not send an ID token.")});
                    return;
                }
                acceptTokens(response, *m_user);
                finishRefresh({});
                return;
            }
            // After a restart only the stored subject is known; during a session the whole person (pid too).
            SignedInUser original = m_user.value_or(SignedInUser());
            if (!m_user)
                original.subject = m_subject;
            validateIdToken(response.idToken, m_nonce, response.accessToken, original, false,
                [this, response, replaced](const Result<SignedInUser>& user) {
                    if (replaced())
                        return;
                    if (!user) {
                        // Another person in the renewed token: this session must end. Any other refusal (an expired
                        // or badly signed ID token) is the provider's fault, not the session's: the rotated refresh
                        // token is stored already, the new access token is not used, and the next refresh (timer,
                        // or the next start) tries again with the stored token.
                        if (user.error().code == u"id-token-subject-changed")
                            loseSession(user.error());
                        else
                            qCWarning(lcAuth) << "renewed ID token refused, session kept:" << user.error().code;
                        finishRefresh(user.error());
                        return;
                    }
                    acceptTokens(response, user.value());
                    finishRefresh({});
                });
        });
    });
}

void HelseIdClient::finishRefresh(const Result<void>& result)
{
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto& waiter : waiters) {
        if (waiter)
            waiter(result);
    }
}

void HelseIdClient::loseSession(const Error& error)
{
    qCWarning(lcAuth) << "session lost:" << error.code;
    wipeMemory();
    (void)m_secrets->remove(sessionSecretKey());
    setState(State::MustSignInAgain);
    Q_EMIT mustSignInAgain(error);
}

void HelseIdClient::wipeMemory()
{
    ++m_sessionGeneration;
    m_refreshTimer.stop();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_idToken.clear();
    m_nonce.clear();
    m_subject.clear();
    m_user.reset();
    m_accessExpiresAt = 0;
    m_refreshDueAt = 0;
    m_refreshExpiresAt = 0;
    m_apiNonces.clear();
}

bool HelseIdClient::signOut()
{
    if (m_state == State::SigningIn)
        cancelSignIn();
    const std::optional<DiscoveryDocument> document = m_metadata->cachedDiscovery();
    QUrl endSessionUrl;
    if (document && !m_idToken.isEmpty() && m_browser && !document->endSessionEndpoint().isEmpty()) {
        endSessionUrl = document->endSessionEndpoint();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("id_token_hint"), QString::fromLatin1(m_idToken));
        query.addQueryItem(
            QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(m_environment.clientId)));
        endSessionUrl.setQuery(query);
    }
    // Forget first: the keychain call below runs a local event loop, and nothing arriving meanwhile (a refresh
    // answer) may bring the session back.
    wipeMemory();
    setState(State::SignedOut);
    if (!endSessionUrl.isEmpty())
        m_browser->open(endSessionUrl);
    const Result<void> removed = m_secrets->remove(sessionSecretKey());
    if (!removed)
        qCWarning(lcAuth) << "stored session could not be removed:" << removed.error().code;
    qCInfo(lcAuth) << "signed out";
    Q_EMIT signedOut();
    return !endSessionUrl.isEmpty();
}

// --- API requests --------------------------------------------------------------------------------------------------

bool HelseIdClient::accessTokenUsable() const
{
    return !m_accessToken.isEmpty() && m_clock.nowSeconds() < m_accessExpiresAt - ExpiryMarginSeconds;
}

Result<void> HelseIdClient::authorize(QNetworkRequest& request, QByteArrayView method, const QString& nonce) const
{
    if (m_accessToken.isEmpty() || !m_clientKey)
        return notSignedIn();
    if (!accessTokenUsable())
        return Error {QStringLiteral("access-token-expired"),
            QCoreApplication::translate("Auth", "The access token has expired; it must be refreshed first.")};
    const DpopProofFactory proofs(*m_clientKey, m_clock);
    const Result<QByteArray> proof = proofs.create(method, request.url(), nonce, m_accessToken);
    if (!proof)
        return proof.error();
    request.setRawHeader("Authorization", "DPoP " + m_accessToken);
    request.setRawHeader("DPoP", proof.value());
    return {};
}

void HelseIdClient::sendAuthorized(QNetworkRequest request, const QByteArray& method, const QByteArray& body,
    std::function<void(const HttpResponse&)> callback)
{
    if (accessTokenUsable()) {
        sendWithToken(std::move(request), method, body, {}, std::move(callback));
        return;
    }
    refreshNow([this, request, method, body, callback = std::move(callback)](const Result<void>& refreshed) {
        if (!refreshed) {
            callback(refreshFailedResponse(refreshed.error()));
            return;
        }
        sendWithToken(request, method, body, {}, callback);
    });
}

HttpResponse HelseIdClient::refreshFailedResponse(const Error& refreshError) const
{
    HttpResponse response;
    // Without a session nothing but a new sign-in helps; a refresh that failed on the network may work later.
    if (m_state == State::MustSignInAgain || m_state == State::SignedOut || m_refreshToken.isEmpty()) {
        response.transportError = Error {QStringLiteral("sign-in-required"),
            QCoreApplication::translate("Auth", "Your sign-in has ended. Please sign in again.")};
    } else {
        response.transportError = refreshError;
    }
    return response;
}

void HelseIdClient::sendWithToken(QNetworkRequest request, const QByteArray& method, const QByteArray& body,
    ApiRetries retries, std::function<void(const HttpResponse&)> callback)
{
    const QString origin = originOf(request.url());
    QNetworkRequest authorized = request;
    if (const Result<void> ready = authorize(authorized, method, m_apiNonces.value(origin)); !ready) {
        HttpResponse response;
        response.transportError = ready.error();
        callback(response);
        return;
    }
    m_http->send(authorized, method, body,
        [this, request, method, body, retries, origin, callback = std::move(callback)](const HttpResponse& response) {
            const QByteArray nonce = response.header("DPoP-Nonce");
            if (!nonce.isEmpty())
                m_apiNonces.insert(origin, QString::fromLatin1(nonce));
            const QByteArray challenge = response.header("WWW-Authenticate");
            // RFC 9449 §9: a resource server asks for a nonce with 401 and WWW-Authenticate error="use_dpop_nonce".
            if (response.status == 401 && !retries.nonce && !nonce.isEmpty() && challenge.contains("use_dpop_nonce")) {
                ApiRetries next = retries;
                next.nonce = true;
                sendWithToken(request, method, body, next, callback);
                return;
            }
            // The API refused the proof itself. Qt resends a request by itself when a kept-alive connection closes
            // before any answer, with the same headers, so the API sees the proof's jti twice; a fresh proof is
            // cheap and the Idempotency-Key keeps the resend safe.
            if (response.status == 401 && !retries.proof && challenge.contains("invalid_dpop_proof")) {
                qCInfo(lcAuth) << "the API refused the DPoP proof; resending once with a fresh one";
                ApiRetries next = retries;
                next.proof = true;
                sendWithToken(request, method, body, next, callback);
                return;
            }
            // RFC 6750 §3.1: the API no longer takes this access token (expired early, revoked): refresh once and
            // resend once. A second invalid_token goes to the caller.
            if (response.status == 401 && !retries.refresh && challenge.contains("invalid_token")) {
                qCInfo(lcAuth) << "the API refused the access token; refreshing once";
                ApiRetries next = retries;
                next.refresh = true;
                refreshNow([this, request, method, body, next, callback](const Result<void>& refreshed) {
                    if (!refreshed) {
                        callback(refreshFailedResponse(refreshed.error()));
                        return;
                    }
                    sendWithToken(request, method, body, next, callback);
                });
                return;
            }
            callback(response);
        });
}

} // namespace Meldeklient::Auth
