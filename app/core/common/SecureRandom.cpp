#include "core/common/SecureRandom.h"

#include <QCoreApplication>
#include <QUuid>

#include <openssl/rand.h>

namespace Meldeklient {

Result<QByteArray> SecureRandom::bytes(int count)
{
    QByteArray out(qMax(count, 0), Qt::Uninitialized);
    if (count <= 0 || RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1) {
        return Error {QStringLiteral("random-failure"),
            QCoreApplication::translate("Common", "The system could not provide secure random numbers.")};
    }
    return out;
}

Result<QString> SecureRandom::uuidV4()
{
    Result<QByteArray> raw = bytes(16);
    if (!raw)
        return raw.error();
    QByteArray b = std::move(raw).value();
    b[6] = static_cast<char>((static_cast<unsigned char>(b[6]) & 0x0fU) | 0x40U); // version 4
    b[8] = static_cast<char>((static_cast<unsigned char>(b[8]) & 0x3fU) | 0x80U); // RFC 4122 variant
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

} // namespace Meldeklient
