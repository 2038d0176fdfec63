#include "core/auth/jose/Jwt.h"

#include "core/auth/jose/Jws.h"

#include <QJsonValue>

#include <cmath>

namespace Meldeklient::Auth::Jose {

Result<Jwt> Jwt::verify(QByteArrayView compact, const JwkSet& keys, const AlgorithmAllowList& allowed)
{
    Result<Jws> jws = Jws::parse(compact, allowed);
    if (!jws)
        return jws.error();
    Result<Jwk> key = keys.select(jws->kid(), jws->algorithm());
    if (!key)
        return key.error();
    return fromVerified(jws.value(), key.value());
}

Result<Jwt> Jwt::verify(QByteArrayView compact, const Jwk& key, const AlgorithmAllowList& allowed)
{
    Result<Jws> jws = Jws::parse(compact, allowed);
    if (!jws)
        return jws.error();
    return fromVerified(jws.value(), key);
}

Result<Jwt> Jwt::fromVerified(const Jws& jws, const Jwk& key)
{
    Result<void> verified = jws.verify(key);
    if (!verified)
        return verified.error();
    Jwt jwt;
    jwt.m_header = jws.header();
    jwt.m_claims = jws.payload();
    jwt.m_algorithm = jws.algorithm();
    return jwt;
}

QString Jwt::kid() const
{
    return m_header.value(QLatin1StringView("kid")).toString();
}

QString Jwt::stringClaim(const QString& name) const
{
    return m_claims.value(name).toString();
}

std::optional<qint64> Jwt::numericDateClaim(const QString& name) const
{
    const QJsonValue value = m_claims.value(name);
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    // Whole seconds within ±2^53 only; fractions are allowed by RFC 7519 but nobody issues them.
    if (!std::isfinite(seconds) || std::trunc(seconds) != seconds || std::fabs(seconds) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(seconds);
}

} // namespace Meldeklient::Auth::Jose
