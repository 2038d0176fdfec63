#pragma once

#include "core/common/Result.h"
#include "core/config/FolkeregisteretSettings.h"

#include <QSslConfiguration>

namespace Meldeklient {
class SecretStore;
}

namespace Meldeklient::Api {

// The organisation certificate (virksomhetssertifikat) Skatteetaten identifies the sender by: mutual TLS to
// Folkeregisteret (birth.md §1). IT installs either a PKCS#12 file (the setting BirthCertificateFile is its path) or
// a token (smart card, HSM; BirthCertificateFile is a `pkcs11:` URI, Pkcs11Certificate), and puts the file's password
// or the token's PIN into the OS keychain (`meldeklient-cli birth-certificate set-password`); there is no other
// place for either. An extra CA (BirthCaFile) is trusted beside the system's for this API only, never instead of
// verification.
class OrganisationCertificate
{
public:
    // The keychain entry of the PKCS#12 password or the token's PIN (in the environment's keychain service).
    static constexpr QLatin1StringView PasswordKey {"folkeregisteret-certificate-password"};

    // Where BirthCertificateFile points: decided here once, from the setting's form.
    enum class Source { None, Pkcs12File, Pkcs11Token };
    static Source sourceOf(const QString& setting);

    // The TLS configuration for Folkeregisteret: the certificate and key from the PKCS#12 file or the token, the
    // system's CAs plus the extra CA, peer verification on. Errors (translated, each saying what IT must do):
    // "birth-certificate-missing" (nothing configured or the file does not exist), "birth-certificate-unreadable"
    // (cannot be read, or not PKCS#12), "birth-certificate-password" (no password/PIN in the keychain, or it does not
    // open the file/token), "birth-ca-unreadable" (the extra CA file holds no certificate), "secret-store-unavailable",
    // and for a token those of Pkcs11Certificate::load.
    static Result<QSslConfiguration> load(const Config::FolkeregisteretSettings& settings, SecretStore& secrets);
    // Stores the password after checking that it opens the configured file (same errors).
    static Result<void> storePassword(
        const Config::FolkeregisteretSettings& settings, SecretStore& secrets, const QByteArray& password);

private:
    static Result<QSslConfiguration> open(const Config::FolkeregisteretSettings& settings, const QByteArray& password);
    static Result<QSslConfiguration> openPkcs12(const QString& file, const QByteArray& password);
    static Result<QSslConfiguration> configure(const QSslConfiguration& identity, const QString& caFile);
};

} // namespace Meldeklient::Api
