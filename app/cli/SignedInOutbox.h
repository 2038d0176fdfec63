#pragma once

#include "core/common/Result.h"
#include "core/session/SessionOptions.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <memory>

class QCommandLineParser;

namespace Meldeklient {
class SecretStore;
}
namespace Meldeklient::Auth {
struct SignedInUser;
}
namespace Meldeklient::Config {
struct Environment;
}
namespace Meldeklient::Outbox {
class OutboxStore;
}
namespace Meldeklient::Session {
class Session;
}

namespace Meldeklient::Cli {

class CliContext;

// The outbox of the person whose HelseID session is stored in the keychain of an environment, through core's
// Session (which opens an outbox only for the person it belongs to). Knowing whose outbox it is needs no network,
// so a notification can be queued offline and sent later. The options --database and --keychain-service override
// the defaults (tests, support). --user-key-id names an outbox for diagnostics: when it is not the signed-in
// person's, it opens read-only and every command that would change it or send from it refuses (issue 9 item 3).
class SignedInOutbox
{
public:
    using SecretStoreFactory = Session::SessionOptions::SecretStoreFactory;

    // The default factory opens the OS keychain.
    explicit SignedInOutbox(SecretStoreFactory secrets = {});
    ~SignedInOutbox();

    static QList<QCommandLineOption> options();
    // Opens the store for the parsed options. Errors: "not-signed-in", "secret-store-unavailable",
    // OutboxStore::open's.
    Result<void> open(const QCommandLineParser& parser, const Config::Environment& environment,
        int requestTimeoutMs = 30000);
    Outbox::OutboxStore& store();
    Session::Session& session() { return *m_session; }
    // The file open() tried, known once the user is; for a read-only listing when open() failed.
    QString databasePath() const { return m_databasePath; }

    // Another person's outbox opened with --user-key-id: look, never touch.
    bool isReadOnly() const { return m_readOnly; }
    // Error "outbox-read-only" (saying whose outbox it is not) when isReadOnly(), for commands that write or send.
    Result<void> requireWritable() const;
    // Prints {"readOnly": true, "message"} on standard error when isReadOnly(), so a reader knows.
    void noteReadOnly(CliContext& context) const;

    // Resumes the stored sign-in (a token refresh) so the registry can be asked: the session is then Ready with
    // an API client and a sender for this outbox. Errors: the sign-in's ("not-signed-in", "network-error", ...),
    // "api-unknown-transport", "api-not-configured", "insecure-endpoint", "outbox-read-only".
    Result<Auth::SignedInUser> connect();

private:
    SecretStoreFactory m_factory;
    std::unique_ptr<Session::Session> m_session;
    // The read-only diagnostic store (another person's outbox) and its keychain.
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Outbox::OutboxStore> m_foreign;
    bool m_readOnly = false;
    QString m_databasePath;
};

} // namespace Meldeklient::Cli
