#pragma once

#include "core/auth/jose/Jwk.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Meldeklient {
class SecretStore;
}

namespace Meldeklient::Auth {

// The installation's client key (helseid.md §7 step 0): an ES256 key that signs client assertions and DPoP proofs.
// Created on first use or imported from a JWK file IT hands out, kept in the keychain (private JWK JSON), and shown
// as a public JWK plus RFC 7638 thumbprint for registration in HelseID's self-service.
class ClientKeyStore
{
public:
    static QString secretKey() { return QStringLiteral("client-key"); }

    explicit ClientKeyStore(SecretStore* store);

    // The stored key, or a new one when none is stored. When the keychain cannot be used the key lives in memory
    // for this session only and isRemembered() says so. Errors: "client-key-corrupt" (the stored entry is not a
    // usable ES256 private key; it is never overwritten silently), "secret-store-failed", Jwk::generate errors.
    Result<Jose::Jwk> loadOrCreate();
    // Reads a private EC P-256 JWK from `path` and stores it, replacing any key. Errors: "client-key-file"
    // (unreadable), "client-key-unsuitable" (not an ES256 private key), Jwk::fromJson codes, and the store's
    // write error (then nothing is kept).
    Result<Jose::Jwk> importFromFile(const QString& path);
    // Deletes the stored key (the installation must be registered again afterwards).
    Result<void> remove();

    bool isRemembered() const { return m_remembered; }
    // Why the key is not remembered (code "secret-store-unavailable"), when it is not.
    Error storeError() const { return m_storeError; }

    // Public members with kid and alg, compact JSON: what HelseID's self-service needs.
    static QByteArray publicJwkJson(const Jose::Jwk& key);

private:
    static Result<Jose::Jwk> usableKey(const QByteArray& json);

    SecretStore* m_store;
    bool m_remembered = false;
    Error m_storeError;
};

} // namespace Meldeklient::Auth
