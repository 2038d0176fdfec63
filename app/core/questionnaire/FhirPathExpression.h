#pragma once

#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Meldeklient::Questionnaire {

// A deliberately small FHIRPath subset, enough for questionnaire-constraint expressions over a
// QuestionnaireResponse such as NHN's
//   %resource.repeat(item).where(linkId='3_causeOfDeath_group').item.where(answer.hasValue()).count() > 0
// Supported: %resource; the members item, answer, linkId and text; the functions repeat(expr), where(expr),
// hasValue(), count(), exists(), empty(), not(); string, integer, decimal and boolean literals; = != < > <= >=;
// and, or; parentheses. Anything else is refused when the expression is parsed ("fhirpath-unsupported"), so a
// constraint is never silently skipped.
//
// hasValue() deviates from FHIRPath on purpose: besides primitives it is true for a QuestionnaireResponse answer
// that carries a value[x], which is what NHN's expression means by `answer.hasValue()`. On a collection it is true
// when any element has a value.
class FhirPathExpression
{
public:
    FhirPathExpression() = default; // empty: evaluates to an empty collection, so it is never true
    static Result<FhirPathExpression> parse(const QString& text);

    // The result collection for `resource` (bound to %resource and used as the initial focus).
    QJsonArray evaluate(const QJsonObject& resource) const;
    // True only when the result is the single boolean true (FHIR: a constraint holds when it evaluates to true).
    bool isTrue(const QJsonObject& resource) const;
    const QString& text() const { return m_text; }

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QString m_text;
};

} // namespace Meldeklient::Questionnaire
