#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Meldeklient::Auth::Jose {

// Hashes that bind one token to another.
class AccessTokenHash
{
public:
    // DPoP "ath" (RFC 9449 §4.2): base64url(SHA-256(ASCII access token)).
    static QByteArray ath(QByteArrayView accessToken);
    // OIDC "at_hash" (OpenID Connect Core §3.1.3.6) for an ID token signed with `digestName` ("SHA256"...):
    // base64url of the left half of the hash of the access token.
    static QByteArray atHash(QByteArrayView accessToken, const char* digestName);
};

} // namespace Meldeklient::Auth::Jose
