#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Meldeklient::Auth::Jose {

// JWS carries ECDSA signatures as fixed-size big-endian R‖S (RFC 7518 §3.4); OpenSSL produces and expects DER.
class EcdsaSignature
{
public:
    // `componentSize` is the curve's byte length (32 for P-256). Error "jws-signature-encoding".
    static Result<QByteArray> derToRaw(QByteArrayView der, int componentSize);
    // Rejects a raw signature whose length is not exactly 2 × componentSize with "jwt-signature".
    static Result<QByteArray> rawToDer(QByteArrayView raw, int componentSize);
};

} // namespace Meldeklient::Auth::Jose
