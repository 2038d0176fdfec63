#include "core/auth/jose/RandomToken.h"

#include "core/auth/jose/Base64Url.h"

#include <QCoreApplication>

#include <openssl/rand.h>

namespace Meldeklient::Auth::Jose {

Result<QByteArray> RandomToken::bytes(int count)
{
    QByteArray buffer(count, Qt::Uninitialized);
    if (count <= 0 || RAND_bytes(reinterpret_cast<unsigned char*>(buffer.data()), count) != 1) {
        return Error {QStringLiteral("random-failure"),
            QCoreApplication::translate("Auth", "The system could not provide secure random numbers.")};
    }
    return buffer;
}

Result<QByteArray> RandomToken::generate(int count)
{
    Result<QByteArray> raw = bytes(count);
    if (!raw)
        return raw.error();
    return Base64Url::encode(raw.value());
}

} // namespace Meldeklient::Auth::Jose
