#include "core/questionnaire/ValueType.h"

namespace Meldeklient::Questionnaire {

namespace {
constexpr ValueType allValueTypes[] = {ValueType::Boolean, ValueType::Decimal, ValueType::Integer, ValueType::Date,
    ValueType::DateTime, ValueType::Time, ValueType::String, ValueType::Coding};
}

QLatin1StringView valueTypeSuffix(ValueType type)
{
    switch (type) {
    case ValueType::Boolean:
        return QLatin1StringView("Boolean");
    case ValueType::Decimal:
        return QLatin1StringView("Decimal");
    case ValueType::Integer:
        return QLatin1StringView("Integer");
    case ValueType::Date:
        return QLatin1StringView("Date");
    case ValueType::DateTime:
        return QLatin1StringView("DateTime");
    case ValueType::Time:
        return QLatin1StringView("Time");
    case ValueType::String:
        return QLatin1StringView("String");
    case ValueType::Coding:
        return QLatin1StringView("Coding");
    }
    return QLatin1StringView("Unknown");
}

std::optional<ValueType> valueTypeFromSuffix(QStringView suffix)
{
    for (ValueType type : allValueTypes) {
        if (suffix == valueTypeSuffix(type))
            return type;
    }
    return std::nullopt;
}

} // namespace Meldeklient::Questionnaire
