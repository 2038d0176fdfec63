#include "cli/SubmitCommand.h"

#include "cli/AuthSession.h"
#include "cli/BirthSubmit.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "cli/ValidateCommand.h"
#include "core/birth/BirthBundle.h"
#include "core/common/InputFile.h"
#include "core/session/DeathNotificationService.h"
#include "core/session/NotificationCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Meldeklient::Cli {

using namespace Meldeklient::Notification;

namespace {
void printRefusal(CliContext& context, const QString& file, const Error& error, const QList<ValidationIssue>& issues = {})
{
    JsonLine line;
    line.add(QStringLiteral("file"), file).add(QStringLiteral("queued"), false);
    line.add(QStringLiteral("code"), error.code).add(QStringLiteral("message"), error.message);
    if (!issues.isEmpty())
        line.addRaw(QStringLiteral("issues"), ValidateCommand::issuesJson(issues));
    context.out() << line.toString() << '\n';
}

} // namespace

SubmitCommand::SubmitCommand(SignedInOutbox::SecretStoreFactory secrets)
    : m_secrets(std::move(secrets))
{
}

QString SubmitCommand::name() const
{
    return QStringLiteral("submit");
}

QString SubmitCommand::summary() const
{
    return QCoreApplication::translate("Cli",
        "Check death notifications and queue them in the outbox for sending; send birth notifications to Folkeregisteret");
}

int SubmitCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption environmentOption = AuthSession::environmentOption();
    const QCommandLineOption warningsOption(QStringLiteral("accept-warnings"),
        QCoreApplication::translate("Cli",
            "Queue notifications that have warnings too (you have read the warnings and the notification is right)."));
    const QCommandLineOption duplicateOption(QStringLiteral("allow-duplicate"),
        QCoreApplication::translate("Cli",
            "Queue a notification even though this outbox already has one for the same person (you mean to send a "
            "second one)."));
    const QCommandLineOption waitOption(QStringLiteral("wait-seconds"),
        QCoreApplication::translate("Cli",
            "Births: send at once and wait up to N seconds for Folkeregisteret's decisions (0: do not wait)."),
        QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption noSendOption(QStringLiteral("no-send"),
        QCoreApplication::translate("Cli", "Births: only queue them; `outbox flush` sends them later."));
    const QCommandLineOption correctsOption(QStringLiteral("corrects"),
        QCoreApplication::translate("Cli",
            "Births: the file corrects children of an earlier birth (its birthId from `outbox list`); without :CHILD,... "
            "the refused ones."),
        QStringLiteral("BIRTH-ID[:CHILD,...]"));
    const QCommandLineOption helpOption = AuthSession::helpOption();
    parser.addOptions(
        {environmentOption, warningsOption, duplicateOption, waitOption, noSendOption, correctsOption, helpOption});
    parser.addOptions(SignedInOutbox::options());
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("Cli",
            "FHIR R4 Bundle (type collection) with the Patient, the QuestionnaireResponse and your PractitionerRole."),
        QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText().replace(QStringLiteral("submit [options]"),
            QStringLiteral("meldeklient-cli submit [options]"));
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.err() << QCoreApplication::translate("Cli", "submit needs at least one FILE.") << '\n';
        return ExitUsage;
    }
    const std::optional<Config::Environment> environment
        = AuthSession::environmentFor(parser.value(environmentOption), context);
    if (!environment)
        return ExitUsage;
    BirthSubmit::Options birthOptions;
    if (parser.isSet(correctsOption)
        && (files.size() != 1 || !BirthSubmit::parseCorrects(parser.value(correctsOption), birthOptions))) {
        context.err() << QCoreApplication::translate("Cli",
                             "--corrects takes BIRTH-ID or BIRTH-ID:CHILD,... (children 1, 2 …) and one birth FILE.")
                      << '\n';
        return ExitUsage;
    }

    // Every file is read first: unreadable input is the caller's mistake (exit 2), whatever the state of the outbox.
    int refused = 0;
    bool unreadableInput = false; // exit 2, as validate does (README "Exit status")
    QList<std::pair<QString, QByteArray>> readable;
    for (const QString& path : files) {
        Result<QByteArray> content = InputFile::read(path, InputKind::Notification);
        if (!content) {
            printRefusal(context, path, content.error());
            ++refused;
            unreadableInput = true;
            continue;
        }
        readable.append({path, std::move(content).value()});
    }
    if (readable.isEmpty())
        return ExitUsage;

    SignedInOutbox outbox(m_secrets);
    if (const Result<void> opened = outbox.open(parser, *environment); !opened)
        return context.fail(opened.error());
    if (const Result<void> writable = outbox.requireWritable(); !writable)
        return context.fail(writable.error());
    // Births go their own way (BirthNotificationService): one item per child, sent and decided at once.
    bool waitOk = false;
    birthOptions.acceptWarnings = parser.isSet(warningsOption);
    birthOptions.send = !parser.isSet(noSendOption);
    birthOptions.waitSeconds = parser.value(waitOption).toInt(&waitOk);
    if (!waitOk || birthOptions.waitSeconds < 0 || birthOptions.waitSeconds > 3600) {
        context.err() << QCoreApplication::translate("Cli", "--wait-seconds takes 0 to 3600.") << '\n';
        return ExitUsage;
    }
    QList<std::pair<QString, QByteArray>> deaths;
    for (const auto& [path, content] : std::as_const(readable)) {
        if (!Birth::BirthBundle::isBirthNotification(content)) {
            if (!birthOptions.correctsBirthId.isEmpty()) {
                context.err() << QCoreApplication::translate("Cli", "--corrects is for a birth notification only.")
                              << '\n';
                return ExitUsage;
            }
            deaths.append({path, content});
            continue;
        }
        if (BirthSubmit::run(path, content, birthOptions, outbox, context) != ExitOk)
            ++refused;
    }
    if (deaths.isEmpty())
        return unreadableInput ? ExitUsage : refused == 0 ? ExitOk : ExitFailed;

    QList<Error> problems;
    const Result<std::unique_ptr<Session::NotificationCheck>> check
        = Session::NotificationCheck::create(*environment, &problems);
    if (!check) {
        context.err() << check.error().message << '\n';
        return ExitFailed;
    }
    for (const Error& problem : std::as_const(problems))
        context.err() << problem.message << '\n';
    Session::DeathNotificationService service(outbox.session(), check->get());

    for (const auto& [path, content] : std::as_const(deaths)) {
        Session::DeathNotificationService::QueueRequest request;
        request.bundle = content;
        request.confirmAllWarnings = parser.isSet(warningsOption);
        request.allowDuplicate = parser.isSet(duplicateOption);
        const Session::DeathNotificationService::QueueResult queued = service.queue(request);
        using Outcome = Session::DeathNotificationService::QueueOutcome;
        if (queued.outcome != Outcome::Queued) {
            Error error = queued.error;
            if (queued.outcome == Outcome::WarningsNotConfirmed) {
                error.message = QCoreApplication::translate("Cli",
                    "The notification has warnings. Read them; if the notification is right, submit again with "
                    "--accept-warnings.");
            } else if (queued.outcome == Outcome::Duplicate) {
                error.message = QCoreApplication::translate("Cli",
                    "This outbox already has a death notification for this person (outbox item %1). If you mean to "
                    "send another, submit again with --allow-duplicate.")
                                    .arg(queued.duplicates.value(0));
            }
            printRefusal(context, path, error, queued.issues);
            ++refused;
            continue;
        }
        context.out() << JsonLine()
                             .add(QStringLiteral("file"), path)
                             .add(QStringLiteral("queued"), true)
                             .addRaw(QStringLiteral("part1"), QString::number(queued.part1))
                             .addRaw(QStringLiteral("part2"), QString::number(queued.part2))
                             .addRaw(QStringLiteral("warnings"), QString::number(queued.issues.size()))
                             .toString()
                      << '\n';
    }
    return unreadableInput ? ExitUsage : refused == 0 ? ExitOk : ExitFailed;
}

} // namespace Meldeklient::Cli
