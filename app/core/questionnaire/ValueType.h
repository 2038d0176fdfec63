#pragma once

#include <QLatin1StringView>

#include <optional>

namespace Meldeklient::Questionnaire {

// The FHIR primitive or data types an answer, an initial value, an answerOption or an enableWhen answer can carry.
// FHIR's `text` items answer with valueString, so there is no separate Text value type.
enum class ValueType { Boolean, Decimal, Integer, Date, DateTime, Time, String, Coding };

// The suffix FHIR appends to `value`/`answer` in JSON ("Boolean", "DateTime", "Coding", ...).
QLatin1StringView valueTypeSuffix(ValueType type);
// The value type for a JSON suffix; nullopt for a suffix we do not support (Quantity, Reference, Attachment...).
std::optional<ValueType> valueTypeFromSuffix(QStringView suffix);

} // namespace Meldeklient::Questionnaire
