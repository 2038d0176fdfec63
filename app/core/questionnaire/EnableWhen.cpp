#include "core/questionnaire/EnableWhen.h"

namespace Meldeklient::Questionnaire {

QLatin1StringView EnableWhen::operatorSymbol(EnableOperator op)
{
    switch (op) {
    case EnableOperator::Exists:
        return QLatin1StringView("exists");
    case EnableOperator::Equal:
        return QLatin1StringView("=");
    case EnableOperator::NotEqual:
        return QLatin1StringView("!=");
    case EnableOperator::Greater:
        return QLatin1StringView(">");
    case EnableOperator::Less:
        return QLatin1StringView("<");
    case EnableOperator::GreaterOrEqual:
        return QLatin1StringView(">=");
    case EnableOperator::LessOrEqual:
        return QLatin1StringView("<=");
    }
    return QLatin1StringView("?");
}

std::optional<EnableOperator> EnableWhen::operatorFromSymbol(QStringView symbol)
{
    for (EnableOperator op :
        {EnableOperator::Exists, EnableOperator::Equal, EnableOperator::NotEqual, EnableOperator::Greater,
            EnableOperator::Less, EnableOperator::GreaterOrEqual, EnableOperator::LessOrEqual}) {
        if (symbol == operatorSymbol(op))
            return op;
    }
    return std::nullopt;
}

} // namespace Meldeklient::Questionnaire
