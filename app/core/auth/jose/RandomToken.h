#pragma once

#include "core/common/Result.h"

#include <QByteArray>

namespace Meldeklient::Auth::Jose {

// Unguessable values for state, nonce and jti, from OpenSSL's CSPRNG (RAND_bytes), base64url encoded.
class RandomToken
{
public:
    static constexpr int DefaultBytes = 32; // 43 characters, within FAPI's 64-character nonce limit
    static constexpr int MaximumNonceLength = 64;

    // Error "random-failure" when the CSPRNG fails (it is never replaced by a weaker source).
    static Result<QByteArray> generate(int bytes = DefaultBytes);
    // Raw random bytes, same error.
    static Result<QByteArray> bytes(int count);
};

} // namespace Meldeklient::Auth::Jose
