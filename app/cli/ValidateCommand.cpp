#include "cli/ValidateCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/common/InputFile.h"
#include "core/codes/CodeList.h"
#include "core/codes/CodeListCache.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/StandardCodeLists.h"
#include "core/notification/BundleCheck.h"
#include "core/questionnaire/Questionnaire.h"

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
        items.append(JsonLine()
                         .add(QStringLiteral("severity"), QString(ValidationIssue::severityName(issue.severity)))
                         .add(QStringLiteral("rule"), issue.rule)
                         .add(QStringLiteral("linkId"), issue.linkId)
                         .add(QStringLiteral("message"), issue.message)
                         .toString());
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
    const Result<Questionnaire::Questionnaire> form
        = Questionnaire::Questionnaire::fromFile(QStringLiteral(":/forms/dodsaarsak.json"));
    if (!form)
        return unreadable(context, form.error().message);
    Codes::CodeSystemRegistry registry;
    for (const Error& problem : Codes::StandardCodeLists::loadInto(registry, Codes::CodeListCache()))
        context.err() << problem.message << '\n';

    const BundleCheck bundleCheck(form.value(), &registry, {environment != u"production"});
    const Result<CheckedNotification> checked = bundleCheck.check(content.value(), QDateTime::currentDateTime());
    if (!checked)
        return unreadable(context, checked.error().message);
    const QList<ValidationIssue>& issues = checked->issues;
    const bool valid = !hasErrors(issues);
    context.out() << JsonLine()
                         .add(QStringLiteral("valid"), valid)
                         .addRaw(QStringLiteral("issues"), issuesJson(issues))
                         .addRaw(QStringLiteral("validatedAgainst"), validatedAgainstJson(form.value(), registry))
                         .toString()
                  << '\n';
    return valid ? ExitOk : ExitFailed;
}

} // namespace Meldeklient::Cli
