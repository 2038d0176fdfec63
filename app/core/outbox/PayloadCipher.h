#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QLatin1StringView>

namespace Meldeklient::Outbox {

// AES-256-GCM for everything in the outbox that can hold personal data.
//
// Blob format, version 1 (all of it is authenticated):
//   "MKE" | 0x01 | nonce (12 random bytes) | ciphertext | tag (16 bytes)
// The associated data binds a blob to its place: layout version, item id and field name. A blob copied into another
// row or another column fails authentication exactly like a tampered one.
class PayloadCipher
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int HeaderSize = 4;
    static constexpr int Overhead = HeaderSize + NonceSize + TagSize;
    // Version of the associated-data layout below; a change of meaning of a field takes a new version.
    static constexpr int AadVersion = 1;

    // `key` must be KeySize bytes; isValid() says whether it was.
    explicit PayloadCipher(QByteArray key);
    ~PayloadCipher();
    PayloadCipher(const PayloadCipher&) = delete;
    PayloadCipher& operator=(const PayloadCipher&) = delete;

    bool isValid() const { return m_key.size() == KeySize; }

    static QByteArray associatedData(qint64 itemId, QLatin1StringView field);

    // Error "outbox-encrypt-failed".
    Result<QByteArray> encrypt(const QByteArray& plaintext, const QByteArray& associatedData) const;
    // Errors "outbox-blob-format" (not a blob of a version we read) and "outbox-decrypt-failed" (wrong key, tampered
    // or moved blob: GCM cannot tell these apart, and neither should the user).
    Result<QByteArray> decrypt(const QByteArray& blob, const QByteArray& associatedData) const;

    // HMAC-SHA256 under a key derived from this one for `purpose` (never the encryption key itself): a value that
    // lets equal inputs be found (the same person twice) without storing the input. Hex.
    QString keyedHash(QByteArrayView purpose, const QByteArray& data) const;

private:
    QByteArray m_key;
};

} // namespace Meldeklient::Outbox
