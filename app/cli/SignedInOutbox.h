#pragma once

#include "core/common/Result.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace Meldeklient {
class SecretStore;
}
namespace Meldeklient::Config {
struct Environment;
}
namespace Meldeklient::Outbox {
class OutboxStore;
}

namespace Meldeklient::Cli {

class CliContext;

// The outbox of the person whose HelseID session is stored in the keychain of an environment. Knowing whose outbox
// it is needs no network (no token refresh), so a notification can be queued offline and sent later.
// The options --user-key-id, --database and --keychain-service override the defaults (tests, support).
class SignedInOutbox
{
public:
    using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>(const QString& service)>;

    // The default factory opens the OS keychain.
    explicit SignedInOutbox(SecretStoreFactory secrets = {});
    ~SignedInOutbox();

    static QList<QCommandLineOption> options();
    // Opens the store for the parsed options. Errors: storedUserKeyId's, OutboxStore::open's.
    Result<void> open(const QCommandLineParser& parser, const Config::Environment& environment);
    Outbox::OutboxStore& store() { return *m_store; }
    // The file open() tried, known once the user is; for a read-only listing when open() failed.
    QString databasePath() const { return m_databasePath; }

    // OutboxDataKey::userKeyIdFor(sub) of the stored session. Errors: "not-signed-in" when no session is stored,
    // "secret-store-unavailable" when the keychain cannot be read.
    static Result<QString> storedUserKeyId(SecretStore& secrets);

private:
    SecretStoreFactory m_factory;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Outbox::OutboxStore> m_store;
    QString m_databasePath;
};

} // namespace Meldeklient::Cli
