#pragma once

#include "core/questionnaire/AnswerValue.h"

#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Meldeklient::Questionnaire {

enum class EnableOperator { Exists, Equal, NotEqual, Greater, Less, GreaterOrEqual, LessOrEqual };
enum class EnableBehavior { Any, All };

// One condition of Questionnaire.item.enableWhen.
struct EnableWhen
{
    QString question; // linkId of the item whose answers are tested
    EnableOperator op = EnableOperator::Exists;
    AnswerValue answer; // answerBoolean for `exists`

    static QLatin1StringView operatorSymbol(EnableOperator op);
    static std::optional<EnableOperator> operatorFromSymbol(QStringView symbol);
};

} // namespace Meldeklient::Questionnaire
