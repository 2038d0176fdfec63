#include "core/auth/ClientKeyStore.h"

#include "core/common/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcClientKey, "meldeklient.auth.clientkey", QtInfoMsg)

namespace Meldeklient::Auth {

namespace {
// Key files from IT are a few hundred bytes; refuse anything that cannot be one.
constexpr qint64 MaxKeyFileBytes = 64 * 1024;
} // namespace

ClientKeyStore::ClientKeyStore(SecretStore* store)
    : m_store(store)
{
}

Result<Jose::Jwk> ClientKeyStore::usableKey(const QByteArray& json)
{
    Result<Jose::Jwk> key = Jose::Jwk::fromJson(json);
    if (!key)
        return key;
    if (!key->hasPrivateKey() || !key->isUsableWith(Jose::JwsAlgorithm::ES256))
        return Error {QStringLiteral("client-key-unsuitable"),
            QCoreApplication::translate("Auth", "The client key must be a private EC P-256 key for ES256.")};
    Jose::Jwk usable = key.value();
    usable.setAlgorithm(Jose::JwsAlgorithm::ES256);
    if (usable.kid().isEmpty())
        usable.setKid(QString::fromLatin1(usable.thumbprint()));
    return usable;
}

Result<Jose::Jwk> ClientKeyStore::loadOrCreate()
{
    const Result<QByteArray> stored = m_store->read(secretKey());
    if (stored) {
        Result<Jose::Jwk> key = usableKey(stored.value());
        if (!key) {
            qCWarning(lcClientKey) << "stored client key unusable:" << key.error().code;
            return Error {QStringLiteral("client-key-corrupt"),
                QCoreApplication::translate("Auth",
                    "The client key in the keychain cannot be used. Import the key again or create a new one and "
                    "register it.")};
        }
        m_remembered = true;
        return key;
    }
    const QString readError = stored.error().code;
    if (readError != u"secret-not-found" && readError != u"secret-store-unavailable")
        return stored.error();

    Result<Jose::Jwk> generated = Jose::Jwk::generate(Jose::JwsAlgorithm::ES256);
    if (!generated)
        return generated;
    Jose::Jwk key = generated.value();
    key.setKid(QString::fromLatin1(key.thumbprint()));
    const Result<QJsonObject> privateJson = key.toPrivateJson();
    if (!privateJson)
        return privateJson.error();
    const Result<void> written
        = m_store->write(secretKey(), QJsonDocument(privateJson.value()).toJson(QJsonDocument::Compact));
    m_remembered = written.isOk();
    if (!written) {
        m_storeError = written.error();
        qCWarning(lcClientKey) << "client key created for this session only:" << written.error().code;
    } else {
        qCInfo(lcClientKey) << "new client key created and stored";
    }
    return key;
}

Result<Jose::Jwk> ClientKeyStore::importFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxKeyFileBytes)
        return Error {QStringLiteral("client-key-file"),
            QCoreApplication::translate("Auth", "Cannot read the key file %1.").arg(path)};
    Result<Jose::Jwk> key = usableKey(file.readAll());
    if (!key)
        return key;
    const Result<QJsonObject> privateJson = key->toPrivateJson();
    if (!privateJson)
        return privateJson.error();
    const Result<void> written
        = m_store->write(secretKey(), QJsonDocument(privateJson.value()).toJson(QJsonDocument::Compact));
    if (!written) {
        m_storeError = written.error();
        return written.error();
    }
    m_remembered = true;
    return key;
}

Result<void> ClientKeyStore::remove()
{
    m_remembered = false;
    return m_store->remove(secretKey());
}

QByteArray ClientKeyStore::publicJwkJson(const Jose::Jwk& key)
{
    return QJsonDocument(key.toPublicJson()).toJson(QJsonDocument::Compact);
}

} // namespace Meldeklient::Auth
