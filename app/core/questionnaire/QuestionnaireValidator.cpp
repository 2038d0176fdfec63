#include "core/questionnaire/QuestionnaireValidator.h"

#include "core/questionnaire/EnableWhenEvaluator.h"
#include "core/questionnaire/IdentifierRule.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"

#include "core/common/FreeText.h"

#include <QCoreApplication>

namespace Meldeklient::Questionnaire {

namespace {

ValidationIssue error(const QString& rule, const QString& linkId, const QString& message)
{
    return ValidationIssue {ValidationIssue::Severity::Error, rule, linkId, message};
}

bool hasEnabledAnswer(
    const Questionnaire& questionnaire, const QuestionnaireResponse& response, const EnabledItems& enabled, int index)
{
    if (!enabled.isEnabled(index))
        return false;
    const QuestionnaireItem& item = questionnaire.items().at(index);
    if (item.takesAnswers())
        return response.hasAnswer(item.linkId);
    return std::any_of(item.children.cbegin(), item.children.cend(),
        [&](int child) { return hasEnabledAnswer(questionnaire, response, enabled, child); });
}

// The field as the physician sees it in the form; the linkId when the item has no text.
QString fieldName(const QuestionnaireItem& item)
{
    const QString text = item.text.simplified();
    if (text.isEmpty())
        return item.linkId;
    return text.size() > 80 ? text.left(79) + u'…' : text;
}

} // namespace

QList<ValidationIssue> QuestionnaireValidator::validate(const QuestionnaireResponse& response) const
{
    QList<ValidationIssue> issues;
    const EnabledItems enabled = EnableWhenEvaluator::evaluate(m_questionnaire, response);
    const QList<QuestionnaireItem>& items = m_questionnaire.items();
    for (int index = 0; index < items.size(); ++index) {
        if (!enabled.isEnabled(index))
            continue;
        const QuestionnaireItem& item = items.at(index);
        if (item.required && !hasEnabledAnswer(m_questionnaire, response, enabled, index)) {
            issues.append(error(QStringLiteral("q-required"), item.linkId,
                QCoreApplication::translate("Questionnaire", "This field must be filled in.")));
            continue;
        }
        if (item.takesAnswers())
            validateItem(item, response.answers(item.linkId), issues);
    }
    if (!m_questionnaire.constraints().isEmpty()) {
        // Constraints see the response as it would be sent: without answers of disabled items.
        const QJsonObject written = QuestionnaireResponseJson::write(m_questionnaire, response);
        for (const QuestionnaireConstraint& constraint : m_questionnaire.constraints()) {
            if (constraint.expression.isTrue(written))
                continue;
            issues.append(
                ValidationIssue {constraint.severity, QStringLiteral("q-constraint:") + constraint.key, QString(),
                    QCoreApplication::translate("Questionnaire", "A rule of the form is not met: %1")
                        .arg(constraint.human.isEmpty() ? constraint.key : constraint.human)});
        }
    }
    return issues;
}

void QuestionnaireValidator::validateItem(
    const QuestionnaireItem& item, const QList<AnswerValue>& answers, QList<ValidationIssue>& issues) const
{
    if (answers.size() > 1 && !item.repeats) {
        issues.append(error(QStringLiteral("q-not-repeating"), item.linkId,
            QCoreApplication::translate("Questionnaire", "Only one answer is allowed here.")));
    }
    for (const AnswerValue& answer : answers) {
        if (!acceptsValueType(item.type, answer.type())) {
            issues.append(error(QStringLiteral("q-answer-type"), item.linkId,
                QCoreApplication::translate(
                    "Questionnaire", "The answer has the wrong kind of value for this field.")));
            continue;
        }
        if (answer.type() == ValueType::String) {
            // Line breaks only in `text` items; a limit everywhere (FreeText's default where the form sets none).
            const TextLines lines = item.type == ItemType::Text ? TextLines::Multi : TextLines::Single;
            const qsizetype maxLength = item.maxLength ? qsizetype(*item.maxLength)
                : lines == TextLines::Multi                ? FreeText::DefaultMultiLineMax
                                                           : FreeText::DefaultSingleLineMax;
            const FreeTextProblem problem = FreeText::check(answer.toText(), lines, maxLength);
            if (problem != FreeTextProblem::None) {
                const QString rule = problem == FreeTextProblem::ControlCharacter ? QStringLiteral("q-control-character")
                    : problem == FreeTextProblem::LineBreak                      ? QStringLiteral("q-line-break")
                                                                                 : QStringLiteral("q-max-length");
                issues.append(error(rule, item.linkId, FreeText::message(problem, fieldName(item), maxLength)));
            }
            if (!item.pattern.pattern().isEmpty() && !item.pattern.match(answer.toText()).hasMatch()) {
                issues.append(error(QStringLiteral("q-pattern"), item.linkId,
                    QCoreApplication::translate("Questionnaire", "The answer does not have the expected format.")));
            }
            if (const std::optional<IdentifierRule> rule = identifierRuleOf(item)) {
                const QString identifierProblem = identifierRuleProblem(*rule, answer.toText());
                if (!identifierProblem.isEmpty())
                    issues.append(error(QStringLiteral("q-identifier"), item.linkId, identifierProblem));
            }
            continue; // free text of an open-choice item is not held against the options
        }
        if (answer.type() != ValueType::Coding)
            continue;
        if (!item.answerOptions.isEmpty()) {
            const bool listed = std::any_of(item.answerOptions.cbegin(), item.answerOptions.cend(),
                [&](const AnswerOption& option) { return option.value.equals(answer); });
            if (!listed) {
                issues.append(error(QStringLiteral("q-answer-not-in-options"), item.linkId,
                    QCoreApplication::translate("Questionnaire", "The answer is not one of the options.")));
            }
        } else if (!item.answerValueSet.isEmpty()) {
            validateCode(item, answer.toCoding(), issues);
        }
    }
}

void QuestionnaireValidator::validateCode(
    const QuestionnaireItem& item, const Codes::Coding& coding, QList<ValidationIssue>& issues) const
{
    if (m_resolver == nullptr)
        return;
    const std::optional<QList<Codes::Coding>> expansion = m_resolver->expand(item.answerValueSet);
    if (expansion) {
        const bool member = std::any_of(expansion->cbegin(), expansion->cend(),
            [&](const Codes::Coding& entry) { return entry.code == coding.code; });
        if (!member) {
            issues.append(error(QStringLiteral("q-answer-not-in-value-set"), item.linkId,
                QCoreApplication::translate("Questionnaire", "The code is not in the code list.")));
        }
        return;
    }
    if (!m_resolver->lookup(item.answerValueSet, coding.code)) {
        issues.append(
            ValidationIssue {ValidationIssue::Severity::Warning, QStringLiteral("q-code-not-verified"), item.linkId,
                QCoreApplication::translate("Questionnaire",
                    "The code could not be found in the code list; check that the list is up to date.")});
    }
}

} // namespace Meldeklient::Questionnaire
