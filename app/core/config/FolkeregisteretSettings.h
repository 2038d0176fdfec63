#pragma once

#include <QString>
#include <QUrl>

namespace Meldeklient::Config {

class Configuration;

// Where births go and with which organisation certificate (README "Births: the organisation certificate"):
// FolkeregisteretUrl, BirthCertificateFile and BirthCaFile of the layered configuration. The certificate's
// password is not a setting: it lives in the OS keychain (Api::OrganisationCertificate::PasswordKey).
struct FolkeregisteretSettings {
    QUrl baseUrl;            // Skatteetaten's API root; the built-in one of test/production when not set
    QString certificateFile; // PKCS#12 with the organisation certificate and its key, or a pkcs11: URI of a token
    QString caFile;          // an extra CA (PEM) trusted for this API only (the sandbox's test CA)

    // Skatteetaten's published roots (birth.md §1): test and production; none for the sandbox, whose
    // Folkeregisteret runs on an ephemeral port (.ci/run-app.sh sets MELDEKLIENT_FOLKEREGISTERET_URL).
    static QUrl builtInUrl(const QString& environmentName);
    static FolkeregisteretSettings fromConfiguration(const Configuration& configuration);
    // Configuration::load(environmentName); the built-in URL only when the configuration cannot be read (the
    // program stops at start with that error anyway).
    static FolkeregisteretSettings load(const QString& environmentName);
};

} // namespace Meldeklient::Config
