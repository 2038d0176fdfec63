#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace Meldeklient {
class SecretStore;
}
namespace Meldeklient::Config {
struct Environment;
}

namespace Meldeklient::Auth {

// The HelseID session kept in the keychain between runs: one entry, written whole, so a rotated refresh token
// replaces the old one atomically. The one owner of its format: HelseIdClient persists and resumes through it,
// and whoever needs to know whose session is stored (the outbox belongs to that person) asks it, offline.
struct StoredSession {
    QString issuer;
    QString clientId;
    QString refreshToken;
    QString nonce;
    QString subject; // `sub` of the signed-in person: stable, pseudonymous; selects the person's outbox
    QString resource;
    qint64 refreshExpiresAt = 0; // seconds since the epoch; 0 = not known

    static QString secretKey() { return QStringLiteral("session"); }

    QByteArray toJson() const;
    // Errors: "not-signed-in" (empty, unreadable, or without a refresh token or subject).
    static Result<StoredSession> fromJson(const QByteArray& json);

    // Errors: "not-signed-in" (nothing stored, or not a session), the store's ("secret-store-unavailable", ...).
    static Result<StoredSession> read(SecretStore& secrets);
    Result<void> write(SecretStore& secrets) const;
    static Result<void> remove(SecretStore& secrets);

    // Whether the session was issued by this environment's issuer to its client: another's token is of no use
    // here and must never be sent there.
    bool belongsTo(const Config::Environment& environment) const;
};

} // namespace Meldeklient::Auth
