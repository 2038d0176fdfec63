#include "core/questionnaire/ItemType.h"

namespace Meldeklient::Questionnaire {

namespace {
constexpr ItemType allItemTypes[]
    = {ItemType::Group, ItemType::Display, ItemType::Boolean, ItemType::Decimal, ItemType::Integer, ItemType::Date,
        ItemType::DateTime, ItemType::Time, ItemType::String, ItemType::Text, ItemType::Choice, ItemType::OpenChoice};
}

QLatin1StringView itemTypeName(ItemType type)
{
    switch (type) {
    case ItemType::Group:
        return QLatin1StringView("group");
    case ItemType::Display:
        return QLatin1StringView("display");
    case ItemType::Boolean:
        return QLatin1StringView("boolean");
    case ItemType::Decimal:
        return QLatin1StringView("decimal");
    case ItemType::Integer:
        return QLatin1StringView("integer");
    case ItemType::Date:
        return QLatin1StringView("date");
    case ItemType::DateTime:
        return QLatin1StringView("dateTime");
    case ItemType::Time:
        return QLatin1StringView("time");
    case ItemType::String:
        return QLatin1StringView("string");
    case ItemType::Text:
        return QLatin1StringView("text");
    case ItemType::Choice:
        return QLatin1StringView("choice");
    case ItemType::OpenChoice:
        return QLatin1StringView("open-choice");
    }
    return QLatin1StringView("unknown");
}

std::optional<ItemType> itemTypeFromName(QStringView name)
{
    for (ItemType type : allItemTypes) {
        if (name == itemTypeName(type))
            return type;
    }
    return std::nullopt;
}

bool isUnsupportedFhirItemType(QStringView name)
{
    return name == u"attachment" || name == u"reference" || name == u"quantity" || name == u"url"
        || name == u"question";
}

std::optional<ValueType> answerValueType(ItemType type)
{
    switch (type) {
    case ItemType::Group:
    case ItemType::Display:
        return std::nullopt;
    case ItemType::Boolean:
        return ValueType::Boolean;
    case ItemType::Decimal:
        return ValueType::Decimal;
    case ItemType::Integer:
        return ValueType::Integer;
    case ItemType::Date:
        return ValueType::Date;
    case ItemType::DateTime:
        return ValueType::DateTime;
    case ItemType::Time:
        return ValueType::Time;
    case ItemType::String:
    case ItemType::Text:
        return ValueType::String;
    case ItemType::Choice:
    case ItemType::OpenChoice:
        return ValueType::Coding;
    }
    return std::nullopt;
}

bool acceptsValueType(ItemType type, ValueType valueType)
{
    if (type == ItemType::OpenChoice && valueType == ValueType::String)
        return true;
    return answerValueType(type) == valueType;
}

} // namespace Meldeklient::Questionnaire
