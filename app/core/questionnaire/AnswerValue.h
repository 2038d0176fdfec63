#pragma once

#include "core/codes/Coding.h"
#include "core/common/Result.h"
#include "core/questionnaire/ValueType.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace Meldeklient::Questionnaire {

// One FHIR value: an answer, an initial value, an answerOption or the answer[x] of an enableWhen.
// Dates, dateTimes and times are kept in their FHIR text form because FHIR allows partial dates ("2021", "2021-10").
class AnswerValue
{
public:
    AnswerValue() = default; // an empty string; needed by Qt containers
    static AnswerValue fromBoolean(bool value);
    static AnswerValue fromDecimal(double value);
    static AnswerValue fromInteger(qint64 value);
    static AnswerValue fromString(const QString& value);
    static AnswerValue fromCoding(const Codes::Coding& value);
    // Date, DateTime and Time take FHIR text and check its format.
    static Result<AnswerValue> fromTemporal(ValueType type, const QString& fhirText);

    ValueType type() const { return m_type; }
    bool toBoolean() const;
    double toDecimal() const; // also for integers
    qint64 toInteger() const;
    QString toText() const; // string, date, dateTime or time text; a coding's code
    Codes::Coding toCoding() const;
    // A full date of a date or dateTime value; invalid for partial dates and other types.
    QDate toDate() const;

    // FHIR equality as enableWhen and answerOption use it: codings match on system (in any of NHN's spellings,
    // see CodeSystemUrl) and code, integers and decimals compare by number.
    bool equals(const AnswerValue& other) const;
    // Ordering for <, >, <=, >=: nullopt when the values cannot be ordered (different types, codings, booleans,
    // dates of different precision).
    std::optional<int> compare(const AnswerValue& other) const;

    // Reads `<prefix><Type>` (e.g. "valueCoding", "answerBoolean") from a JSON object holding exactly one such member.
    // Fails with a specific code: "missing-value", "several-values", "unsupported-value-type", "invalid-value".
    static Result<AnswerValue> readFrom(const QJsonObject& holder, QStringView prefix);
    void writeTo(QJsonObject& holder, QStringView prefix) const;

    bool operator==(const AnswerValue& other) const = default;

private:
    ValueType m_type = ValueType::String;
    std::variant<bool, double, qint64, QString, Codes::Coding> m_value = QString();
};

} // namespace Meldeklient::Questionnaire
