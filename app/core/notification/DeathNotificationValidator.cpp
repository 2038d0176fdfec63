#include "core/notification/DeathNotificationValidator.h"

#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/Icd10Plausibility.h"
#include "core/codes/KoderResponseParser.h"
#include "core/notification/DeathCauseReportReader.h"
#include "core/notification/DeathCauseRules.h"
#include "core/questionnaire/QuestionnaireValidator.h"

#include <QSet>

#include <algorithm>

namespace Meldeklient::Notification {

namespace {
Codes::Icd10CheckContext::Sex toCodesSex(Identity::Sex sex)
{
    switch (sex) {
    case Identity::Sex::Female:
        return Codes::Icd10CheckContext::Sex::Female;
    case Identity::Sex::Male:
        return Codes::Icd10CheckContext::Sex::Male;
    case Identity::Sex::Unknown:
        break;
    }
    return Codes::Icd10CheckContext::Sex::Unknown;
}

void addIcd10Findings(const Codes::Icd10Plausibility& plausibility, const QString& code, const QString& linkId,
    Codes::Icd10CheckContext context, QList<ValidationIssue>& issues)
{
    for (const Codes::Icd10Finding& finding : plausibility.check(code, context)) {
        issues.append(ValidationIssue {finding.severity == Codes::Icd10Finding::Severity::Error ? Severity::Error
                                                                                                : Severity::Warning,
            QString(finding.ruleId()), linkId, finding.message});
    }
}
} // namespace

DeathNotificationValidator::DeathNotificationValidator(const Questionnaire::Questionnaire& dodsaarsak,
    const Codes::CodeSystemRegistry* registry, DeceasedPersonRules::Options options)
    : m_dodsaarsak(dodsaarsak)
    , m_registry(registry)
    , m_options(options)
{
}

QList<ValidationIssue> DeathNotificationValidator::validate(const DeceasedPerson& person,
    const Questionnaire::QuestionnaireResponse& cause, const QDateTime& now) const
{
    QList<ValidationIssue> issues = DeceasedPersonRules::check(person, now, m_options);
    issues += Questionnaire::QuestionnaireValidator(m_dodsaarsak, m_registry).validate(cause);

    DeathCauseReport report = DeathCauseReportReader::read(cause);
    report.deathDate = person.deathDate;
    report.birthDate = DeceasedPersonRules::effectiveBirthDate(person);
    report.sex = DeceasedPersonRules::effectiveSex(person);
    issues += DeathCauseRules::check(report, now);

    const Codes::CodeList* icd10 = m_registry ? m_registry->find(Codes::CodeSystemUrl::icd10.toString()) : nullptr;
    const Codes::Icd10Plausibility plausibility = icd10 ? Codes::Icd10Plausibility(*icd10) : Codes::Icd10Plausibility();
    Codes::Icd10CheckContext context;
    context.sex = toCodesSex(report.sex);
    context.ageYears = report.ageAtDeathYears();
    context.ageDays = report.ageAtDeathDays();
    if (report.deathDate)
        context.deathYear = report.deathDate->year();
    const int lowest = report.lowestUsedLine();
    for (int i = 0; i < static_cast<int>(report.lines.size()); ++i) {
        const CauseLine& line = report.lines[static_cast<std::size_t>(i)];
        if (line.code.isEmpty())
            continue;
        context.lowestUsedLine = i == lowest;
        addIcd10Findings(plausibility, line.code, DeathCauseReport::linkIdFor(line.letter, u"code"), context, issues);
    }
    context.lowestUsedLine = false;
    for (const QString& code : report.secondaryCodes) {
        addIcd10Findings(plausibility, code, QStringLiteral("causeOfDeath_question_secondary_code"), context, issues);
    }
    // FHI's set narrows the ICD-10 list when it is installed; without it nothing changes.
    if (const Codes::CodeList* fhi7110
        = m_registry ? m_registry->find(Codes::KoderResponseParser::fhi7110Url.toString()) : nullptr) {
        issues += DeathCauseRules::checkFhiCauseSet(report, *fhi7110);
    }

    // One issue per rule and item (Del 1 and Del 2 both know the date of death), errors first, stable otherwise.
    QList<ValidationIssue> unique;
    QSet<QString> seen;
    for (const ValidationIssue& issue : issues) {
        const QString key = issue.rule + u'\x1f' + issue.linkId + u'\x1f' + issue.message;
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(issue);
        }
    }
    std::stable_sort(unique.begin(), unique.end(),
        [](const ValidationIssue& a, const ValidationIssue& b) { return a.isError() && !b.isError(); });
    return unique;
}

} // namespace Meldeklient::Notification
