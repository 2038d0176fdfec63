#include "core/outbox/PayloadCipher.h"

#include "core/common/SecureRandom.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace Meldeklient::Outbox {

namespace {
constexpr char Magic[3] = {'M', 'K', 'E'};
constexpr char BlobVersion = 1;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytesOf(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytesOf(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

Error encryptFailed()
{
    return Error {QStringLiteral("outbox-encrypt-failed"),
        QCoreApplication::translate("Outbox", "The notification could not be encrypted for safe storage.")};
}

Error decryptFailed()
{
    return Error {QStringLiteral("outbox-decrypt-failed"),
        QCoreApplication::translate("Outbox",
            "Stored outbox data could not be decrypted: it was changed outside Meldeklient or belongs to another "
            "key.")};
}
} // namespace

PayloadCipher::PayloadCipher(QByteArray key)
    : m_key(std::move(key))
{
}

PayloadCipher::~PayloadCipher()
{
    if (!m_key.isEmpty())
        OPENSSL_cleanse(m_key.data(), static_cast<size_t>(m_key.size()));
}

QByteArray PayloadCipher::associatedData(qint64 itemId, QLatin1StringView field)
{
    QByteArray aad("meldeklient-outbox/aad-v");
    aad.append(QByteArray::number(AadVersion));
    aad.append('\0');
    char id[8];
    qToBigEndian(itemId, id);
    aad.append(id, sizeof id);
    aad.append(field.data(), field.size());
    return aad;
}

Result<QByteArray> PayloadCipher::encrypt(const QByteArray& plaintext, const QByteArray& associatedData) const
{
    if (!isValid())
        return encryptFailed();
    Result<QByteArray> nonce = SecureRandom::bytes(NonceSize);
    if (!nonce)
        return nonce.error();

    QByteArray blob;
    blob.reserve(Overhead + plaintext.size());
    blob.append(Magic, sizeof Magic);
    blob.append(BlobVersion);
    blob.append(nonce.value());
    const QByteArray header = blob.left(HeaderSize);

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(m_key), bytesOf(nonce.value())) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytesOf(header), header.size()) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytesOf(associatedData), associatedData.size()) != 1)
        return encryptFailed();

    const int cipherStart = blob.size();
    blob.resize(cipherStart + plaintext.size() + TagSize);
    unsigned char* out = bytesOf(blob) + cipherStart;
    if (EVP_EncryptUpdate(ctx.get(), out, &length, bytesOf(plaintext), plaintext.size()) != 1)
        return encryptFailed();
    int finalLength = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), out + length, &finalLength) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, out + plaintext.size()) != 1)
        return encryptFailed();
    return blob;
}

Result<QByteArray> PayloadCipher::decrypt(const QByteArray& blob, const QByteArray& associatedData) const
{
    if (blob.size() < Overhead || !blob.startsWith(QByteArrayView(Magic, sizeof Magic))) {
        return Error {QStringLiteral("outbox-blob-format"),
            QCoreApplication::translate("Outbox", "Stored outbox data is not in a format this version can read.")};
    }
    if (blob.at(3) != BlobVersion) {
        return Error {QStringLiteral("outbox-blob-format"),
            QCoreApplication::translate("Outbox", "Stored outbox data is not in a format this version can read.")};
    }
    if (!isValid())
        return decryptFailed();

    const unsigned char* nonce = bytesOf(blob) + HeaderSize;
    const unsigned char* cipher = nonce + NonceSize;
    const int cipherSize = blob.size() - Overhead;
    QByteArray tag = blob.right(TagSize);

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(m_key), nonce) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytesOf(blob), HeaderSize) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytesOf(associatedData), associatedData.size()) != 1)
        return decryptFailed();

    QByteArray plain(cipherSize, Qt::Uninitialized);
    if (EVP_DecryptUpdate(ctx.get(), bytesOf(plain), &length, cipher, cipherSize) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, bytesOf(tag)) != 1)
        return decryptFailed();
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), bytesOf(plain) + length, &finalLength) != 1) {
        OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
        return decryptFailed();
    }
    return plain;
}

QString PayloadCipher::keyedHash(QByteArrayView purpose, const QByteArray& data) const
{
    // The derived key: HMAC(data key, "meldeklient-outbox-derive:" purpose), so a tag never reveals the data key.
    const QByteArray derived = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("meldeklient-outbox-derive:") + purpose.toByteArray(), m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(QMessageAuthenticationCode::hash(data, derived, QCryptographicHash::Sha256).toHex());
}

} // namespace Meldeklient::Outbox
