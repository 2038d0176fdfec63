#pragma once

#include "core/questionnaire/EnabledItems.h"

namespace Meldeklient::Questionnaire {

class Questionnaire;
class QuestionnaireResponse;

// Evaluates enableWhen as FHIR R4 defines it:
// - an item is disabled when its parent group is disabled;
// - a condition on a disabled question sees that question as unanswered, so `=` conditions on a hidden item fail
//   (hidden chains) while `exists false` and `!=` hold;
// - `!=` holds when no answer equals the value (so also when the question is unanswered); the other operators need
//   at least one matching answer; enableBehavior any/all combines the conditions.
// Mutual conditions (NHN's code-or-free-text pairs each depend on the other being empty) are resolved in document
// order: while an item is being evaluated, conditions that lead back to it use its answers as they stand. With both
// answered, the earlier item (the code) stays enabled and the later one (the free text) is disabled.
class EnableWhenEvaluator
{
public:
    static EnabledItems evaluate(const Questionnaire& questionnaire, const QuestionnaireResponse& response);
};

} // namespace Meldeklient::Questionnaire
