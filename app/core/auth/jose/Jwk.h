#pragma once

#include "core/auth/jose/JwsAlgorithm.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <openssl/types.h>

#include <memory>
#include <optional>

namespace Meldeklient::Auth::Jose {

// A JSON Web Key (RFC 7517/7518) backed by an OpenSSL EVP_PKEY. Supported: EC P-256 and P-384 (public, or private
// with "d") and RSA public keys of at least 2048 bits. Copies share the immutable key (reference counted).
// Never log a Jwk or its JSON: the private form contains the signing key.
class Jwk
{
public:
    static constexpr int MinimumRsaBits = 2048;

    // Error codes: "jwk-malformed" (not JSON / not an object / member of the wrong JSON type),
    // "jwk-unsupported" (kty "oct" or unknown kty/crv), "jwk-missing-member", "jwk-invalid-key" (bad base64url,
    // coordinates of the wrong length, point not on the curve, private key not matching the public one),
    // "jwk-rsa-too-small".
    static Result<Jwk> fromJson(const QJsonObject& json);
    static Result<Jwk> fromJson(QByteArrayView json);

    // A fresh key pair for `algorithm` from OpenSSL's CSPRNG (RSA keys get 2048 bits). "alg" is set, "use" is "sig".
    // Error "jwk-generate" if OpenSSL fails.
    static Result<Jwk> generate(JwsAlgorithm algorithm);

    bool isNull() const { return !m_key; }
    JwkKeyType keyType() const { return m_keyType; }
    // "P-256"/"P-384" for EC keys, empty for RSA.
    QString curve() const { return m_curve; }
    int bits() const;
    bool hasPrivateKey() const { return m_hasPrivate; }

    QString kid() const { return m_kid; }
    void setKid(const QString& kid) { m_kid = kid; }
    // The optional "alg" member; a key that names an algorithm is only used with that algorithm.
    std::optional<JwsAlgorithm> algorithm() const { return m_algorithm; }
    void setAlgorithm(std::optional<JwsAlgorithm> algorithm) { m_algorithm = algorithm; }
    // The optional "use" member ("sig", "enc" or empty).
    QString use() const { return m_use; }
    void setUse(const QString& use) { m_use = use; }

    // True when this key may sign/verify with `algorithm`: matching kty and curve, "alg" absent or equal,
    // "use" absent or "sig".
    bool isUsableWith(JwsAlgorithm algorithm) const;

    // Public members only, plus kid/alg/use when set. Safe to publish (e.g. the DPoP "jwk" header).
    QJsonObject toPublicJson() const;
    // Includes "d" for storage in the SecretStore. Error "jwk-no-private-key" for a public key.
    Result<QJsonObject> toPrivateJson() const;

    // RFC 7638 thumbprint: base64url(SHA-256(required members, sorted, no whitespace)). Used as DPoP "jkt".
    QByteArray thumbprint() const;

    // The OpenSSL key, owned by this Jwk (valid while any copy lives).
    EVP_PKEY* evpKey() const { return m_key.get(); }

private:
    static Result<Jwk> importJson(const QJsonObject& json);

    std::shared_ptr<EVP_PKEY> m_key;
    JwkKeyType m_keyType = JwkKeyType::Ec;
    QString m_curve;
    bool m_hasPrivate = false;
    QString m_kid;
    std::optional<JwsAlgorithm> m_algorithm;
    QString m_use;
};

} // namespace Meldeklient::Auth::Jose
