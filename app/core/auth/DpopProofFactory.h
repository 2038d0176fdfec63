#pragma once

#include "core/auth/AuthClock.h"
#include "core/auth/jose/Jwk.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace Meldeklient::Auth {

// Builds DPoP proofs (RFC 9449 §4.2) with the installation's ES256 key: header typ "dpop+jwt", alg ES256 and the
// public jwk; claims jti (fresh), htm, htu, iat, and nonce/ath when given. One proof per HTTP request.
class DpopProofFactory
{
public:
    // `key` must be an EC P-256 private key. Check isValid() before use.
    explicit DpopProofFactory(Jose::Jwk key, AuthClock clock = AuthClock());

    bool isValid() const;

    // `method` is the HTTP method ("POST"), `url` the request URL (query and fragment are dropped from htu),
    // `nonce` the last DPoP-Nonce from that server (empty: no nonce claim), `accessToken` the token sent in
    // "Authorization: DPoP" (empty: no ath claim). Errors: "dpop-invalid-key", "dpop-invalid-url" (not http(s)
    // or no host), "random-failure", and signing errors.
    Result<QByteArray> create(QByteArrayView method, const QUrl& url, const QString& nonce = {},
        QByteArrayView accessToken = {}) const;

    // RFC 9449 htu: scheme, host, port (when not the default) and path; no query, no fragment.
    static QString htu(const QUrl& url);
    // RFC 7638 thumbprint of the key, to compare with the access token's cnf.jkt.
    QByteArray keyThumbprint() const;
    AuthClock clock() const { return m_clock; }

private:
    Jose::Jwk m_key;
    AuthClock m_clock;
};

} // namespace Meldeklient::Auth
