#pragma once

#include "core/common/SecretStore.h"

#include <QHash>

// A SecretStore in memory for unit tests, with the two faults the real keychain shows: unavailable (no D-Bus) and
// an entry that reads back as garbage. Integration tests use the real KeychainSecretStore.
class MemorySecretStore : public Meldeklient::SecretStore
{
public:
    QHash<QString, QByteArray> entries;
    bool unavailable = false;
    int writes = 0;

    Meldeklient::Result<void> write(const QString& key, const QByteArray& secret) override
    {
        ++writes;
        if (unavailable)
            return unavailableError();
        entries.insert(key, secret);
        return {};
    }
    Meldeklient::Result<QByteArray> read(const QString& key) override
    {
        if (unavailable)
            return unavailableError();
        if (!entries.contains(key))
            return Meldeklient::Error {"secret-not-found", "not found"};
        return entries.value(key);
    }
    Meldeklient::Result<void> remove(const QString& key) override
    {
        if (unavailable)
            return unavailableError();
        entries.remove(key);
        return {};
    }

private:
    static Meldeklient::Error unavailableError()
    {
        return {"secret-store-unavailable", "The system keychain cannot be used; will not be remembered."};
    }
};
