#include "core/questionnaire/AnswerValue.h"

#include "core/questionnaire/CodeSystemUrl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace Meldeklient::Questionnaire {

namespace {

// FHIR R4 primitive formats (https://hl7.org/fhir/R4/datatypes.html).
const QRegularExpression& datePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"));
    return pattern;
}

const QRegularExpression& dateTimePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,9})?"
        "(Z|[+-]((0\\d|1[0-3]):[0-5]\\d|14:00)))?)?)?$"));
    return pattern;
}

const QRegularExpression& timePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,9})?$"));
    return pattern;
}

Error invalidValue(const QString& detail)
{
    return Error {QStringLiteral("invalid-value"), detail};
}

bool isNumber(ValueType type)
{
    return type == ValueType::Decimal || type == ValueType::Integer;
}

template <typename T>
int threeWay(const T& left, const T& right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

AnswerValue AnswerValue::fromBoolean(bool value)
{
    AnswerValue result;
    result.m_type = ValueType::Boolean;
    result.m_value = value;
    return result;
}

AnswerValue AnswerValue::fromDecimal(double value)
{
    AnswerValue result;
    result.m_type = ValueType::Decimal;
    result.m_value = value;
    return result;
}

AnswerValue AnswerValue::fromInteger(qint64 value)
{
    AnswerValue result;
    result.m_type = ValueType::Integer;
    result.m_value = value;
    return result;
}

AnswerValue AnswerValue::fromString(const QString& value)
{
    AnswerValue result;
    result.m_type = ValueType::String;
    result.m_value = value;
    return result;
}

AnswerValue AnswerValue::fromCoding(const Codes::Coding& value)
{
    AnswerValue result;
    result.m_type = ValueType::Coding;
    result.m_value = value;
    return result;
}

Result<AnswerValue> AnswerValue::fromTemporal(ValueType type, const QString& fhirText)
{
    const QRegularExpression* pattern = nullptr;
    switch (type) {
    case ValueType::Date:
        pattern = &datePattern();
        break;
    case ValueType::DateTime:
        pattern = &dateTimePattern();
        break;
    case ValueType::Time:
        pattern = &timePattern();
        break;
    default:
        return Error {QStringLiteral("unsupported-value-type"),
            QCoreApplication::translate("Questionnaire", "The value is not a date, date and time, or time.")};
    }
    if (!pattern->match(fhirText).hasMatch()) {
        return invalidValue(QCoreApplication::translate("Questionnaire", "\"%1\" is not a valid FHIR %2.")
                                .arg(fhirText, valueTypeSuffix(type)));
    }
    AnswerValue result;
    result.m_type = type;
    result.m_value = fhirText;
    // A full calendar date must exist (no 30 February).
    if (fhirText.size() >= 10 && type != ValueType::Time && !result.toDate().isValid()) {
        return invalidValue(
            QCoreApplication::translate("Questionnaire", "\"%1\" is not a calendar date.").arg(fhirText.left(10)));
    }
    return result;
}

bool AnswerValue::toBoolean() const
{
    const bool* value = std::get_if<bool>(&m_value);
    return value != nullptr && *value;
}

double AnswerValue::toDecimal() const
{
    if (const double* value = std::get_if<double>(&m_value))
        return *value;
    if (const qint64* value = std::get_if<qint64>(&m_value))
        return static_cast<double>(*value);
    return 0.0;
}

qint64 AnswerValue::toInteger() const
{
    const qint64* value = std::get_if<qint64>(&m_value);
    return value != nullptr ? *value : 0;
}

QString AnswerValue::toText() const
{
    if (const QString* value = std::get_if<QString>(&m_value))
        return *value;
    if (const Codes::Coding* value = std::get_if<Codes::Coding>(&m_value))
        return value->code;
    return {};
}

Codes::Coding AnswerValue::toCoding() const
{
    const Codes::Coding* value = std::get_if<Codes::Coding>(&m_value);
    return value != nullptr ? *value : Codes::Coding {};
}

QDate AnswerValue::toDate() const
{
    if (m_type != ValueType::Date && m_type != ValueType::DateTime)
        return {};
    const QString text = toText();
    if (text.size() < 10)
        return {};
    return QDate::fromString(text.left(10), Qt::ISODate);
}

bool AnswerValue::equals(const AnswerValue& other) const
{
    if (isNumber(m_type) && isNumber(other.m_type))
        return toDecimal() == other.toDecimal();
    if (m_type != other.m_type)
        return false;
    if (m_type == ValueType::Coding) {
        const Codes::Coding left = toCoding();
        const Codes::Coding right = other.toCoding();
        return left.code == right.code && CodeSystemUrl::sameSystem(left.system, right.system);
    }
    if (m_type == ValueType::DateTime)
        return compare(other) == 0;
    return m_value == other.m_value;
}

std::optional<int> AnswerValue::compare(const AnswerValue& other) const
{
    if (isNumber(m_type) && isNumber(other.m_type)) {
        if (m_type == ValueType::Integer && other.m_type == ValueType::Integer)
            return threeWay(toInteger(), other.toInteger());
        return threeWay(toDecimal(), other.toDecimal());
    }
    if (m_type != other.m_type || m_type == ValueType::Coding || m_type == ValueType::Boolean)
        return std::nullopt;
    const QString left = toText();
    const QString right = other.toText();
    if (m_type == ValueType::String)
        return threeWay(left, right);
    if (m_type == ValueType::DateTime && left.size() > 10 && right.size() > 10) {
        // Instants with time zones compare as points in time.
        return threeWay(QDateTime::fromString(left, Qt::ISODateWithMs).toMSecsSinceEpoch(),
            QDateTime::fromString(right, Qt::ISODateWithMs).toMSecsSinceEpoch());
    }
    if (left.size() != right.size())
        return std::nullopt; // different precision: FHIR leaves the order undefined
    return threeWay(left, right);
}

Result<AnswerValue> AnswerValue::readFrom(const QJsonObject& holder, QStringView prefix)
{
    QString foundKey;
    for (auto it = holder.constBegin(); it != holder.constEnd(); ++it) {
        const QString key = it.key();
        if (key.size() > prefix.size() && key.startsWith(prefix) && key.at(prefix.size()).isUpper()) {
            if (!foundKey.isEmpty()) {
                return Error {QStringLiteral("several-values"),
                    QCoreApplication::translate("Questionnaire", "Both %1 and %2 are given; only one is allowed.")
                        .arg(foundKey, key)};
            }
            foundKey = key;
        }
    }
    if (foundKey.isEmpty()) {
        return Error {QStringLiteral("missing-value"),
            QCoreApplication::translate("Questionnaire", "No %1[x] value is given.").arg(prefix)};
    }
    const std::optional<ValueType> type = valueTypeFromSuffix(QStringView(foundKey).mid(prefix.size()));
    if (!type) {
        return Error {QStringLiteral("unsupported-value-type"),
            QCoreApplication::translate("Questionnaire", "%1 is not a supported value type.").arg(foundKey)};
    }
    const QJsonValue json = holder.value(foundKey);
    switch (*type) {
    case ValueType::Boolean:
        if (!json.isBool())
            break;
        return fromBoolean(json.toBool());
    case ValueType::Decimal:
        if (!json.isDouble() || !std::isfinite(json.toDouble()))
            break;
        return fromDecimal(json.toDouble());
    case ValueType::Integer: {
        // FHIR integers are 32-bit.
        const double number = json.toDouble();
        if (!json.isDouble() || number != std::trunc(number) || std::fabs(number) > 2147483647.0)
            break;
        return fromInteger(static_cast<qint64>(number));
    }
    case ValueType::Date:
    case ValueType::DateTime:
    case ValueType::Time:
        if (!json.isString())
            break;
        return fromTemporal(*type, json.toString());
    case ValueType::String:
        // FHIR strings are never empty or whitespace only.
        if (!json.isString() || json.toString().trimmed().isEmpty())
            break;
        return fromString(json.toString());
    case ValueType::Coding: {
        if (!json.isObject())
            break;
        const QJsonObject object = json.toObject();
        Codes::Coding coding;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const bool known = it.key() == u"system" || it.key() == u"code" || it.key() == u"display"
                || it.key() == u"version" || it.key() == u"_display" || it.key() == u"userSelected";
            if (!known || (it.key() != u"_display" && it.key() != u"userSelected" && !it.value().isString())) {
                return invalidValue(QCoreApplication::translate("Questionnaire", "%1 has an invalid member \"%2\".")
                                        .arg(foundKey, it.key()));
            }
        }
        coding.system = object.value(u"system").toString();
        coding.code = object.value(u"code").toString();
        coding.display = object.value(u"display").toString();
        coding.version = object.value(u"version").toString();
        if (coding.code.trimmed().isEmpty())
            break;
        return fromCoding(coding);
    }
    }
    return invalidValue(QCoreApplication::translate("Questionnaire", "%1 does not hold a valid value.").arg(foundKey));
}

void AnswerValue::writeTo(QJsonObject& holder, QStringView prefix) const
{
    const QString key = prefix.toString() + valueTypeSuffix(m_type);
    switch (m_type) {
    case ValueType::Boolean:
        holder.insert(key, toBoolean());
        return;
    case ValueType::Decimal:
        holder.insert(key, toDecimal());
        return;
    case ValueType::Integer:
        holder.insert(key, toInteger());
        return;
    case ValueType::Date:
    case ValueType::DateTime:
    case ValueType::Time:
    case ValueType::String:
        holder.insert(key, toText());
        return;
    case ValueType::Coding: {
        const Codes::Coding coding = toCoding();
        QJsonObject object;
        if (!coding.system.isEmpty())
            object.insert(u"system", coding.system);
        if (!coding.version.isEmpty())
            object.insert(u"version", coding.version);
        object.insert(u"code", coding.code);
        if (!coding.display.isEmpty())
            object.insert(u"display", coding.display);
        holder.insert(key, object);
        return;
    }
    }
}

} // namespace Meldeklient::Questionnaire
