#pragma once

#include "core/auth/jose/AlgorithmAllowList.h"
#include "core/auth/jose/Jwk.h"
#include "core/auth/jose/JwkSet.h"
#include "core/common/Result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Meldeklient::Auth::Jose {

class Jws;

// A JWT whose signature has been verified (RFC 7519). Claim checks (iss, aud, exp...) are the caller's, e.g.
// IdTokenValidator; this class only guarantees that header and claims were signed by the key it reports.
class Jwt
{
public:
    // Parses and verifies with the key the header's kid/alg selects from `keys`. Errors: those of Jws::parse,
    // JwkSet::select ("jwt-unknown-kid": refetch the JWKS once and retry) and Jws::verify.
    static Result<Jwt> verify(QByteArrayView compact, const JwkSet& keys, const AlgorithmAllowList& allowed);
    // Verifies with one known key.
    static Result<Jwt> verify(QByteArrayView compact, const Jwk& key, const AlgorithmAllowList& allowed);

    const QJsonObject& header() const { return m_header; }
    const QJsonObject& claims() const { return m_claims; }
    JwsAlgorithm algorithm() const { return m_algorithm; }
    QString kid() const;

    // A string claim, empty when absent or not a string.
    QString stringClaim(const QString& name) const;
    // A NumericDate claim (seconds since the epoch); nullopt when absent, not a number or not integral.
    std::optional<qint64> numericDateClaim(const QString& name) const;

private:
    static Result<Jwt> fromVerified(const Jws& jws, const Jwk& key);

    QJsonObject m_header;
    QJsonObject m_claims;
    JwsAlgorithm m_algorithm = JwsAlgorithm::ES256;
};

} // namespace Meldeklient::Auth::Jose
