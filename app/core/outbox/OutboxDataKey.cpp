#include "core/outbox/OutboxDataKey.h"

#include "core/common/SecretStore.h"
#include "core/outbox/PayloadCipher.h"
#include "core/common/SecureRandom.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace Meldeklient::Outbox {

namespace {
Error keyUnavailable()
{
    return Error {QStringLiteral("outbox-key-unavailable"),
        QCoreApplication::translate("Outbox",
            "The system keychain cannot be used, so the outbox cannot be stored safely. Nothing was saved: unlock "
            "or set up the keychain and try again, or print the notification.")};
}
} // namespace

QString OutboxDataKey::userKeyIdFor(const QString& subject)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("meldeklient-outbox-user\0", 24));
    hash.addData(subject.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

bool OutboxDataKey::isOpaqueUserKeyId(const QString& userKeyId)
{
    if (userKeyId.size() < 16 || userKeyId.size() > 128)
        return false;
    bool allDigits = true;
    for (const QChar c : userKeyId) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
        if (!allowed)
            return false;
        allDigits = allDigits && c.isDigit();
    }
    return !allDigits;
}

QString OutboxDataKey::secretName(const QString& userKeyId)
{
    return QStringLiteral("outbox-data-key:") + userKeyId;
}

Result<QByteArray> OutboxDataKey::loadOrCreate(SecretStore& secrets, const QString& userKeyId, bool mayCreate)
{
    const QString name = secretName(userKeyId);
    Result<QByteArray> stored = secrets.read(name);
    if (stored) {
        if (stored.value().size() != PayloadCipher::KeySize) {
            return Error {QStringLiteral("outbox-key-invalid"),
                QCoreApplication::translate("Outbox", "The outbox key in the system keychain is damaged.")};
        }
        return stored;
    }
    if (stored.error().code != QLatin1StringView("secret-not-found"))
        return keyUnavailable();
    if (!mayCreate) {
        return Error {QStringLiteral("outbox-key-missing"),
            QCoreApplication::translate("Outbox",
                "The outbox key is missing from the system keychain, so the saved notifications cannot be "
                "opened.")};
    }

    Result<QByteArray> key = SecureRandom::bytes(PayloadCipher::KeySize);
    if (!key)
        return key.error();
    if (!secrets.write(name, key.value()))
        return keyUnavailable();
    // Read back: a keyring that accepts writes but does not keep them (locked, session-only) would otherwise lose
    // every notification at the next start.
    const Result<QByteArray> back = secrets.read(name);
    if (!back || back.value() != key.value())
        return keyUnavailable();
    qCInfo(lcOutbox) << "created a new outbox data key";
    return key;
}

} // namespace Meldeklient::Outbox
