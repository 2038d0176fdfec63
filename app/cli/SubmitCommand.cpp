#include "cli/SubmitCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "cli/ValidateCommand.h"
#include "core/api/SubmissionDocument.h"
#include "core/codes/CodeListCache.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/StandardCodeLists.h"
#include "core/common/InputFile.h"
#include "core/notification/BundleCheck.h"
#include "core/outbox/ItemKind.h"
#include "core/outbox/OutboxStore.h"
#include "core/questionnaire/Questionnaire.h"

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

// Del 1 and Del 2 as drafts first, then queued: a crash in between leaves drafts the physician finds in the outbox,
// never half a notification in flight.
Result<QList<qint64>> queue(Outbox::OutboxStore& store, const QList<Api::SubmissionDocument>& documents,
    const CheckedNotification& checked)
{
    QList<qint64> ids;
    std::optional<qint64> parent;
    for (const Api::SubmissionDocument& document : documents) {
        const QByteArray json = document.toJson();
        const Result<qint64> id = store.createDraft(document.kind, json, parent);
        if (!id)
            return id.error();
        ids.append(id.value());
        if (document.kind == Outbox::ItemKind::DeathPart1)
            parent = id.value();
    }
    for (int i = 0; i < ids.size(); ++i) {
        const Result<void> queued
            = store.enqueue(ids.at(i), documents.at(i).toJson(), checked.formVersion, checked.codeListVersions);
        if (!queued)
            return queued.error();
    }
    return ids;
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
    return QCoreApplication::translate("Cli", "Check death notifications and queue them in the outbox for sending");
}

int SubmitCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption environmentOption = AuthSession::environmentOption();
    const QCommandLineOption warningsOption(QStringLiteral("accept-warnings"),
        QCoreApplication::translate("Cli",
            "Queue notifications that have warnings too (you have read the warnings and the notification is right)."));
    const QCommandLineOption helpOption = AuthSession::helpOption();
    parser.addOptions({environmentOption, warningsOption, helpOption});
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

    SignedInOutbox outbox(m_secrets);
    if (const Result<void> opened = outbox.open(parser, *environment); !opened)
        return context.fail(opened.error());
    const Result<Questionnaire::Questionnaire> form
        = Questionnaire::Questionnaire::fromFile(QStringLiteral(":/forms/dodsaarsak.json"));
    if (!form) {
        context.err() << form.error().message << '\n';
        return ExitFailed;
    }
    Codes::CodeSystemRegistry registry;
    for (const Error& problem : Codes::StandardCodeLists::loadInto(registry, Codes::CodeListCache()))
        context.err() << problem.message << '\n';
    const BundleCheck bundleCheck(form.value(), &registry, {environment->name != u"production"});

    int refused = 0;
    bool unreadableInput = false; // exit 2, as validate does (README "Exit status")
    for (const QString& path : files) {
        const Result<QByteArray> content = InputFile::read(path, InputKind::Notification);
        const Result<CheckedNotification> checked = content
            ? bundleCheck.check(content.value(), QDateTime::currentDateTime())
            : Result<CheckedNotification>(content.error());
        if (!checked) {
            printRefusal(context, path, checked.error());
            ++refused;
            unreadableInput = true;
            continue;
        }
        if (!checked->canBeSent()) {
            printRefusal(context, path,
                Error {QStringLiteral("notification-invalid"),
                    QCoreApplication::translate("Cli", "The notification has errors; correct them and submit again.")},
                checked->issues);
            ++refused;
            continue;
        }
        if (!checked->issues.isEmpty() && !parser.isSet(warningsOption)) {
            printRefusal(context, path,
                Error {QStringLiteral("warnings-not-accepted"),
                    QCoreApplication::translate("Cli",
                        "The notification has warnings. Read them; if the notification is right, submit again with "
                        "--accept-warnings.")},
                checked->issues);
            ++refused;
            continue;
        }
        const Result<QList<Api::SubmissionDocument>> documents = Api::SubmissionDocument::forDeath(checked->bundle);
        if (!documents) {
            printRefusal(context, path, documents.error());
            ++refused;
            continue;
        }
        const Result<QList<qint64>> ids = queue(outbox.store(), documents.value(), checked.value());
        if (!ids) {
            printRefusal(context, path, ids.error());
            ++refused;
            continue;
        }
        context.out() << JsonLine()
                             .add(QStringLiteral("file"), path)
                             .add(QStringLiteral("queued"), true)
                             .addRaw(QStringLiteral("part1"), QString::number(ids->value(0)))
                             .addRaw(QStringLiteral("part2"), QString::number(ids->value(1)))
                             .addRaw(QStringLiteral("warnings"), QString::number(checked->issues.size()))
                             .toString()
                      << '\n';
    }
    return unreadableInput ? ExitUsage : refused == 0 ? ExitOk : ExitFailed;
}

} // namespace Meldeklient::Cli
