#include "cli/SignedInOutbox.h"

#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/api/ApiClient.h"
#include "core/auth/SignedInUser.h"
#include "core/auth/StoredSession.h"
#include "core/common/KeychainSecretStore.h"
#include "core/config/Environment.h"
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/OutboxStore.h"
#include "core/session/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace Meldeklient::Cli {

namespace {
const QString UserOption = QStringLiteral("user-key-id");
const QString DatabaseOption = QStringLiteral("database");
const QString ServiceOption = QStringLiteral("keychain-service");
} // namespace

SignedInOutbox::SignedInOutbox(SecretStoreFactory secrets)
    : m_factory(std::move(secrets))
{
    if (!m_factory) {
        m_factory = [](const QString& service) -> std::unique_ptr<SecretStore> {
            return std::make_unique<KeychainSecretStore>(service);
        };
    }
}

SignedInOutbox::~SignedInOutbox()
{
    m_foreign.reset(); // before the secret store it uses
}

QList<QCommandLineOption> SignedInOutbox::options()
{
    return {
        QCommandLineOption(UserOption,
            QCoreApplication::translate("Cli",
                "Opaque id of the user whose outbox to open (default: the signed-in user). Another user's outbox "
                "opens read-only."),
            QStringLiteral("ID")),
        QCommandLineOption(DatabaseOption,
            QCoreApplication::translate("Cli", "Outbox file (default: the user's outbox in the data folder)."),
            QStringLiteral("PATH")),
        QCommandLineOption(ServiceOption,
            QCoreApplication::translate("Cli", "Keychain service holding the outbox key (default: the environment's)."),
            QStringLiteral("SERVICE")),
    };
}

Result<void> SignedInOutbox::open(const QCommandLineParser& parser, const Config::Environment& environment,
    int requestTimeoutMs)
{
    const QString service = parser.isSet(ServiceOption) ? parser.value(ServiceOption) : environment.keychainService();
    Session::SessionOptions options;
    options.secrets = [factory = m_factory, service](const QString&) { return factory(service); };
    options.outboxPath = parser.value(DatabaseOption);
    options.requestTimeoutMs = requestTimeoutMs;
    m_session = std::make_unique<Session::Session>(environment, std::move(options));

    if (parser.isSet(UserOption)) {
        // Whose session is stored decides whether the named outbox is that person's own.
        const Result<Auth::StoredSession> stored = Auth::StoredSession::read(m_session->secrets());
        const bool own = stored && stored->belongsTo(environment)
            && Outbox::OutboxDataKey::userKeyIdFor(stored->subject) == parser.value(UserOption);
        m_readOnly = !own;
    }
    // The file this opens, known before opening, for a read-only listing when the open fails (busy, key lost).
    m_databasePath = parser.value(DatabaseOption);
    if (!m_readOnly) {
        if (m_databasePath.isEmpty()) {
            if (const Result<Auth::StoredSession> stored = Auth::StoredSession::read(m_session->secrets()); stored)
                m_databasePath = Outbox::OutboxStore::defaultPath(Outbox::OutboxDataKey::userKeyIdFor(stored->subject));
        }
        return m_session->openStoredOutbox();
    }
    if (m_databasePath.isEmpty())
        m_databasePath = Outbox::OutboxStore::defaultPath(parser.value(UserOption));
    // Someone else's (or nobody is signed in): for diagnostics only, never changed and never sent from.
    m_secrets = m_factory(service);
    Outbox::OutboxOptions foreign;
    foreign.userKeyId = parser.value(UserOption);
    foreign.secrets = m_secrets.get();
    foreign.databasePath = parser.value(DatabaseOption);
    foreign.readOnly = true;
    Result<std::unique_ptr<Outbox::OutboxStore>> store = Outbox::OutboxStore::open(foreign);
    if (!store)
        return store.error();
    m_foreign = std::move(store).value();
    return {};
}

Outbox::OutboxStore& SignedInOutbox::store()
{
    return m_foreign ? *m_foreign : *m_session->outbox();
}

Result<void> SignedInOutbox::requireWritable() const
{
    if (!m_readOnly)
        return {};
    return Error {QStringLiteral("outbox-read-only"),
        QCoreApplication::translate("Cli",
            "This outbox is not the signed-in physician's (--user-key-id): it can be listed and shown, but nothing "
            "in it can be sent, retried, cancelled or withdrawn. Sign in as its owner to do that.")};
}

void SignedInOutbox::noteReadOnly(CliContext& context) const
{
    if (!m_readOnly)
        return;
    context.err() << JsonLine()
                         .add(QStringLiteral("readOnly"), true)
                         .add(QStringLiteral("message"),
                             QCoreApplication::translate("Cli",
                                 "Read-only: this outbox is not the signed-in physician's."))
                         .toString()
                  << '\n';
}

Result<Auth::SignedInUser> SignedInOutbox::connect()
{
    if (const Result<void> writable = requireWritable(); !writable)
        return writable.error();
    Session::Session& session = *m_session;
    QEventLoop loop;
    QObject::connect(&session, &Session::Session::stateChanged, &loop, [&loop](Session::Session::State state) {
        if (state != Session::Session::State::SigningIn)
            loop.quit();
    });
    session.restore();
    if (session.state() == Session::Session::State::SigningIn)
        loop.exec();
    if (session.state() != Session::Session::State::Ready || !session.user())
        return session.lastError().code.isEmpty()
            ? Error {QStringLiteral("not-signed-in"), QCoreApplication::translate("Auth", "You are not signed in.")}
            : session.lastError();
    if (!session.api() || !session.sender())
        return session.lastError();
    return session.user().value();
}

} // namespace Meldeklient::Cli
