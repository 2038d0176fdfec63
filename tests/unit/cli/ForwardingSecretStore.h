#pragma once

#include "core/common/SecretStore.h"

namespace Meldeklient::Test {

// Hands a command a view of one long-lived in-memory keychain, as the OS keychain would be across runs: the command
// owns (and deletes) this forwarder, never the store behind it.
class ForwardingSecretStore : public SecretStore
{
public:
    explicit ForwardingSecretStore(SecretStore& target)
        : m_target(target)
    {
    }
    Result<void> write(const QString& key, const QByteArray& secret) override { return m_target.write(key, secret); }
    Result<QByteArray> read(const QString& key) override { return m_target.read(key); }
    Result<void> remove(const QString& key) override { return m_target.remove(key); }

private:
    SecretStore& m_target;
};

} // namespace Meldeklient::Test
