#include "core/auth/jose/RandomToken.h"

#include "core/auth/jose/Base64Url.h"
#include "core/common/SecureRandom.h"


namespace Meldeklient::Auth::Jose {

Result<QByteArray> RandomToken::bytes(int count)
{
    return SecureRandom::bytes(count);
}

Result<QByteArray> RandomToken::generate(int count)
{
    Result<QByteArray> raw = bytes(count);
    if (!raw)
        return raw.error();
    return Base64Url::encode(raw.value());
}

} // namespace Meldeklient::Auth::Jose
