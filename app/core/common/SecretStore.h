#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace Meldeklient {

// Where secrets live: the refresh token, the client's private key, the outbox data key. The product uses the OS
// keychain (KeychainSecretStore); there is deliberately no weaker fallback. Tests inject faults with their own
// implementation.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // Error codes: "secret-store-unavailable" (no keychain: the caller must work without persisting),
    // "secret-not-found" (read of a key never written), "secret-store-failed" (anything else).
    virtual Result<void> write(const QString& key, const QByteArray& secret) = 0;
    virtual Result<QByteArray> read(const QString& key) = 0;
    // Removing a key that does not exist succeeds.
    virtual Result<void> remove(const QString& key) = 0;
};

} // namespace Meldeklient
