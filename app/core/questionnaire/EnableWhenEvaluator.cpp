#include "core/questionnaire/EnableWhenEvaluator.h"

#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponse.h"

namespace Meldeklient::Questionnaire {

namespace {

enum class State : quint8 { Unknown, Evaluating, Enabled, Disabled };

bool conditionHolds(const EnableWhen& condition, const QList<AnswerValue>& answers)
{
    switch (condition.op) {
    case EnableOperator::Exists:
        return answers.isEmpty() != condition.answer.toBoolean();
    case EnableOperator::Equal:
        return std::any_of(answers.cbegin(), answers.cend(),
            [&](const AnswerValue& answer) { return answer.equals(condition.answer); });
    case EnableOperator::NotEqual:
        return std::none_of(answers.cbegin(), answers.cend(),
            [&](const AnswerValue& answer) { return answer.equals(condition.answer); });
    case EnableOperator::Greater:
    case EnableOperator::Less:
    case EnableOperator::GreaterOrEqual:
    case EnableOperator::LessOrEqual:
        return std::any_of(answers.cbegin(), answers.cend(), [&](const AnswerValue& answer) {
            const std::optional<int> order = answer.compare(condition.answer);
            if (!order)
                return false;
            switch (condition.op) {
            case EnableOperator::Greater:
                return *order > 0;
            case EnableOperator::Less:
                return *order < 0;
            case EnableOperator::GreaterOrEqual:
                return *order >= 0;
            default:
                return *order <= 0;
            }
        });
    }
    return false;
}

class Evaluation
{
public:
    Evaluation(const Questionnaire& questionnaire, const QuestionnaireResponse& response)
        : m_questionnaire(questionnaire)
        , m_response(response)
        , m_states(questionnaire.items().size(), State::Unknown)
    {
    }

    bool enabled(int index)
    {
        if (m_states.at(index) == State::Enabled)
            return true;
        if (m_states.at(index) == State::Disabled)
            return false;
        m_states[index] = State::Evaluating;
        const QuestionnaireItem& item = m_questionnaire.items().at(index);
        bool result = item.parent < 0 || m_states.at(item.parent) == State::Evaluating || enabled(item.parent);
        if (result && !item.enableWhen.isEmpty()) {
            const bool all = item.enableBehavior == EnableBehavior::All;
            result = all;
            for (const EnableWhen& condition : item.enableWhen) {
                const bool holds = conditionHolds(condition, effectiveAnswers(condition.question));
                if (holds != all) {
                    result = holds;
                    break;
                }
            }
        }
        m_states[index] = result ? State::Enabled : State::Disabled;
        return result;
    }

private:
    QList<AnswerValue> effectiveAnswers(const QString& linkId)
    {
        const int index = m_questionnaire.indexOf(linkId);
        if (index < 0)
            return {};
        if (m_states.at(index) == State::Evaluating || enabled(index))
            return m_response.answers(linkId);
        return {};
    }

    const Questionnaire& m_questionnaire;
    const QuestionnaireResponse& m_response;
    QList<State> m_states;
};

} // namespace

EnabledItems EnableWhenEvaluator::evaluate(const Questionnaire& questionnaire, const QuestionnaireResponse& response)
{
    Evaluation evaluation(questionnaire, response);
    QList<bool> enabled;
    enabled.reserve(questionnaire.items().size());
    for (int i = 0; i < questionnaire.items().size(); ++i)
        enabled.append(evaluation.enabled(i));
    return EnabledItems(enabled, questionnaire.indexByLinkId());
}

} // namespace Meldeklient::Questionnaire
