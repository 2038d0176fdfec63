#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace Meldeklient::Outbox {

// Randomness for keys, nonces and idempotency keys, straight from OpenSSL's CSPRNG (RAND_bytes).
class SecureRandom
{
public:
    static Result<QByteArray> bytes(int count);
    // A UUID version 4 in its canonical lower-case form without braces, e.g. "3b1f…-4…".
    static Result<QString> uuidV4();
};

} // namespace Meldeklient::Outbox
