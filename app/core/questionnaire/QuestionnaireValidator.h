#pragma once

#include "core/codes/ValueSetResolver.h"
#include "core/questionnaire/EnabledItems.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponse.h"
#include "core/questionnaire/ValidationIssue.h"

#include <QList>

namespace Meldeklient::Questionnaire {

// Checks a response against the Questionnaire's own rules. Disabled items are skipped (their answers are dropped
// when the response is written). Rule ids:
//   q-required, q-not-repeating, q-answer-type, q-max-length, q-pattern (regex extension), q-answer-not-in-options,
//   q-answer-not-in-value-set (errors); q-code-not-verified (warning: the value set cannot be expanded and the resolver
//   does not know the code, which is what an ICD-10 list not yet imported looks like); q-constraint:<key> (severity
//   from the form).
// Without a resolver, coded answers to answerValueSet items are not checked.
class QuestionnaireValidator
{
public:
    explicit QuestionnaireValidator(
        const Questionnaire& questionnaire, const Codes::ValueSetResolver* resolver = nullptr)
        : m_questionnaire(questionnaire)
        , m_resolver(resolver)
    {
    }

    QList<ValidationIssue> validate(const QuestionnaireResponse& response) const;

private:
    // One enabled item: required, then its answers.
    void validateEnabled(int index, const QuestionnaireResponse& response, const EnabledItems& enabled,
        QList<ValidationIssue>& issues) const;
    // Items inside a repeating group, once per repeat; their issues carry the repeat's index.
    void validateRepeats(int groupIndex, const QuestionnaireResponse& response, QList<ValidationIssue>& issues) const;
    void validateItem(
        const QuestionnaireItem& item, const QList<AnswerValue>& answers, QList<ValidationIssue>& issues) const;
    void validateCode(const QuestionnaireItem& item, const Codes::Coding& coding, QList<ValidationIssue>& issues) const;

    const Questionnaire& m_questionnaire;
    const Codes::ValueSetResolver* m_resolver;
};

} // namespace Meldeklient::Questionnaire
