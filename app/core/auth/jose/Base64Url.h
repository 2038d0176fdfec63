#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Meldeklient::Auth::Jose {

// base64url without padding (RFC 7515 §2, RFC 4648 §5). Decoding is strict: a JWS whose parts decode leniently can
// be re-encoded differently from what was signed, and parsers that disagree on such inputs are a classic JOSE bug.
class Base64Url
{
public:
    static QByteArray encode(QByteArrayView data);
    // Rejects '=' padding, characters outside [A-Za-z0-9_-], a length of 4n+1 and non-zero unused trailing bits
    // (so each byte string has exactly one accepted encoding). Error code "base64url-invalid".
    static Result<QByteArray> decode(QByteArrayView text);
};

} // namespace Meldeklient::Auth::Jose
