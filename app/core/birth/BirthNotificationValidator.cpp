#include "core/birth/BirthNotificationValidator.h"

#include "core/birth/BirthAnswers.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireValidator.h"

namespace Meldeklient::Birth {

BirthNotificationValidator::BirthNotificationValidator(
    const Questionnaire::Questionnaire& form, BirthRules::Options options)
    : m_form(form)
    , m_options(std::move(options))
{
}

QString BirthNotificationValidator::formPath()
{
    return QStringLiteral(":/forms/fodselsmelding.json");
}

QString BirthNotificationValidator::formUrl()
{
    return QStringLiteral("https://example.invalid/meldeklient/fhir/Questionnaire/fodselsmelding");
}

QList<Questionnaire::ValidationIssue> BirthNotificationValidator::validate(
    const Questionnaire::QuestionnaireResponse& response, const QDateTime& now) const
{
    QList<Questionnaire::ValidationIssue> issues = Questionnaire::QuestionnaireValidator(m_form).validate(response);
    issues.append(BirthRules::check(BirthAnswers(m_form, response), now, m_options));
    std::stable_partition(
        issues.begin(), issues.end(), [](const Questionnaire::ValidationIssue& issue) { return issue.isError(); });
    return issues;
}

} // namespace Meldeklient::Birth
