#include "cli/BirthNotificationCli.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "cli/ValidateCommand.h"
#include "core/birth/BirthAnswers.h"
#include "core/birth/BirthBundle.h"
#include "core/birth/BirthNotificationValidator.h"
#include "core/birth/ImportedMunicipalityCheck.h"
#include "core/birth/CountryCodes.h"
#include "core/birth/FoedselsmeldingWriter.h"
#include "core/questionnaire/Questionnaire.h"

#include <QCoreApplication>

#include <optional>

namespace Meldeklient::Cli {

namespace {

struct CheckedBirth
{
    Questionnaire::QuestionnaireResponse response;
    QList<Questionnaire::ValidationIssue> issues;
    QString countryCodes; // the file the country codes came from, empty when unavailable
};

int unreadable(CliContext& context, const QString& reason)
{
    context.err() << QCoreApplication::translate("Cli", "Cannot read the birth notification: %1").arg(reason) << '\n';
    return ExitUsage;
}

std::optional<Questionnaire::Questionnaire> loadForm(CliContext& context)
{
    Result<Questionnaire::Questionnaire> form
        = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath());
    if (!form) {
        unreadable(context, form.error().message);
        return std::nullopt;
    }
    return std::move(form).value();
}

// Reads and checks; nullopt after printing why the file cannot be read.
std::optional<CheckedBirth> check(const Questionnaire::Questionnaire& form, const QByteArray& json,
    bool allowSyntheticNumbers, const QDateTime& now, CliContext& context)
{
    Result<Questionnaire::QuestionnaireResponse> response = Birth::BirthBundle::read(form, json);
    if (!response) {
        unreadable(context, response.error().message);
        return std::nullopt;
    }
    const Result<Birth::CountryCodes> countries = Birth::CountryCodes::load();
    if (!countries)
        context.err() << countries.error().message << '\n';
    Birth::BirthRules::Options options;
    options.allowSyntheticNumbers = allowSyntheticNumbers;
    options.countries = countries ? &countries.value() : nullptr;
    // Checked against the imported SSB Klass 131 list on the birth date; without one, format only.
    Error municipalityProblem;
    options.municipalities = Birth::ImportedMunicipalityCheck::fromStore(Codes::MunicipalityStore(), &municipalityProblem);
    if (!municipalityProblem.code.isEmpty())
        context.err() << municipalityProblem.message << '\n';
    CheckedBirth checked;
    checked.response = response.value();
    checked.issues = Birth::BirthNotificationValidator(form, options).validate(checked.response, now);
    if (countries)
        checked.countryCodes = Birth::CountryCodes::defaultPath();
    return checked;
}

QString resultJson(const Questionnaire::Questionnaire& form, const CheckedBirth& checked)
{
    bool valid = true;
    for (const Questionnaire::ValidationIssue& issue : checked.issues)
        valid = valid && !issue.isError();
    return JsonLine()
        .add(QStringLiteral("valid"), valid)
        .addRaw(QStringLiteral("issues"), ValidateCommand::issuesJson(checked.issues))
        .addRaw(QStringLiteral("validatedAgainst"),
            JsonLine()
                .add(QStringLiteral("questionnaire"), form.canonical())
                .add(QStringLiteral("countryCodes"), checked.countryCodes)
                .toString())
        .toString();
}

bool hasErrors(const CheckedBirth& checked)
{
    return std::any_of(checked.issues.cbegin(), checked.issues.cend(),
        [](const Questionnaire::ValidationIssue& issue) { return issue.isError(); });
}

} // namespace

int BirthNotificationCli::validate(const QByteArray& json, bool allowSyntheticNumbers, CliContext& context)
{
    const std::optional<Questionnaire::Questionnaire> form = loadForm(context);
    if (!form)
        return ExitUsage;
    const std::optional<CheckedBirth> checked
        = check(*form, json, allowSyntheticNumbers, QDateTime::currentDateTime(), context);
    if (!checked)
        return ExitUsage;
    context.out() << resultJson(*form, *checked) << '\n';
    return hasErrors(*checked) ? ExitFailed : ExitOk;
}

int BirthNotificationCli::exportXml(const QByteArray& json, bool allowSyntheticNumbers, const QString& messageIdPrefix,
    const QDateTime& now, CliContext& context)
{
    const std::optional<Questionnaire::Questionnaire> form = loadForm(context);
    if (!form)
        return ExitUsage;
    const std::optional<CheckedBirth> checked = check(*form, json, allowSyntheticNumbers, now, context);
    if (!checked)
        return ExitUsage;
    if (hasErrors(*checked)) {
        context.out() << resultJson(*form, *checked) << '\n';
        return ExitFailed;
    }
    Birth::FoedselsmeldingWriter::Options options;
    options.messageIdPrefix = messageIdPrefix;
    options.now = now;
    const QList<Birth::BirthMessage> messages
        = Birth::FoedselsmeldingWriter::write(Birth::BirthAnswers(*form, checked->response), options);
    for (const Birth::BirthMessage& message : messages) {
        context.out() << "### foedselsmelding " << message.childNumber << '/' << messages.size() << ' '
                      << message.messageId << '\n'
                      << QString::fromUtf8(message.xml) << '\n';
    }
    return ExitOk;
}

} // namespace Meldeklient::Cli
