#include "cli/OutboxCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "cli/AuthSession.h"
#include "cli/SignedInOutbox.h"
#include "cli/OutboxPurge.h"
#include "core/api/OutboxSender.h"
#include "core/outbox/OutboxMetadataReader.h"
#include "core/outbox/ItemTexts.h"
#include "core/outbox/OutboxStore.h"
#include "core/session/BirthNotificationService.h"
#include "core/session/DeathNotificationService.h"
#include "core/session/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

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
        .add(QStringLiteral("kind"), QString(Outbox::kindCode(item.kind)))
        .add(QStringLiteral("state"), QString(stateCode(item.state)));
    if (!item.groupId.isEmpty()) {
        // A birth's child: the birth it belongs to and the message id Folkeregisteret knows it by (random ids).
        line.add(QStringLiteral("birthId"), item.groupId).add(QStringLiteral("messageId"), item.messageId);
        if (item.decidedAt.isValid())
            line.add(QStringLiteral("decidedAt"), isoTime(item.decidedAt));
    }
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
        // Translated now from the stored code, so it follows the language of this run.
        line.add(QStringLiteral("lastErrorMessage"), Outbox::ItemTexts::error(item.lastErrorCode))
            .add(QStringLiteral("claimedAt"), isoTime(item.claimedAt))
            .add(QStringLiteral("acceptedAt"), isoTime(item.acceptedAt))
            .add(QStringLiteral("formVersion"), item.formVersion)
            .add(QStringLiteral("codeListVersions"), item.codeListVersions)
            .add(QStringLiteral("hasDraft"), item.hasDraft)
            .add(QStringLiteral("hasPayload"), item.hasPayload);
    }
    return line.toString();
}

} // namespace

OutboxCommand::OutboxCommand(SignedInOutbox::SecretStoreFactory secrets)
    : m_secrets(std::move(secrets))
{
}

QString OutboxCommand::name() const
{
    return QStringLiteral("outbox");
}

QString OutboxCommand::summary() const
{
    return QCoreApplication::translate("Cli", "List, show, send, retry or cancel notifications in the outbox");
}

int OutboxCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption environmentOption = AuthSession::environmentOption();
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QCoreApplication::translate("Cli", "Seconds to wait for each answer from the registry (default 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption helpOption = AuthSession::helpOption();
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "purge: only show what would be purged."));
    parser.addOptions({environmentOption, timeoutOption, helpOption, dryRunOption});
    parser.addOptions(SignedInOutbox::options());
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate("Cli",
            "list, show ID, flush (send everything due), retry ID (send it again now) or cancel ID."),
        QStringLiteral("list|show ID|flush|retry ID|cancel ID"));
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
    const bool needsId = action == u"show" || action == u"cancel" || action == u"retry";
    const bool alone = action == u"list" || action == u"flush" || action == u"purge";
    bool idOk = false;
    const qint64 id = positional.value(1).toLongLong(&idOk);
    if (!(alone && positional.size() == 1) && !(needsId && positional.size() == 2 && idOk)) {
        context.err() << QCoreApplication::translate("Cli",
                             "Use: outbox list | outbox show ID | outbox flush | outbox retry ID | outbox cancel ID")
                      << '\n';
        return ExitUsage;
    }
    bool timeoutOk = true;
    const int timeoutSeconds = parser.isSet(timeoutOption) ? parser.value(timeoutOption).toInt(&timeoutOk) : 30;
    if (!timeoutOk || timeoutSeconds <= 0 || timeoutSeconds > 600) {
        context.err() << QCoreApplication::translate("Cli", "--timeout needs a number of seconds from 1 to 600.") << '\n';
        return ExitUsage;
    }
    const std::optional<Config::Environment> environment
        = AuthSession::environmentFor(parser.value(environmentOption), context);
    if (!environment)
        return ExitUsage;

    SignedInOutbox outbox(m_secrets);
    if (const Result<void> opened = outbox.open(parser, *environment, timeoutSeconds * 1000); !opened) {
        // Busy (a flush runs) or the data key is gone: the list still shows what is there (issue 9 items 13, 16).
        if (action == u"list" && !outbox.databasePath().isEmpty() && OutboxMetadataReader::canListDespite(opened.error()))
            return listReadOnly(outbox.databasePath(), opened.error(), context);
        return context.fail(opened.error());
    }
    OutboxStore& store = outbox.store();
    outbox.noteReadOnly(context);
    if (action == u"flush" || action == u"retry" || action == u"cancel" || action == u"purge") {
        if (const Result<void> writable = outbox.requireWritable(); !writable)
            return context.fail(writable.error());
    }
    // Retention applies whenever the owner opens the outbox; never to a read-only look at someone else's.
    if (action != u"purge" && !outbox.isReadOnly())
        OutboxPurge::applyRetention(store);

    if (action == u"list") {
        const Result<QList<OutboxItem>> items = store.items();
        if (!items)
            return context.fail(items.error());
        for (const OutboxItem& item : items.value())
            context.out() << describe(item, false) << '\n';
        return ExitOk;
    }
    if (action == u"purge")
        return OutboxPurge::run(store, parser.isSet(dryRunOption), context);
    if (action == u"flush")
        return flush(outbox, context);
    if (action == u"retry") {
        if (const Result<void> due = store.retryNow(id); !due)
            return context.fail(due.error());
        return flush(outbox, context);
    }
    if (action == u"cancel") {
        const Result<void> cancelled = store.cancel(id);
        if (!cancelled)
            return context.fail(cancelled.error());
    }
    const Result<OutboxItem> item = store.item(id);
    if (!item)
        return context.fail(item.error());
    context.out() << describe(item.value(), true) << '\n';
    if (item->state == ItemState::NeedsCorrection) {
        // The registry's own words, for the person who corrects the notification. Shown, never logged.
        const Result<QByteArray> message = store.serverMessage(id);
        if (message && !message->isEmpty())
            context.out() << JsonLine().add(QStringLiteral("serverMessage"), QString::fromUtf8(message.value())).toString()
                          << '\n';
    }
    return ExitOk;
}

int OutboxCommand::listReadOnly(const QString& databasePath, const Error& openError, CliContext& context)
{
    const Result<QList<OutboxItem>> items = OutboxMetadataReader::read(databasePath);
    if (!items)
        return context.fail(openError);
    for (const OutboxItem& item : items.value())
        context.out() << describe(item, false) << '\n';
    if (openError.code == u"outbox-in-use") {
        context.err() << QCoreApplication::translate("Cli",
                             "The outbox is open in another Meldeklient program (for example a flush that is "
                             "running); this list is read-only and may change in a moment.")
                      << '\n';
        return ExitOk;
    }
    // The metadata is shown; the contents need the key, so say plainly that they cannot be read.
    context.err() << openError.code << ": " << openError.message << '\n'
                  << QCoreApplication::translate("Cli",
                         "The list shows ids, states and dates only: the contents of the notifications cannot be read "
                         "without the outbox key in the system keychain.")
                  << '\n';
    return ExitFailed;
}

int OutboxCommand::flush(SignedInOutbox& outbox, CliContext& context)
{
    const Result<Auth::SignedInUser> user = outbox.connect();
    if (!user)
        return context.fail(user.error());

    Session::DeathNotificationService service(outbox.session(), nullptr);
    QObject::connect(&service, &Session::DeathNotificationService::itemAccepted, &service, [&context](qint64 id) {
        context.out() << JsonLine().addRaw(QStringLiteral("id"), QString::number(id))
                             .add(QStringLiteral("outcome"), QStringLiteral("accepted"))
                             .toString()
                      << '\n';
        context.out().flush(); // progress as it happens, not when the flush ends
    });
    QObject::connect(&service, &Session::DeathNotificationService::itemNeedsCorrection, &service,
        [&context](qint64 id, const Error& error) {
            context.out() << JsonLine().addRaw(QStringLiteral("id"), QString::number(id))
                                 .add(QStringLiteral("outcome"), QStringLiteral("needs-correction"))
                                 .add(QStringLiteral("code"), error.code)
                                 .add(QStringLiteral("message"), error.message)
                                 .toString()
                          << '\n';
        });
    QObject::connect(&service, &Session::DeathNotificationService::itemWaitingToRetry, &service,
        [&context](qint64 id, const Error& error, const QDateTime& next) {
            context.out() << JsonLine().addRaw(QStringLiteral("id"), QString::number(id))
                                 .add(QStringLiteral("outcome"), QStringLiteral("waiting-to-retry"))
                                 .add(QStringLiteral("code"), error.code)
                                 .add(QStringLiteral("message"), error.message)
                                 .add(QStringLiteral("nextAttemptAt"), isoTime(next))
                                 .toString()
                          << '\n';
        });

    QEventLoop loop;
    Api::FlushSummary summary;
    QObject::connect(&service, &Session::DeathNotificationService::flushFinished, &loop,
        [&](const Api::FlushSummary& finished) {
            summary = finished;
            loop.quit();
        });
    service.flush();
    loop.exec();

    // Births sent now or earlier wait for Folkeregisteret's decision: read the feed once.
    Session::BirthNotificationService& births = *outbox.session().births();
    if (births.awaitingDecision() > 0) {
        QEventLoop decisions;
        int decided = 0;
        QObject::connect(&births, &Session::BirthNotificationService::decisionsRead, &decisions,
            [&](int count, const Error& error) {
                decided = count;
                if (!error.code.isEmpty())
                    context.err() << error.code << ": " << error.message << '\n';
                decisions.quit();
            });
        births.pollDecisions();
        decisions.exec();
        context.out() << JsonLine().addRaw(QStringLiteral("birthDecisions"), QString::number(decided)).toString()
                      << '\n';
    }

    JsonLine line;
    line.addRaw(QStringLiteral("accepted"), QString::number(summary.accepted))
        .addRaw(QStringLiteral("needsCorrection"), QString::number(summary.rejected))
        .addRaw(QStringLiteral("waitingToRetry"), QString::number(summary.retrying))
        .addRaw(QStringLiteral("unreadable"), QString::number(summary.unreadable))
        .add(QStringLiteral("signInRequired"), summary.signInRequired);
    if (summary.signInRequired) {
        line.add(QStringLiteral("code"), summary.signInError.code)
            .add(QStringLiteral("message"), summary.signInError.message);
    }
    context.out() << line.toString() << '\n';
    for (const Error& problem : std::as_const(summary.storeErrors))
        context.err() << problem.code << ": " << problem.message << '\n';
    const bool allSent = !summary.signInRequired && summary.rejected == 0 && summary.retrying == 0
        && summary.unreadable == 0 && summary.storeErrors.isEmpty();
    return allSent ? ExitOk : ExitFailed;
}

} // namespace Meldeklient::Cli
