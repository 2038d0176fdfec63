#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Meldeklient::Auth::Jose {

// The asymmetric JWS algorithms we implement (RFC 7518 §3). `none` and the HMAC algorithms are deliberately not
// representable, so no allow-list built from this type can ever admit them.
enum class JwsAlgorithm {
    ES256,
    ES384,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
};

enum class JwkKeyType {
    Ec,
    Rsa,
};

// The "alg" header value, e.g. "ES256".
QString jwsAlgorithmName(JwsAlgorithm algorithm);
// Exact, case-sensitive match of an "alg" value; nullopt for "none", "HS256" and anything unknown.
std::optional<JwsAlgorithm> jwsAlgorithmFromName(QStringView name);
JwkKeyType jwsAlgorithmKeyType(JwsAlgorithm algorithm);
// OpenSSL digest name ("SHA256", "SHA384", "SHA512").
const char* jwsAlgorithmDigestName(JwsAlgorithm algorithm);
// For ES*: the JWK "crv" the key must have ("P-256", "P-384"); empty for RSA algorithms.
QString jwsAlgorithmCurve(JwsAlgorithm algorithm);

} // namespace Meldeklient::Auth::Jose
