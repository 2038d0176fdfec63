#include "core/api/OrganisationCertificate.h"

#include "core/api/Pkcs11Certificate.h"
#include "core/common/SecretStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

namespace Meldeklient::Api {

namespace {
Error missing(const QString& file)
{
    if (file.isEmpty()) {
        return Error {QStringLiteral("birth-certificate-missing"),
            QCoreApplication::translate("Api",
                "No organisation certificate is set up for Folkeregisteret. IT must install the organisation's "
                "certificate (PKCS#12 file or token) and set BirthCertificateFile to its path or pkcs11: URI.")};
    }
    return Error {QStringLiteral("birth-certificate-missing"),
        QCoreApplication::translate("Api",
            "The organisation certificate %1 (BirthCertificateFile) does not exist. IT must install it there or "
            "correct the setting.")
            .arg(file)};
}

Error unreadable(const QString& file)
{
    return Error {QStringLiteral("birth-certificate-unreadable"),
        QCoreApplication::translate("Api",
            "The organisation certificate %1 cannot be read as a PKCS#12 file with a certificate and its private key. "
            "IT must check the file and its permissions.")
            .arg(file)};
}

Error wrongPassword(const QString& file)
{
    return Error {QStringLiteral("birth-certificate-password"),
        QCoreApplication::translate("Api",
            "The password of the organisation certificate %1 is missing from the keychain or does not open it. IT "
            "must store it with: meldeklient-cli birth-certificate set-password")
            .arg(file)};
}
} // namespace

OrganisationCertificate::Source OrganisationCertificate::sourceOf(const QString& setting)
{
    if (setting.isEmpty())
        return Source::None;
    return Pkcs11Certificate::isUri(setting) ? Source::Pkcs11Token : Source::Pkcs12File;
}

Result<QSslConfiguration> OrganisationCertificate::open(
    const Config::FolkeregisteretSettings& settings, const QByteArray& password)
{
    Result<QSslConfiguration> identity = Error {};
    switch (sourceOf(settings.certificateFile)) {
    case Source::None:
        return missing(settings.certificateFile);
    case Source::Pkcs12File:
        identity = openPkcs12(settings.certificateFile, password);
        break;
    case Source::Pkcs11Token: {
        const Result<Pkcs11Certificate::Loaded> token = Pkcs11Certificate::load(settings.certificateFile, password);
        if (!token)
            return token.error();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(token->certificate);
        tls.setPrivateKey(token->key);
        identity = tls;
        break;
    }
    }
    if (!identity)
        return identity;
    return configure(identity.value(), settings.caFile);
}

Result<QSslConfiguration> OrganisationCertificate::openPkcs12(const QString& file, const QByteArray& password)
{
    if (!QFileInfo::exists(file))
        return missing(file);
    QFile p12(file);
    if (!p12.open(QIODevice::ReadOnly))
        return unreadable(file);
    QByteArray bytes = p12.readAll();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain, password) || key.isNull()
        || certificate.isNull()) {
        // PKCS#12 starts with a DER SEQUENCE; anything else is not the file IT meant.
        if (bytes.isEmpty() || static_cast<unsigned char>(bytes.at(0)) != 0x30)
            return unreadable(file);
        return wrongPassword(file);
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    if (!chain.isEmpty())
        tls.setLocalCertificateChain(QList<QSslCertificate> {certificate} + chain);
    return tls;
}

Result<QSslConfiguration> OrganisationCertificate::configure(const QSslConfiguration& identity, const QString& caFile)
{
    QSslConfiguration tls = identity;
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            return Error {QStringLiteral("birth-ca-unreadable"),
                QCoreApplication::translate("Api",
                    "The CA file %1 (BirthCaFile) holds no PEM certificate. IT must correct or remove the setting.")
                    .arg(caFile)};
        }
        tls.addCaCertificates(extra);
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

Result<QSslConfiguration> OrganisationCertificate::load(
    const Config::FolkeregisteretSettings& settings, SecretStore& secrets)
{
    const Source source = sourceOf(settings.certificateFile);
    if (source == Source::None || (source == Source::Pkcs12File && !QFileInfo::exists(settings.certificateFile)))
        return missing(settings.certificateFile);
    const Result<QByteArray> password = secrets.read(PasswordKey);
    if (!password) {
        if (password.error().code != u"secret-not-found")
            return password.error();
        // The token's own error for a missing PIN (open() with an empty one), the file's for a missing password.
        if (source == Source::Pkcs12File)
            return wrongPassword(settings.certificateFile);
        return open(settings, {});
    }
    return open(settings, password.value());
}

Result<void> OrganisationCertificate::storePassword(
    const Config::FolkeregisteretSettings& settings, SecretStore& secrets, const QByteArray& password)
{
    if (const Result<QSslConfiguration> opened = open(settings, password); !opened)
        return opened.error();
    return secrets.write(PasswordKey, password);
}

} // namespace Meldeklient::Api
