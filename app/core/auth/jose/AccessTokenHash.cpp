#include "core/auth/jose/AccessTokenHash.h"

#include "core/auth/jose/Base64Url.h"

#include <QCryptographicHash>

#include <cstring>

namespace Meldeklient::Auth::Jose {

QByteArray AccessTokenHash::ath(QByteArrayView accessToken)
{
    return Base64Url::encode(QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256));
}

QByteArray AccessTokenHash::atHash(QByteArrayView accessToken, const char* digestName)
{
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256;
    if (std::strcmp(digestName, "SHA384") == 0)
        algorithm = QCryptographicHash::Sha384;
    else if (std::strcmp(digestName, "SHA512") == 0)
        algorithm = QCryptographicHash::Sha512;
    const QByteArray digest = QCryptographicHash::hash(accessToken, algorithm);
    return Base64Url::encode(QByteArrayView(digest).first(digest.size() / 2));
}

} // namespace Meldeklient::Auth::Jose
