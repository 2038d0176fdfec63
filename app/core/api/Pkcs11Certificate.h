#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Meldeklient::Api {

// The organisation certificate on a smart card or HSM (Buypass and Commfides deliver them so), reached through
// PKCS#11: an RFC 7512 URI names the token and the object (`pkcs11:token=…;object=…` or `id=…`), the PIN comes from
// the keychain. The certificate is read from the token; the private key never leaves it: OpenSSL's PKCS#11 engine
// (Debian: libengine-pkcs11-openssl) gives an opaque EVP_PKEY that signs on the token, which Qt's OpenSSL backend
// uses as it is. The PKCS#11 module is p11-kit's proxy (every module registered with p11-kit, e.g. OpenSC, SoftHSM);
// MELDEKLIENT_PKCS11_MODULE names another (an absolute path), read once per process.
class Pkcs11Certificate
{
public:
    static constexpr QLatin1StringView UriScheme {"pkcs11:"};

    struct Loaded
    {
        QSslCertificate certificate;
        QSslKey key; // opaque: it owns the EVP_PKEY, which holds the engine
    };

    static bool isUri(const QString& setting);
    // The module in use: MELDEKLIENT_PKCS11_MODULE, or p11-kit's proxy module.
    static QString modulePath();

    // Errors (translated, each saying what IT must do): "birth-certificate-unreadable" (not a PKCS#11 URI, or one
    // with a PIN in it), "birth-certificate-engine" (the engine or the module is not installed),
    // "birth-certificate-token-missing" (no token matches the URI), "birth-certificate-not-found" (the token has no
    // certificate or no private key there), "birth-certificate-password" (the PIN is empty or wrong),
    // "birth-certificate-locked" (the token locked the PIN). Once a process is logged in to a token, the token does
    // not check the PIN again until the process ends (PKCS#11 login is per application).
    static Result<Loaded> load(const QString& uri, const QByteArray& pin);
};

} // namespace Meldeklient::Api
