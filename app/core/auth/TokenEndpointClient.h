#pragma once

#include "core/auth/ClientAssertionFactory.h"
#include "core/auth/DpopProofFactory.h"
#include "core/auth/HttpExchange.h"
#include "core/auth/TokenResponse.h"
#include "core/common/Result.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace Meldeklient::Auth {

// Calls that authenticate the client at HelseID: the pushed authorization request (RFC 9126) and the token
// endpoint (code and refresh grants). Every call carries a fresh private_key_jwt assertion; token calls carry a
// DPoP proof with the server's latest nonce, and a 400 use_dpop_nonce is retried exactly once with the new nonce.
class TokenEndpointClient : public QObject
{
    Q_OBJECT

public:
    struct PushedRequest {
        QString requestUri;
        qint64 expiresIn = 0;
    };

    TokenEndpointClient(QString clientId, HttpExchange* http, ClientAssertionFactory assertions,
        DpopProofFactory proofs, QObject* parent = nullptr);

    // `parameters` without client authentication. Errors: "par-rejected" (with HelseID's reason), "par-malformed",
    // transport errors, assertion errors.
    void pushAuthorizationRequest(const QUrl& endpoint, const HttpExchange::Form& parameters,
        std::function<void(const Result<PushedRequest>&)> callback);

    // `grant` holds grant_type and its parameters. Errors: "token-invalid-grant" (the code or refresh token is no
    // longer valid: sign in again), "token-rejected" (any other OAuth error, with HelseID's reason),
    // "token-dpop-nonce" (the nonce retry failed), the TokenResponse::parse codes, transport, assertion and proof
    // errors.
    void requestToken(const QUrl& endpoint, const HttpExchange::Form& grant,
        std::function<void(const Result<TokenResponse>&)> callback);

    int tokenRequestCount() const { return m_tokenRequests; }
    int nonceRetryCount() const { return m_nonceRetries; }

private:
    Result<HttpExchange::Form> authenticated(const HttpExchange::Form& parameters) const;
    void postToken(const QUrl& endpoint, const HttpExchange::Form& grant, bool isRetry,
        std::function<void(const Result<TokenResponse>&)> callback);

    QString m_clientId;
    HttpExchange* m_http;
    ClientAssertionFactory m_assertions;
    DpopProofFactory m_proofs;
    QString m_dpopNonce;
    int m_tokenRequests = 0;
    int m_nonceRetries = 0;
};

} // namespace Meldeklient::Auth
