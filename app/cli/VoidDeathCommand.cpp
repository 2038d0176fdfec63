#include "cli/VoidDeathCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/session/DeathNotificationService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace Meldeklient::Cli {

using Meldeklient::Session::DeathNotificationService;

VoidDeathCommand::VoidDeathCommand(SignedInOutbox::SecretStoreFactory secrets)
    : m_secrets(std::move(secrets))
{
}

QString VoidDeathCommand::name() const
{
    return QStringLiteral("annuller");
}

QString VoidDeathCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Withdraw a death reported for the wrong person (annuller dødsfall)");
}

int VoidDeathCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption environmentOption = AuthSession::environmentOption();
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
        QCoreApplication::translate("Cli", "Why the death is withdrawn (required, at most %1 characters).")
            .arg(DeathNotificationService::MaxReasonLength),
        QStringLiteral("TEXT"));
    const QCommandLineOption helpOption = AuthSession::helpOption();
    parser.addOptions({environmentOption, reasonOption, helpOption});
    parser.addOptions(SignedInOutbox::options());
    parser.addPositionalArgument(QStringLiteral("ID"),
        QCoreApplication::translate("Cli", "The outbox item of the death (Del 1) to withdraw."));
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText().replace(QStringLiteral("annuller [options]"),
            QStringLiteral("meldeklient-cli annuller [options]"));
        return ExitOk;
    }
    bool idOk = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&idOk);
    if (parser.positionalArguments().size() != 1 || !idOk) {
        context.err() << QCoreApplication::translate("Cli", "annuller needs the outbox ID of the death (Del 1).") << '\n';
        return ExitUsage;
    }
    const QString reason = parser.value(reasonOption).trimmed();
    if (reason.isEmpty()) {
        context.err() << QCoreApplication::translate("Cli", "annuller needs --reason: say why the death is withdrawn.")
                      << '\n';
        return ExitUsage;
    }
    if (reason.size() > DeathNotificationService::MaxReasonLength) {
        context.err() << QCoreApplication::translate("Cli", "--reason is %1 characters long; at most %2 are allowed.")
                             .arg(reason.size())
                             .arg(DeathNotificationService::MaxReasonLength)
                      << '\n';
        return ExitUsage;
    }
    const std::optional<Config::Environment> environment
        = AuthSession::environmentFor(parser.value(environmentOption), context);
    if (!environment)
        return ExitUsage;

    SignedInOutbox outbox(m_secrets);
    if (const Result<void> opened = outbox.open(parser, *environment); !opened)
        return context.fail(opened.error());
    if (const Result<void> writable = outbox.requireWritable(); !writable)
        return context.fail(writable.error());
    DeathNotificationService service(outbox.session(), nullptr);
    const auto withdraw = [&service, id, &reason] {
        QEventLoop loop;
        DeathNotificationService::WithdrawResult result;
        QObject::connect(&service, &DeathNotificationService::withdrawFinished, &loop,
            [&](const DeathNotificationService::WithdrawResult& finished) {
                result = finished;
                loop.quit();
            });
        service.withdraw(id, reason);
        loop.exec();
        return result;
    };
    DeathNotificationService::WithdrawResult result = withdraw();
    if (result.outcome == DeathNotificationService::WithdrawOutcome::Failed && result.error.code == u"session-not-ready") {
        // The death was attempted and its answer lost: the registry must be asked first, so sign in (refresh).
        if (const Result<Auth::SignedInUser> user = outbox.connect(); !user)
            return context.fail(user.error());
        result = withdraw();
    }

    JsonLine line;
    switch (result.outcome) {
    case DeathNotificationService::WithdrawOutcome::Failed:
        return context.fail(result.error);
    case DeathNotificationService::WithdrawOutcome::CancelledNeverSent:
        line.addRaw(QStringLiteral("id"), QString::number(id))
            .add(QStringLiteral("cancelled"), true)
            .add(QStringLiteral("message"),
                QCoreApplication::translate("Cli", "The death had not been sent and is cancelled, with its cause of death."));
        break;
    case DeathNotificationService::WithdrawOutcome::CancelledRefused:
        line.addRaw(QStringLiteral("id"), QString::number(id))
            .add(QStringLiteral("cancelled"), true)
            .add(QStringLiteral("message"),
                QCoreApplication::translate("Cli",
                    "The registry had refused the death, so nothing is registered; it is cancelled, with its cause of "
                    "death."));
        break;
    case DeathNotificationService::WithdrawOutcome::WithdrawalQueued:
    case DeathNotificationService::WithdrawOutcome::AlreadyWithdrawn: {
        const bool again = result.outcome == DeathNotificationService::WithdrawOutcome::AlreadyWithdrawn;
        line.addRaw(QStringLiteral("id"), QString::number(result.withdrawalId))
            .add(QStringLiteral("queued"), !again)
            .add(QStringLiteral("alreadyWithdrawn"), again)
            .add(QStringLiteral("message"),
                again ? QCoreApplication::translate("Cli",
                            "A withdrawal of this death is already queued or sent (outbox item %1); nothing was added.")
                            .arg(result.withdrawalId)
                      : QCoreApplication::translate("Cli",
                            "The withdrawal is queued; send it with outbox flush. Then phone NHN's operations centre "
                            "(+47 73 56 59 99), as NHN requires after every withdrawn death."));
        break;
    }
    }
    line.add(QStringLiteral("wasAttempted"), result.wasAttempted);
    context.out() << line.toString() << '\n';
    return ExitOk;
}

} // namespace Meldeklient::Cli
