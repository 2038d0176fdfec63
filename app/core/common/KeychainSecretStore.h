#pragma once

#include "core/common/SecretStore.h"

namespace Meldeklient {

// SecretStore on QtKeychain (Secret Service on Linux, Credential Manager on Windows, Keychain on macOS).
// Calls block on a local event loop until the keychain answers, with a time limit, so callers stay simple.
// The insecure plain-text fallback of QtKeychain is never enabled.
class KeychainSecretStore : public SecretStore
{
public:
    // `service` groups our entries in the keychain, e.g. "no.meldeklient.sandbox".
    explicit KeychainSecretStore(QString service, int timeoutMs = 15000);

    Result<void> write(const QString& key, const QByteArray& secret) override;
    Result<QByteArray> read(const QString& key) override;
    Result<void> remove(const QString& key) override;

    // True when a write, read-back and delete of a probe entry succeed: the way to know whether secrets will
    // persist (QtKeychain 0.13 has no isAvailable(), and a locked keyring reads as "not found").
    bool probe();

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace Meldeklient
