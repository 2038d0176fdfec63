#pragma once

#include "core/questionnaire/ValueType.h"

#include <QLatin1StringView>

#include <optional>

namespace Meldeklient::Questionnaire {

// The FHIR R4 Questionnaire item types the engine supports. attachment, reference, quantity and url are FHIR types
// our forms do not use; the loader refuses them rather than half-supporting them.
enum class ItemType {
    Group,
    Display,
    Boolean,
    Decimal,
    Integer,
    Date,
    DateTime,
    Time,
    String,
    Text,
    Choice,
    OpenChoice
};

QLatin1StringView itemTypeName(ItemType type);
std::optional<ItemType> itemTypeFromName(QStringView name);
// Whether `name` is an R4 item type this engine leaves out (as opposed to an unknown word).
bool isUnsupportedFhirItemType(QStringView name);
// The value type of answers to an item of this type; nullopt for groups and display items, which take no answers.
// open-choice answers are codings or strings; this returns Coding for it, see acceptsValueType().
std::optional<ValueType> answerValueType(ItemType type);
bool acceptsValueType(ItemType type, ValueType valueType);

} // namespace Meldeklient::Questionnaire
