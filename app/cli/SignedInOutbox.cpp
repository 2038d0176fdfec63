#include "cli/SignedInOutbox.h"

#include "core/auth/HelseIdClient.h"
#include "core/common/KeychainSecretStore.h"
#include "core/config/Environment.h"
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/OutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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
    m_store.reset(); // before the secret store it uses
}

QList<QCommandLineOption> SignedInOutbox::options()
{
    return {
        QCommandLineOption(UserOption,
            QCoreApplication::translate("Cli", "Opaque id of the user whose outbox to open (default: the signed-in user)."),
            QStringLiteral("ID")),
        QCommandLineOption(DatabaseOption,
            QCoreApplication::translate("Cli", "Outbox file (default: the user's outbox in the data folder)."),
            QStringLiteral("PATH")),
        QCommandLineOption(ServiceOption,
            QCoreApplication::translate("Cli", "Keychain service holding the outbox key (default: the environment's)."),
            QStringLiteral("SERVICE")),
    };
}

Result<void> SignedInOutbox::open(const QCommandLineParser& parser, const Config::Environment& environment)
{
    m_secrets = m_factory(parser.isSet(ServiceOption) ? parser.value(ServiceOption) : environment.keychainService());
    Outbox::OutboxOptions options;
    options.secrets = m_secrets.get();
    options.databasePath = parser.value(DatabaseOption);
    if (parser.isSet(UserOption)) {
        options.userKeyId = parser.value(UserOption);
    } else {
        const Result<QString> user = storedUserKeyId(*m_secrets);
        if (!user)
            return user.error();
        options.userKeyId = user.value();
    }
    m_databasePath = options.databasePath.isEmpty() ? Outbox::OutboxStore::defaultPath(options.userKeyId)
                                                    : options.databasePath;
    Result<std::unique_ptr<Outbox::OutboxStore>> opened = Outbox::OutboxStore::open(options);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    return {};
}

Result<QString> SignedInOutbox::storedUserKeyId(SecretStore& secrets)
{
    const Error notSignedIn {QStringLiteral("not-signed-in"),
        QCoreApplication::translate("Cli",
            "Nobody is signed in. Sign in first (meldeklient-cli login): the outbox belongs to the signed-in "
            "physician.")};
    const Result<QByteArray> stored = secrets.read(Auth::HelseIdClient::sessionSecretKey());
    if (!stored)
        return stored.error().code == u"secret-not-found" ? notSignedIn : stored.error();
    const QString subject = QJsonDocument::fromJson(stored.value()).object().value(u"sub").toString();
    if (subject.isEmpty())
        return notSignedIn;
    return Outbox::OutboxDataKey::userKeyIdFor(subject);
}

} // namespace Meldeklient::Cli
