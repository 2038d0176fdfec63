#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Meldeklient::Auth {

// A successful token endpoint answer (RFC 6749 §5.1, RFC 9449 §5). Secrets: never log or copy it around.
struct TokenResponse {
    QByteArray accessToken;
    qint64 expiresIn = 0;        // seconds
    QByteArray refreshToken;     // empty when none was issued
    qint64 refreshExpiresIn = 0; // HelseID's non-standard rt_expires_in; 0 when absent
    QByteArray idToken;          // empty when none was issued (refresh without openid)
    QString scope;

    // Requires access_token, token_type "DPoP" (a Bearer token would be usable by anyone who steals it) and a
    // positive expires_in. Errors: "token-malformed", "token-not-dpop".
    static Result<TokenResponse> parse(QByteArrayView json);
};

} // namespace Meldeklient::Auth
