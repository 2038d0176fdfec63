#pragma once

#include "core/auth/HttpExchange.h"
#include "core/auth/SignInOptions.h"
#include "core/common/Result.h"
#include "core/config/Environment.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Meldeklient::Auth {

// The parameters of one pushed authorization request (helseid.md §7 step 4), without client authentication:
// response_type, scope, redirect_uri, PKCE S256, state, nonce, every API resource and acr_values, plus the test
// IdP's parameters when the environment is a test one.
class AuthorizationRequest
{
public:
    QString state;
    QString nonce;
    QByteArray codeVerifier;
    QUrl redirectUri;

    // Fresh state, nonce and PKCE verifier (CSPRNG). Error "random-failure".
    static Result<AuthorizationRequest> create(const QUrl& redirectUri);

    // Errors: "test-idp-not-allowed" (test IdP or its parameters outside a test environment).
    Result<HttpExchange::Form> parameters(const Config::Environment& environment, const SignInOptions& options) const;

    // The front-channel URL: only client_id and request_uri (FAPI 2.0).
    static QUrl authorizeUrl(const QUrl& authorizationEndpoint, const QString& clientId, const QString& requestUri);

    static QString acrValues(IdentityProvider provider);
};

} // namespace Meldeklient::Auth
