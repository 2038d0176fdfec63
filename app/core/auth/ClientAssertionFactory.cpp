#include "core/auth/ClientAssertionFactory.h"

#include "core/auth/jose/Jws.h"
#include "core/auth/jose/RandomToken.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace Meldeklient::Auth {

ClientAssertionFactory::ClientAssertionFactory(QString clientId, QString issuer, Jose::Jwk key,
    Jose::JwsAlgorithm algorithm, AuthClock clock)
    : m_clientId(std::move(clientId))
    , m_issuer(std::move(issuer))
    , m_key(std::move(key))
    , m_algorithm(algorithm)
    , m_clock(std::move(clock))
{
}

void ClientAssertionFactory::setLifetimeSeconds(int seconds)
{
    m_lifetime = std::clamp(seconds, 1, MaximumLifetimeSeconds);
}

Result<QByteArray> ClientAssertionFactory::create(const QJsonArray& authorizationDetails) const
{
    if (m_clientId.isEmpty() || m_issuer.isEmpty() || !m_key.hasPrivateKey()) {
        return Error {QStringLiteral("client-assertion-invalid"),
            QCoreApplication::translate("Auth", "The client authentication is not configured.")};
    }
    Result<QByteArray> jti = Jose::RandomToken::generate();
    if (!jti)
        return jti.error();

    QJsonObject header;
    header.insert(QLatin1StringView("typ"), QStringLiteral("client-authentication+jwt"));
    if (!m_key.kid().isEmpty())
        header.insert(QLatin1StringView("kid"), m_key.kid());

    const qint64 now = m_clock.nowSeconds();
    QJsonObject claims;
    claims.insert(QLatin1StringView("iss"), m_clientId);
    claims.insert(QLatin1StringView("sub"), m_clientId);
    claims.insert(QLatin1StringView("aud"), m_issuer); // a string, never an array (FAPI 2.0)
    claims.insert(QLatin1StringView("jti"), QString::fromLatin1(jti.value()));
    claims.insert(QLatin1StringView("iat"), now);
    claims.insert(QLatin1StringView("nbf"), now);
    claims.insert(QLatin1StringView("exp"), now + m_lifetime);
    if (!authorizationDetails.isEmpty())
        claims.insert(QLatin1StringView("authorization_details"), authorizationDetails);
    return Jose::Jws::sign(header, claims, m_key, m_algorithm);
}

} // namespace Meldeklient::Auth
