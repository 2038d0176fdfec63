#include "core/auth/jose/Pkce.h"

#include "core/auth/jose/Base64Url.h"
#include "core/auth/jose/RandomToken.h"

#include <QCryptographicHash>

namespace Meldeklient::Auth::Jose {

Result<Pkce> Pkce::generate()
{
    Result<QByteArray> verifier = RandomToken::generate(32);
    if (!verifier)
        return verifier.error();
    Pkce pkce;
    pkce.m_verifier = verifier.value();
    pkce.m_challenge = challengeFor(pkce.m_verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(QByteArrayView verifier)
{
    return Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

} // namespace Meldeklient::Auth::Jose
