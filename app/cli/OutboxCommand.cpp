#include "cli/OutboxCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/common/KeychainSecretStore.h"
#include "core/outbox/OutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Meldeklient::Cli {

using namespace Meldeklient::Outbox;

namespace {
QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}

// Metadata only: the plain columns, which hold no personal data by design.
QString describe(const OutboxItem& item, bool detailed)
{
    JsonLine line;
    line.addRaw(QStringLiteral("id"), QString::number(item.id))
        .add(QStringLiteral("kind"), item.kind)
        .add(QStringLiteral("state"), QString(stateCode(item.state)));
    if (item.parentId) {
        line.addRaw(QStringLiteral("parentId"), QString::number(*item.parentId))
            .add(QStringLiteral("blockedByParent"), item.isBlockedByParent());
    }
    line.addRaw(QStringLiteral("attemptCount"), QString::number(item.attemptCount))
        .add(QStringLiteral("idempotencyKey"), item.idempotencyKey)
        .add(QStringLiteral("lastErrorCode"), item.lastErrorCode)
        .add(QStringLiteral("createdAt"), isoTime(item.createdAt))
        .add(QStringLiteral("updatedAt"), isoTime(item.updatedAt))
        .add(QStringLiteral("nextAttemptAt"), isoTime(item.nextAttemptAt));
    if (detailed) {
        line.add(QStringLiteral("lastErrorMessage"), item.lastErrorMessage)
            .add(QStringLiteral("claimedAt"), isoTime(item.claimedAt))
            .add(QStringLiteral("acceptedAt"), isoTime(item.acceptedAt))
            .add(QStringLiteral("formVersion"), item.formVersion)
            .add(QStringLiteral("codeListVersions"), item.codeListVersions)
            .add(QStringLiteral("hasDraft"), item.hasDraft)
            .add(QStringLiteral("hasPayload"), item.hasPayload);
    }
    return line.toString();
}

int fail(CliContext& context, const Error& error)
{
    context.err() << error.code << ": " << error.message << '\n';
    return ExitFailed;
}
} // namespace

OutboxCommand::OutboxCommand(SecretStoreFactory secrets)
    : m_secrets(std::move(secrets))
{
    if (!m_secrets) {
        m_secrets = [](const QString& service) -> std::unique_ptr<SecretStore> {
            return std::make_unique<KeychainSecretStore>(service);
        };
    }
}

QString OutboxCommand::name() const
{
    return QStringLiteral("outbox");
}

QString OutboxCommand::summary() const
{
    return QCoreApplication::translate("Cli", "List, show or cancel notifications in the outbox");
}

int OutboxCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption userOption(QStringLiteral("user-key-id"),
        QCoreApplication::translate("Cli", "Opaque id of the user whose outbox to open."), QStringLiteral("ID"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QCoreApplication::translate("Cli", "Outbox file (default: the user's outbox in the data folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption serviceOption(QStringLiteral("keychain-service"),
        QCoreApplication::translate("Cli", "Keychain service holding the outbox key."), QStringLiteral("SERVICE"),
        QStringLiteral("no.meldeklient.production"));
    const QCommandLineOption helpOption(QStringList {QStringLiteral("help"), QStringLiteral("h")},
        QCoreApplication::translate("Cli", "Show this help."));
    parser.addOptions({userOption, databaseOption, serviceOption, helpOption});
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate("Cli", "list, show ID or cancel ID."), QStringLiteral("list|show ID|cancel ID"));
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText().replace(QStringLiteral("outbox [options]"),
            QStringLiteral("meldeklient-cli outbox [options]"));
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool needsId = action == u"show" || action == u"cancel";
    bool idOk = false;
    const qint64 id = positional.value(1).toLongLong(&idOk);
    if (!(action == u"list" && positional.size() == 1) && !(needsId && positional.size() == 2 && idOk)) {
        context.err() << QCoreApplication::translate("Cli", "Use: outbox list | outbox show ID | outbox cancel ID")
                      << '\n';
        return ExitUsage;
    }
    if (!parser.isSet(userOption)) {
        context.err() << QCoreApplication::translate("Cli", "outbox needs --user-key-id.") << '\n';
        return ExitUsage;
    }

    const std::unique_ptr<SecretStore> secrets = m_secrets(parser.value(serviceOption));
    OutboxOptions options;
    options.secrets = secrets.get();
    options.userKeyId = parser.value(userOption);
    options.databasePath = parser.value(databaseOption);
    auto opened = OutboxStore::open(options);
    if (!opened)
        return fail(context, opened.error());
    OutboxStore& store = *opened.value();

    if (action == u"list") {
        const Result<QList<OutboxItem>> items = store.items();
        if (!items)
            return fail(context, items.error());
        for (const OutboxItem& item : items.value())
            context.out() << describe(item, false) << '\n';
        return ExitOk;
    }
    if (action == u"cancel") {
        const Result<void> cancelled = store.cancel(id);
        if (!cancelled)
            return fail(context, cancelled.error());
    }
    const Result<OutboxItem> item = store.item(id);
    if (!item)
        return fail(context, item.error());
    context.out() << describe(item.value(), true) << '\n';
    return ExitOk;
}

} // namespace Meldeklient::Cli
