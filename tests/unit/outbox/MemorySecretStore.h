#pragma once

#include "core/common/SecretStore.h"

#include <QHash>

// A SecretStore in memory for state-machine tests, and a keychain that is switched off for the
// "outbox-key-unavailable" case (a real keychain cannot be made to fail on demand).
class MemorySecretStore : public Meldeklient::SecretStore
{
public:
    bool unavailable = false;
    QHash<QString, QByteArray> entries;

    Meldeklient::Result<void> write(const QString& key, const QByteArray& secret) override
    {
        if (unavailable)
            return failure();
        entries.insert(key, secret);
        return {};
    }
    Meldeklient::Result<QByteArray> read(const QString& key) override
    {
        if (unavailable)
            return failure();
        if (!entries.contains(key))
            return Meldeklient::Error {"secret-not-found", "not found"};
        return entries.value(key);
    }
    Meldeklient::Result<void> remove(const QString& key) override
    {
        if (unavailable)
            return failure();
        entries.remove(key);
        return {};
    }

private:
    static Meldeklient::Error failure() { return {"secret-store-unavailable", "no keychain"}; }
};
