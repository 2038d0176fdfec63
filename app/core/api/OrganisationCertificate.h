#pragma once

#include "core/common/Result.h"
#include "core/config/FolkeregisteretSettings.h"

#include <QSslConfiguration>

namespace Meldeklient {
class SecretStore;
}

namespace Meldeklient::Api {

// The organisation certificate (virksomhetssertifikat) Skatteetaten identifies the sender by: mutual TLS to
// Folkeregisteret (birth.md §1). IT installs a PKCS#12 file (its path: the setting BirthCertificateFile) and puts
// its password into the OS keychain (`meldeklient-cli birth-certificate set-password`); there is no other place for
// the password. An extra CA (BirthCaFile) is trusted beside the system's for this API only, never instead of
// verification.
class OrganisationCertificate
{
public:
    // The keychain entry of the PKCS#12 password (in the environment's keychain service).
    static constexpr QLatin1StringView PasswordKey {"folkeregisteret-certificate-password"};

    // The TLS configuration for Folkeregisteret: the certificate and key from the PKCS#12 file, the system's CAs
    // plus the extra CA, peer verification on. Errors (translated, each saying what IT must do):
    // "birth-certificate-missing" (no file configured or the file does not exist), "birth-certificate-unreadable"
    // (cannot be read, or not PKCS#12), "birth-certificate-password" (no password in the keychain, or it does not
    // open the file), "birth-ca-unreadable" (the extra CA file holds no certificate), "secret-store-unavailable".
    static Result<QSslConfiguration> load(const Config::FolkeregisteretSettings& settings, SecretStore& secrets);
    // Stores the password after checking that it opens the configured file (same errors).
    static Result<void> storePassword(
        const Config::FolkeregisteretSettings& settings, SecretStore& secrets, const QByteArray& password);

private:
    static Result<QSslConfiguration> open(const Config::FolkeregisteretSettings& settings, const QByteArray& password);
};

} // namespace Meldeklient::Api
