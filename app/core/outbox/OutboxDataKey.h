#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace Meldeklient {
class SecretStore;
}

namespace Meldeklient::Outbox {

// The per-user data key of the outbox: 32 random bytes kept in the OS keychain, never on disk.
class OutboxDataKey
{
public:
    // An opaque id for a signed-in user, derived from a stable subject (for example HelseID's pid_pseudonym, or
    // the pid): the hex SHA-256 of a domain tag and the subject, so no fødselsnummer ever reaches a key name or a
    // file name.
    static QString userKeyIdFor(const QString& subject);
    // Whether `userKeyId` is acceptable as an opaque id: 16–128 characters of [A-Za-z0-9_-], and not all digits (an
    // 11-digit value could be a fødselsnummer).
    static bool isOpaqueUserKeyId(const QString& userKeyId);
    // The keychain entry name, "outbox-data-key:<userKeyId>".
    static QString secretName(const QString& userKeyId);

    // Reads the key; when the keychain has none and `mayCreate`, creates and stores a new one.
    // Errors: "outbox-key-unavailable" (no usable keychain: nothing may be written), "outbox-key-missing" (no key
    // and not allowed to create one), "outbox-key-invalid" (an entry of the wrong size).
    static Result<QByteArray> loadOrCreate(SecretStore& secrets, const QString& userKeyId, bool mayCreate);
};

} // namespace Meldeklient::Outbox
