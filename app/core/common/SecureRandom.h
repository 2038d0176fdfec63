#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace Meldeklient {

// Randomness for keys, nonces, tokens and idempotency keys, straight from OpenSSL's CSPRNG (RAND_bytes). The one
// place that calls it: a failure is an error ("random-failure"), never a fallback to a weaker source.
class SecureRandom
{
public:
    static Result<QByteArray> bytes(int count);
    // A UUID version 4 in its canonical lower-case form without braces, e.g. "3b1f…-4…".
    static Result<QString> uuidV4();
};

} // namespace Meldeklient
