#include "cli/ValidateCommand.h"

#include "cli/BirthNotificationCli.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/common/InputFile.h"
#include "core/codes/CodeList.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/config/Environment.h"
#include "core/birth/BirthBundle.h"
#include "core/notification/BundleCheck.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/session/NotificationCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Meldeklient::Cli {

using namespace Meldeklient::Notification;

namespace {
QString validatedAgainstJson(const Questionnaire::Questionnaire& form, const Codes::CodeSystemRegistry& registry)
{
    QStringList lists;
    for (const Codes::CodeList* list : registry.lists()) {
        lists.append(JsonLine()
                         .add(QStringLiteral("url"), list->url())
                         .add(QStringLiteral("version"), list->version())
                         .toString());
    }
    return JsonLine()
        .add(QStringLiteral("questionnaire"), form.canonical())
        .addRaw(QStringLiteral("codeLists"), u'[' + lists.join(u',') + u']')
        .toString();
}

int unreadable(CliContext& context, const QString& reason)
{
    context.err() << QCoreApplication::translate("Cli", "Cannot validate: %1").arg(reason) << '\n';
    return ExitUsage;
}
} // namespace

QString ValidateCommand::issuesJson(const QList<ValidationIssue>& issues)
{
    QStringList items;
    for (const ValidationIssue& issue : issues) {
        JsonLine line;
        line.add(QStringLiteral("severity"), QString(ValidationIssue::severityName(issue.severity)))
            .add(QStringLiteral("rule"), issue.rule)
            .add(QStringLiteral("linkId"), issue.linkId)
            .add(QStringLiteral("message"), issue.message);
        if (issue.repeat >= 0) // which child of a birth notification (0-based)
            line.addRaw(QStringLiteral("repeat"), QString::number(issue.repeat));
        items.append(line.toString());
    }
    return u'[' + items.join(u',') + u']';
}

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Check a death notification (FHIR Bundle) with all rules");
}

int ValidateCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption helpOption(QStringList {QStringLiteral("help"), QStringLiteral("h")},
        QCoreApplication::translate("Cli", "Show this help."));
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
        QCoreApplication::translate("Cli",
            "Environment whose rules apply: sandbox (default) or test accept synthetic test numbers, production does "
            "not."),
        QStringLiteral("NAME"), qEnvironmentVariable("MELDEKLIENT_ENVIRONMENT", QStringLiteral("sandbox")));
    parser.addOption(helpOption);
    parser.addOption(environmentOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("Cli", "FHIR R4 Bundle (type collection) with a Patient and a QuestionnaireResponse."));
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    const QString environment = parser.value(environmentOption);
    if (environment != u"sandbox" && environment != u"test" && environment != u"production") {
        context.err() << QCoreApplication::translate("Cli", "Unknown environment \"%1\": use sandbox, test or production.")
                             .arg(environment)
                      << '\n';
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err() << QCoreApplication::translate("Cli", "validate needs exactly one FILE.") << '\n';
        return ExitUsage;
    }

    const Result<QByteArray> content = InputFile::read(parser.positionalArguments().constFirst(), InputKind::Notification);
    if (!content)
        return unreadable(context, content.error().message);
    if (Birth::BirthBundle::isBirthNotification(content.value()))
        return BirthNotificationCli::validate(content.value(), environment != u"production", context);
    // Exactly the check submit applies (Session::NotificationCheck), so the two can never disagree.
    std::optional<Config::Environment> rules = Config::Environment::byName(environment);
    QList<Error> problems;
    const Result<std::unique_ptr<Session::NotificationCheck>> check
        = Session::NotificationCheck::create(*rules, &problems);
    if (!check)
        return unreadable(context, check.error().message);
    for (const Error& problem : std::as_const(problems))
        context.err() << problem.message << '\n';
    const Result<Session::CheckedDeath> death = (*check)->check(content.value(), QDateTime::currentDateTime());
    if (!death)
        return unreadable(context, death.error().message);
    const Result<CheckedNotification> checked = death->checked;
    const Questionnaire::Questionnaire& form = (*check)->form();
    const Codes::CodeSystemRegistry& registry = (*check)->registry();
    const QList<ValidationIssue>& issues = checked->issues;
    const bool valid = !hasErrors(issues);
    context.out() << JsonLine()
                         .add(QStringLiteral("valid"), valid)
                         .addRaw(QStringLiteral("issues"), issuesJson(issues))
                         .addRaw(QStringLiteral("validatedAgainst"), validatedAgainstJson(form, registry))
                         .toString()
                  << '\n';
    return valid ? ExitOk : ExitFailed;
}

} // namespace Meldeklient::Cli
