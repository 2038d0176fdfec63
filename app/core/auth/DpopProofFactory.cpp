#include "core/auth/DpopProofFactory.h"

#include "core/auth/jose/AccessTokenHash.h"
#include "core/auth/jose/Jws.h"
#include "core/auth/jose/RandomToken.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Meldeklient::Auth {

using Jose::JwsAlgorithm;

DpopProofFactory::DpopProofFactory(Jose::Jwk key, AuthClock clock)
    : m_key(std::move(key))
    , m_clock(std::move(clock))
{
}

bool DpopProofFactory::isValid() const
{
    return m_key.hasPrivateKey() && m_key.keyType() == Jose::JwkKeyType::Ec
        && m_key.curve() == Jose::jwsAlgorithmCurve(JwsAlgorithm::ES256);
}

QString DpopProofFactory::htu(const QUrl& url)
{
    QUrl target = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    const bool defaultPort = (target.scheme() == QLatin1StringView("https") && target.port() == 443)
        || (target.scheme() == QLatin1StringView("http") && target.port() == 80);
    if (defaultPort)
        target.setPort(-1);
    return target.toString(QUrl::FullyEncoded);
}

QByteArray DpopProofFactory::keyThumbprint() const
{
    return m_key.thumbprint();
}

Result<QByteArray> DpopProofFactory::create(QByteArrayView method, const QUrl& url, const QString& nonce,
    QByteArrayView accessToken) const
{
    if (!isValid()) {
        return Error {QStringLiteral("dpop-invalid-key"),
            QCoreApplication::translate("Auth", "The DPoP key is not an ES256 private key.")};
    }
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http")) || method.isEmpty()) {
        return Error {QStringLiteral("dpop-invalid-url"),
            QCoreApplication::translate("Auth", "A DPoP proof cannot be made for this request.")};
    }
    Result<QByteArray> jti = Jose::RandomToken::generate();
    if (!jti)
        return jti.error();

    // The public key without kid/alg/use: the server takes the key from here, and extra members only leak detail.
    QJsonObject jwk = m_key.toPublicJson();
    jwk.remove(QLatin1StringView("kid"));
    jwk.remove(QLatin1StringView("alg"));
    jwk.remove(QLatin1StringView("use"));
    QJsonObject header;
    header.insert(QLatin1StringView("typ"), QStringLiteral("dpop+jwt"));
    header.insert(QLatin1StringView("jwk"), jwk);

    QJsonObject claims;
    claims.insert(QLatin1StringView("jti"), QString::fromLatin1(jti.value()));
    claims.insert(QLatin1StringView("htm"), QString::fromLatin1(method.toByteArray()));
    claims.insert(QLatin1StringView("htu"), htu(url));
    claims.insert(QLatin1StringView("iat"), m_clock.nowSeconds());
    if (!nonce.isEmpty())
        claims.insert(QLatin1StringView("nonce"), nonce);
    if (!accessToken.isEmpty())
        claims.insert(QLatin1StringView("ath"), QString::fromLatin1(Jose::AccessTokenHash::ath(accessToken)));
    return Jose::Jws::sign(header, claims, m_key, JwsAlgorithm::ES256);
}

} // namespace Meldeklient::Auth
