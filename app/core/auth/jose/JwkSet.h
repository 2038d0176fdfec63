#pragma once

#include "core/auth/jose/Jwk.h"
#include "core/auth/jose/JwsAlgorithm.h"
#include "core/common/Result.h"

#include <QByteArrayView>
#include <QList>

namespace Meldeklient::Auth::Jose {

// A JWK Set (RFC 7517 §5), e.g. HelseID's jwks_uri. Keys we cannot use (symmetric, unknown kty/crv, small RSA,
// "use":"enc", invalid points) are skipped, as RFC 7517 §5 asks, and counted in skippedKeyCount().
class JwkSet
{
public:
    JwkSet() = default;
    explicit JwkSet(QList<Jwk> keys);

    // Errors: "jwks-malformed" (not a JSON object with a "keys" array), "jwks-empty" (no usable signing key).
    static Result<JwkSet> fromJson(QByteArrayView json);

    // Picks the verification key for a JWS header. With a kid: the key with that kid, which must suit `algorithm`;
    // an absent kid gives "jwt-unknown-kid" so the caller can refetch the JWKS once (key rotation).
    // Without a kid: the single key that suits `algorithm` ("jwt-no-matching-key" for none, "jwt-ambiguous-key"
    // for several). A kid whose key does not suit `algorithm` gives "jwt-key-mismatch".
    Result<Jwk> select(const QString& kid, JwsAlgorithm algorithm) const;

    const QList<Jwk>& keys() const { return m_keys; }
    int skippedKeyCount() const { return m_skipped; }

private:
    QList<Jwk> m_keys;
    int m_skipped = 0;
};

} // namespace Meldeklient::Auth::Jose
