#pragma once

#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Meldeklient::Questionnaire {

struct QuestionnaireItem;

// Our item extension that restricts a string answer to a kind of Norwegian identifier (forms/README.md):
// `https://example.invalid/meldeklient/fhir/StructureDefinition/identifier-rule`, valueCode `fnr-or-dnr`.
enum class IdentifierRule { FnrOrDnr };

inline constexpr QLatin1StringView identifierRuleUrl(
    "https://example.invalid/meldeklient/fhir/StructureDefinition/identifier-rule");

std::optional<IdentifierRule> identifierRuleFromCode(QStringView code);
// The item's rule; nullopt when it carries none (the parser refuses unknown codes).
std::optional<IdentifierRule> identifierRuleOf(const QuestionnaireItem& item);
// Why `answer` breaks `rule` (translated, never quoting the answer); empty when it is acceptable. Synthetic (Tenor)
// numbers pass here: whether the environment accepts them is Del 1's rule (deceased-id-synthetic).
QString identifierRuleProblem(IdentifierRule rule, const QString& answer);

} // namespace Meldeklient::Questionnaire
