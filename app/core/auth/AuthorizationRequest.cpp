#include "core/auth/AuthorizationRequest.h"

#include "core/auth/jose/Pkce.h"
#include "core/auth/jose/RandomToken.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Meldeklient::Auth {

Result<AuthorizationRequest> AuthorizationRequest::create(const QUrl& redirectUri)
{
    const Result<Jose::Pkce> pkce = Jose::Pkce::generate();
    if (!pkce)
        return pkce.error();
    const Result<QByteArray> state = Jose::RandomToken::generate();
    if (!state)
        return state.error();
    const Result<QByteArray> nonce = Jose::RandomToken::generate();
    if (!nonce)
        return nonce.error();
    AuthorizationRequest request;
    request.state = QString::fromLatin1(state.value());
    request.nonce = QString::fromLatin1(nonce.value());
    request.codeVerifier = pkce->verifier();
    request.redirectUri = redirectUri;
    return request;
}

QString AuthorizationRequest::acrValues(IdentityProvider provider)
{
    switch (provider) {
    case IdentityProvider::HelseId:
        return QStringLiteral("Level4");
    case IdentityProvider::IdPorten:
        return QStringLiteral("idp:idporten-oidc Level4");
    case IdentityProvider::TestIdp:
        return QStringLiteral("idp:testidp-oidc");
    }
    return {};
}

Result<HttpExchange::Form> AuthorizationRequest::parameters(
    const Config::Environment& environment, const SignInOptions& options) const
{
    const bool usesTestIdp = options.provider == IdentityProvider::TestIdp || !options.testPid.isEmpty()
        || !options.testSecurityLevel.isEmpty();
    if (usesTestIdp && !environment.isTest)
        return Error {QStringLiteral("test-idp-not-allowed"),
            QCoreApplication::translate("Auth", "The test identity provider cannot be used with %1.")
                .arg(environment.displayName)};

    HttpExchange::Form form {
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("scope"), environment.scopes().join(u' ')},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("code_challenge"), QString::fromLatin1(Jose::Pkce::challengeFor(codeVerifier))},
        {QStringLiteral("code_challenge_method"), Jose::Pkce::method()},
        {QStringLiteral("state"), state},
        {QStringLiteral("nonce"), nonce},
    };
    for (const QString& resource : environment.apiResources)
        form.append({QStringLiteral("resource"), resource});
    form.append({QStringLiteral("acr_values"), acrValues(options.provider)});
    if (!options.testPid.isEmpty())
        form.append({QStringLiteral("test_pid"), options.testPid});
    if (!options.testSecurityLevel.isEmpty())
        form.append({QStringLiteral("test_security_level"), options.testSecurityLevel});
    return form;
}

QUrl AuthorizationRequest::authorizeUrl(
    const QUrl& authorizationEndpoint, const QString& clientId, const QString& requestUri)
{
    QUrl url = authorizationEndpoint;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(clientId)));
    query.addQueryItem(QStringLiteral("request_uri"), QString::fromUtf8(QUrl::toPercentEncoding(requestUri)));
    url.setQuery(query);
    return url;
}

} // namespace Meldeklient::Auth
