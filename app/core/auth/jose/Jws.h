#pragma once

#include "core/auth/jose/AlgorithmAllowList.h"
#include "core/auth/jose/Jwk.h"
#include "core/auth/jose/JwsAlgorithm.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace Meldeklient::Auth::Jose {

// A JWS in compact serialisation (RFC 7515 §7.1) with a JSON object payload.
class Jws
{
public:
    // Signs header+payload and returns "b64url(header).b64url(payload).b64url(signature)". The header's "alg" is
    // set from `algorithm`; everything else in `header` (typ, kid, jwk) is the caller's. ES* signatures are
    // raw R‖S. Errors: "jwt-key-mismatch" (key type/curve does not suit the algorithm), "jws-no-private-key",
    // "jws-sign" (OpenSSL failure).
    static Result<QByteArray> sign(QJsonObject header, const QJsonObject& payload, const Jwk& key,
        JwsAlgorithm algorithm);

    // Structural parse without a signature check. Errors: "jwt-malformed" (not three parts, bad base64url,
    // header or payload not a JSON object, "alg" missing or not a string), "jwt-alg-not-allowed" (none, HS*,
    // anything outside `allowed`), "jwt-crit-unsupported" (any "crit" header: we understand no extensions).
    static Result<Jws> parse(QByteArrayView compact, const AlgorithmAllowList& allowed);

    // Checks the signature with `key`. Errors: "jwt-key-mismatch", "jwt-signature".
    Result<void> verify(const Jwk& key) const;

    const QJsonObject& header() const { return m_header; }
    const QJsonObject& payload() const { return m_payload; }
    JwsAlgorithm algorithm() const { return m_algorithm; }
    // The "kid" header, empty when absent.
    QString kid() const;

private:
    QJsonObject m_header;
    QJsonObject m_payload;
    JwsAlgorithm m_algorithm = JwsAlgorithm::ES256;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

} // namespace Meldeklient::Auth::Jose
