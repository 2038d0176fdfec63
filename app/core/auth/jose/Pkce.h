#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Meldeklient::Auth::Jose {

// PKCE with S256 (RFC 7636), fresh for every authorization request. The verifier is a secret until the token call.
class Pkce
{
public:
    // 32 CSPRNG bytes → 43-character verifier. Error "random-failure".
    static Result<Pkce> generate();
    // BASE64URL(SHA256(ASCII(verifier))), RFC 7636 §4.2.
    static QByteArray challengeFor(QByteArrayView verifier);
    static QString method() { return QStringLiteral("S256"); }

    QByteArray verifier() const { return m_verifier; }
    QByteArray challenge() const { return m_challenge; }

private:
    QByteArray m_verifier;
    QByteArray m_challenge;
};

} // namespace Meldeklient::Auth::Jose
