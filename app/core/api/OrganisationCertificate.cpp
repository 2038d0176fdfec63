#include "core/api/OrganisationCertificate.h"

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
                "certificate (PKCS#12) and set BirthCertificateFile to its path.")};
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

Result<QSslConfiguration> OrganisationCertificate::open(
    const Config::FolkeregisteretSettings& settings, const QByteArray& password)
{
    const QString file = settings.certificateFile;
    if (file.isEmpty() || !QFileInfo::exists(file))
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
    if (!settings.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(settings.caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            return Error {QStringLiteral("birth-ca-unreadable"),
                QCoreApplication::translate("Api",
                    "The CA file %1 (BirthCaFile) holds no PEM certificate. IT must correct or remove the setting.")
                    .arg(settings.caFile)};
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
    if (settings.certificateFile.isEmpty() || !QFileInfo::exists(settings.certificateFile))
        return missing(settings.certificateFile);
    const Result<QByteArray> password = secrets.read(PasswordKey);
    if (!password) {
        if (password.error().code == u"secret-not-found")
            return wrongPassword(settings.certificateFile);
        return password.error();
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
