#include "core/questionnaire/QuestionnaireParser.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/questionnaire/IdentifierRule.h"
#include "core/questionnaire/QuestionnaireLogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Meldeklient::Questionnaire {

namespace {

const QString translationUrl = QStringLiteral("http://hl7.org/fhir/StructureDefinition/translation");
const QString constraintUrl = QStringLiteral("http://hl7.org/fhir/StructureDefinition/questionnaire-constraint");
const QString regexUrl = QStringLiteral("http://hl7.org/fhir/StructureDefinition/regex");
constexpr int maxItemDepth = 32;

Error failure(const QString& code, const QString& path, const QString& detail)
{
    return Error {
        code, QCoreApplication::translate("Questionnaire", "Invalid Questionnaire at %1: %2").arg(path, detail)};
}

QString itemPath(const QString& path, const QString& linkId)
{
    return linkId.isEmpty() ? path : path + QStringLiteral(" (linkId \"") + linkId + QStringLiteral("\")");
}

// Translations from the standard extension on a primitive's "_element": {"extension": [{"url": translation,
// "extension": [{"url": "lang", "valueCode": "nn"}, {"url": "content", "valueString": "..."}]}]}.
Result<QHash<QString, QString>> readTranslations(const QJsonValue& element, const QString& path)
{
    QHash<QString, QString> translations;
    if (element.isUndefined())
        return translations;
    if (!element.isObject() || !element.toObject().value(u"extension").isArray())
        return failure(
            QStringLiteral("questionnaire-bad-extension"), path, QStringLiteral("_element without extensions"));
    const QJsonArray extensions = element.toObject().value(u"extension").toArray();
    for (qsizetype i = 0; i < extensions.size(); ++i) {
        const QString here = path + QStringLiteral(".extension[%1]").arg(i);
        const QJsonObject extension = extensions.at(i).toObject();
        if (extension.value(u"url").toString() != translationUrl)
            continue;
        QString language;
        QString content;
        for (const QJsonValue& part : extension.value(u"extension").toArray()) {
            const QJsonObject object = part.toObject();
            if (object.value(u"url").toString() == u"lang")
                language = object.value(u"valueCode").toString();
            else if (object.value(u"url").toString() == u"content")
                content = object.value(u"valueString").toString();
        }
        if (language.isEmpty() || content.isEmpty()) {
            return failure(QStringLiteral("questionnaire-bad-extension"), here,
                QStringLiteral("a translation needs lang (valueCode) and content (valueString)"));
        }
        if (translations.contains(language))
            return failure(
                QStringLiteral("questionnaire-bad-extension"), here, QStringLiteral("repeated language ") + language);
        translations.insert(language, content);
    }
    return translations;
}

Result<void> readBool(const QJsonObject& object, QStringView name, bool& target, const QString& path)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return {};
    if (!value.isBool()) {
        return failure(QStringLiteral("questionnaire-invalid-member"), path,
            name.toString() + QStringLiteral(" must be true or false"));
    }
    target = value.toBool();
    return {};
}

Result<void> readString(const QJsonObject& object, QStringView name, QString& target, const QString& path)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return {};
    if (!value.isString())
        return failure(QStringLiteral("questionnaire-invalid-member"), path,
            name.toString() + QStringLiteral(" must be a string"));
    target = value.toString();
    return {};
}

Result<QString> subExtensionValue(const QJsonArray& parts, QStringView url, const QString& path)
{
    for (const QJsonValue& part : parts) {
        const QJsonObject object = part.toObject();
        if (object.value(u"url").toString() != url)
            continue;
        for (QStringView key : {u"valueString", u"valueId", u"valueCode"}) {
            if (object.value(key).isString() && !object.value(key).toString().isEmpty())
                return object.value(key).toString();
        }
        break;
    }
    return failure(QStringLiteral("questionnaire-bad-extension"), path,
        QStringLiteral("questionnaire-constraint needs a string \"") + url + QStringLiteral("\""));
}

Result<QuestionnaireConstraint> readConstraint(const QJsonObject& extension, const QString& path)
{
    const QJsonArray parts = extension.value(u"extension").toArray();
    Result<QString> key = subExtensionValue(parts, u"key", path);
    if (!key)
        return key.error();
    Result<QString> severity = subExtensionValue(parts, u"severity", path);
    if (!severity)
        return severity.error();
    Result<QString> expression = subExtensionValue(parts, u"expression", path);
    if (!expression)
        return expression.error();
    QuestionnaireConstraint constraint {*key, ValidationIssue::Severity::Error, {}, {}};
    if (*severity == u"warning")
        constraint.severity = ValidationIssue::Severity::Warning;
    else if (*severity != u"error")
        return failure(
            QStringLiteral("questionnaire-bad-extension"), path, QStringLiteral("severity must be error or warning"));
    Result<QString> human = subExtensionValue(parts, u"human", path);
    constraint.human = human ? *human : QString();
    Result<FhirPathExpression> parsed = FhirPathExpression::parse(*expression);
    if (!parsed)
        return Error {parsed.error().code,
            QCoreApplication::translate("Questionnaire", "Invalid Questionnaire at %1: %2")
                .arg(path + QStringLiteral(" (constraint \"") + *key + u"\")", parsed.error().message)};
    constraint.expression = std::move(parsed).value();
    return constraint;
}

class ItemReader
{
public:
    explicit ItemReader(QList<QuestionnaireItem>& items, QHash<QString, int>& index)
        : m_items(items)
        , m_index(index)
    {
    }

    Result<void> readItems(const QJsonValue& value, const QString& parentPath, int parent, int depth)
    {
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            return failure(QStringLiteral("questionnaire-invalid-member"),
                parentPath.isEmpty() ? QStringLiteral("Questionnaire") : parentPath,
                QStringLiteral("item must be an array"));
        if (depth >= maxItemDepth)
            return failure(
                QStringLiteral("questionnaire-too-deep"), parentPath, QStringLiteral("items nested too deeply"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path
                = (parentPath.isEmpty() ? QString() : parentPath + u'.') + QStringLiteral("item[%1]").arg(i);
            Result<void> read = readItem(array.at(i), path, parent, depth);
            if (!read)
                return read;
        }
        return {};
    }

    Result<void> resolveEnableWhen()
    {
        for (const QuestionnaireItem& item : std::as_const(m_items)) {
            const QString path = itemPath(item.jsonPath, item.linkId);
            for (const EnableWhen& condition : item.enableWhen) {
                const int target = m_index.value(condition.question, -1);
                if (target < 0) {
                    return failure(QStringLiteral("questionnaire-bad-enable-when"), path,
                        QStringLiteral("enableWhen refers to unknown linkId \"") + condition.question + u'"');
                }
                const QuestionnaireItem& question = m_items.at(target);
                if (&question == &item || !question.takesAnswers()) {
                    return failure(QStringLiteral("questionnaire-bad-enable-when"), path,
                        QStringLiteral("enableWhen must refer to another item that takes answers: \"")
                            + condition.question + u'"');
                }
                const ValueType answerType = condition.answer.type();
                if (condition.op == EnableOperator::Exists) {
                    if (answerType != ValueType::Boolean) {
                        return failure(QStringLiteral("questionnaire-bad-enable-when"), path,
                            QStringLiteral("operator exists needs answerBoolean"));
                    }
                    continue;
                }
                const bool numeric = (answerType == ValueType::Integer || answerType == ValueType::Decimal)
                    && (question.type == ItemType::Integer || question.type == ItemType::Decimal);
                if (!numeric && !acceptsValueType(question.type, answerType)) {
                    return failure(QStringLiteral("questionnaire-bad-enable-when"), path,
                        QStringLiteral("answer%1 does not fit item \"%2\" of type %3")
                            .arg(valueTypeSuffix(answerType), condition.question, itemTypeName(question.type)));
                }
                const bool ordered = condition.op != EnableOperator::Equal && condition.op != EnableOperator::NotEqual;
                if (ordered && (answerType == ValueType::Coding || answerType == ValueType::Boolean)) {
                    return failure(QStringLiteral("questionnaire-bad-enable-when"), path,
                        QStringLiteral("operator %1 cannot order %2 values")
                            .arg(EnableWhen::operatorSymbol(condition.op), valueTypeSuffix(answerType)));
                }
            }
        }
        return {};
    }

private:
    Result<void> readItem(const QJsonValue& value, const QString& path, int parent, int depth)
    {
        if (!value.isObject())
            return failure(
                QStringLiteral("questionnaire-invalid-member"), path, QStringLiteral("an item must be an object"));
        const QJsonObject object = value.toObject();
        QuestionnaireItem item;
        item.jsonPath = path;
        item.parent = parent;
        item.depth = depth;
        if (!object.value(u"linkId").isString() || object.value(u"linkId").toString().trimmed().isEmpty())
            return failure(QStringLiteral("questionnaire-missing-link-id"), path, QStringLiteral("linkId is missing"));
        item.linkId = object.value(u"linkId").toString();
        const QString here = itemPath(path, item.linkId);
        if (m_index.contains(item.linkId)) {
            return failure(QStringLiteral("questionnaire-duplicate-link-id"), here,
                QStringLiteral("linkId is also used at ") + m_items.at(m_index.value(item.linkId)).jsonPath);
        }
        const QString typeName = object.value(u"type").toString();
        const std::optional<ItemType> type = itemTypeFromName(typeName);
        if (!type) {
            if (isUnsupportedFhirItemType(typeName))
                return failure(QStringLiteral("questionnaire-unsupported-item-type"), here,
                    QStringLiteral("item type ") + typeName + QStringLiteral(" is not supported"));
            return failure(QStringLiteral("questionnaire-unknown-item-type"), here,
                QStringLiteral("unknown item type \"") + typeName + u'"');
        }
        item.type = *type;
        for (const Result<void>& read :
            {readString(object, u"text", item.text, here), readBool(object, u"required", item.required, here),
                readBool(object, u"repeats", item.repeats, here), readBool(object, u"readOnly", item.readOnly, here)}) {
            if (!read)
                return read;
        }
        Result<QHash<QString, QString>> translations
            = readTranslations(object.value(u"_text"), here + QStringLiteral("._text"));
        if (!translations)
            return translations.error();
        item.textTranslations = *translations;
        if (Result<void> read = readMaxLength(object, item, here); !read)
            return read;
        if (Result<void> read = readAnswerChoices(object, item, here); !read)
            return read;
        if (Result<void> read = readInitial(object, item, here); !read)
            return read;
        if (Result<void> read = readEnableWhen(object, item, here); !read)
            return read;
        if (Result<void> read = readExtensions(object, item, here); !read)
            return read;
        if (Result<void> read = checkShape(object, item, here); !read)
            return read;

        const int index = static_cast<int>(m_items.size());
        m_index.insert(item.linkId, index);
        m_items.append(item);
        if (parent >= 0)
            m_items[parent].children.append(index);
        return readItems(object.value(u"item"), path, index, depth + 1);
    }

    static Result<void> readMaxLength(const QJsonObject& object, QuestionnaireItem& item, const QString& here)
    {
        const QJsonValue value = object.value(u"maxLength");
        if (value.isUndefined())
            return {};
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > 1000000 || number != std::trunc(number))
            return failure(QStringLiteral("questionnaire-invalid-member"), here,
                QStringLiteral("maxLength must be a positive integer"));
        if (item.type != ItemType::String && item.type != ItemType::Text && item.type != ItemType::OpenChoice)
            return failure(QStringLiteral("questionnaire-invalid-member"), here,
                QStringLiteral("maxLength applies to string, text and open-choice items"));
        item.maxLength = static_cast<int>(number);
        return {};
    }

    static Result<void> readAnswerChoices(const QJsonObject& object, QuestionnaireItem& item, const QString& here)
    {
        const QJsonValue options = object.value(u"answerOption");
        const QJsonValue valueSet = object.value(u"answerValueSet");
        if (options.isUndefined() && valueSet.isUndefined())
            return {};
        if (item.type != ItemType::Choice && item.type != ItemType::OpenChoice)
            return failure(QStringLiteral("questionnaire-invalid-member"), here,
                QStringLiteral("only choice and open-choice items have answer lists"));
        if (!options.isUndefined() && !valueSet.isUndefined())
            return failure(QStringLiteral("questionnaire-invalid-member"), here,
                QStringLiteral("answerOption and answerValueSet exclude each other"));
        if (!valueSet.isUndefined()) {
            if (!valueSet.isString() || valueSet.toString().trimmed().isEmpty())
                return failure(QStringLiteral("questionnaire-invalid-member"), here,
                    QStringLiteral("answerValueSet must be a canonical URL"));
            item.answerValueSet = Codes::CodeSystemUrl::canonical(valueSet.toString());
            return {};
        }
        if (!options.isArray() || options.toArray().isEmpty())
            return failure(QStringLiteral("questionnaire-invalid-member"), here,
                QStringLiteral("answerOption must be a non-empty array"));
        const QJsonArray array = options.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString optionPath = here + QStringLiteral(".answerOption[%1]").arg(i);
            const QJsonObject optionObject = array.at(i).toObject();
            Result<AnswerValue> value = AnswerValue::readFrom(optionObject, u"value");
            if (!value)
                return failure(QStringLiteral("questionnaire-answer-option"), optionPath, value.error().message);
            if (!acceptsValueType(item.type, value->type()))
                return failure(QStringLiteral("questionnaire-answer-option"), optionPath,
                    QStringLiteral("the option's type does not fit the item"));
            AnswerOption option;
            option.value = *value;
            if (Result<void> read = readBool(optionObject, u"initialSelected", option.initialSelected, optionPath);
                !read)
                return read;
            Result<QHash<QString, QString>> translations
                = readTranslations(optionObject.value(u"valueCoding").toObject().value(u"_display"),
                    optionPath + QStringLiteral(".valueCoding._display"));
            if (!translations)
                return translations.error();
            option.displayTranslations = *translations;
            for (const AnswerOption& earlier : std::as_const(item.answerOptions)) {
                if (earlier.value.equals(option.value))
                    return failure(QStringLiteral("questionnaire-answer-option"), optionPath,
                        QStringLiteral("the option is listed twice"));
            }
            item.answerOptions.append(option);
        }
        return {};
    }

    static Result<void> readInitial(const QJsonObject& object, QuestionnaireItem& item, const QString& here)
    {
        const QJsonValue initial = object.value(u"initial");
        if (initial.isUndefined())
            return {};
        if (!item.takesAnswers() || !initial.isArray() || initial.toArray().isEmpty())
            return failure(QStringLiteral("questionnaire-initial"), here,
                QStringLiteral("initial must be a non-empty array on an item that takes answers"));
        const QJsonArray array = initial.toArray();
        if (array.size() > 1 && !item.repeats)
            return failure(QStringLiteral("questionnaire-initial"), here,
                QStringLiteral("several initial values on an item that does not repeat"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            Result<AnswerValue> value = AnswerValue::readFrom(array.at(i).toObject(), u"value");
            const QString initialPath = here + QStringLiteral(".initial[%1]").arg(i);
            if (!value)
                return failure(QStringLiteral("questionnaire-initial"), initialPath, value.error().message);
            if (!acceptsValueType(item.type, value->type()))
                return failure(QStringLiteral("questionnaire-initial"), initialPath,
                    QStringLiteral("the value's type does not fit the item"));
            item.initial.append(*value);
        }
        return {};
    }

    static Result<void> readEnableWhen(const QJsonObject& object, QuestionnaireItem& item, const QString& here)
    {
        const QJsonValue conditions = object.value(u"enableWhen");
        const QJsonValue behavior = object.value(u"enableBehavior");
        if (!conditions.isUndefined()) {
            if (!conditions.isArray() || conditions.toArray().isEmpty())
                return failure(QStringLiteral("questionnaire-bad-enable-when"), here,
                    QStringLiteral("enableWhen must be a non-empty array"));
            const QJsonArray array = conditions.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString conditionPath = here + QStringLiteral(".enableWhen[%1]").arg(i);
                const QJsonObject conditionObject = array.at(i).toObject();
                EnableWhen condition;
                condition.question = conditionObject.value(u"question").toString();
                const std::optional<EnableOperator> op
                    = EnableWhen::operatorFromSymbol(conditionObject.value(u"operator").toString());
                if (condition.question.isEmpty() || !op)
                    return failure(QStringLiteral("questionnaire-bad-enable-when"), conditionPath,
                        QStringLiteral("question and a valid operator are required"));
                condition.op = *op;
                Result<AnswerValue> answer = AnswerValue::readFrom(conditionObject, u"answer");
                if (!answer)
                    return failure(
                        QStringLiteral("questionnaire-bad-enable-when"), conditionPath, answer.error().message);
                condition.answer = *answer;
                item.enableWhen.append(condition);
            }
        }
        if (behavior.isUndefined()) {
            if (item.enableWhen.size() > 1)
                return failure(QStringLiteral("questionnaire-bad-enable-when"), here,
                    QStringLiteral("enableBehavior is required with several enableWhen"));
            return {};
        }
        if (behavior == QJsonValue(QStringLiteral("all")))
            item.enableBehavior = EnableBehavior::All;
        else if (behavior == QJsonValue(QStringLiteral("any")))
            item.enableBehavior = EnableBehavior::Any;
        else
            return failure(QStringLiteral("questionnaire-bad-enable-when"), here,
                QStringLiteral("enableBehavior must be all or any"));
        if (item.enableWhen.isEmpty())
            return failure(QStringLiteral("questionnaire-bad-enable-when"), here,
                QStringLiteral("enableBehavior without enableWhen"));
        return {};
    }

    static Result<void> readExtensions(const QJsonObject& object, QuestionnaireItem& item, const QString& here)
    {
        const QJsonValue extensions = object.value(u"extension");
        if (extensions.isUndefined())
            return {};
        if (!extensions.isArray())
            return failure(
                QStringLiteral("questionnaire-bad-extension"), here, QStringLiteral("extension must be an array"));
        const QJsonArray array = extensions.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString extensionPath = here + QStringLiteral(".extension[%1]").arg(i);
            const QJsonObject extension = array.at(i).toObject();
            const QString url = extension.value(u"url").toString();
            if (url.isEmpty())
                return failure(QStringLiteral("questionnaire-bad-extension"), extensionPath,
                    QStringLiteral("an extension needs a url"));
            QJsonValue value;
            for (auto it = extension.constBegin(); it != extension.constEnd(); ++it) {
                if (it.key().startsWith(u"value") && it.key().size() > 5) {
                    if (!value.isUndefined() && !value.isNull())
                        return failure(QStringLiteral("questionnaire-bad-extension"), extensionPath,
                            QStringLiteral("an extension has one value[x]"));
                    value = it.value();
                }
            }
            if ((value.isUndefined() || value.isNull()) == extension.value(u"extension").isUndefined())
                return failure(QStringLiteral("questionnaire-bad-extension"), extensionPath,
                    QStringLiteral("an extension has either a value[x] or nested extensions"));
            if (!value.isUndefined() && !value.isNull())
                item.extensions.insert(url, value);
            if (url == regexUrl) {
                item.pattern = QRegularExpression(value.toString());
                if (!value.isString() || value.toString().isEmpty() || !item.pattern.isValid())
                    return failure(QStringLiteral("questionnaire-bad-extension"), extensionPath,
                        QStringLiteral("regex needs a valid valueString"));
            }
            if (url == identifierRuleUrl && !identifierRuleFromCode(value.toString()))
                return failure(QStringLiteral("questionnaire-bad-extension"), extensionPath,
                    QStringLiteral("identifier-rule needs a known valueCode (fnr-or-dnr)"));
        }
        return {};
    }

    static Result<void> checkShape(const QJsonObject& object, const QuestionnaireItem& item, const QString& here)
    {
        const bool hasChildren = !object.value(u"item").isUndefined();
        if (item.type == ItemType::Group && !hasChildren)
            return failure(QStringLiteral("questionnaire-invalid-member"), here, QStringLiteral("a group needs items"));
        if (item.type == ItemType::Group && item.repeats)
            return failure(QStringLiteral("questionnaire-unsupported-item"), here,
                QStringLiteral("repeating groups are not supported"));
        if (item.type != ItemType::Group && hasChildren)
            return failure(QStringLiteral("questionnaire-unsupported-item"), here,
                QStringLiteral("only groups may contain items"));
        if (item.type == ItemType::Display && (item.required || item.repeats))
            return failure(QStringLiteral("questionnaire-invalid-member"), here,
                QStringLiteral("a display item cannot be required or repeat"));
        return {};
    }

    QList<QuestionnaireItem>& m_items;
    QHash<QString, int>& m_index;
};

} // namespace

Result<Questionnaire> QuestionnaireParser::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error {QStringLiteral("questionnaire-json"),
            QCoreApplication::translate("Questionnaire", "The form is not a JSON object (offset %1).")
                .arg(error.offset)};
    }
    return parse(document.object());
}

Result<Questionnaire> QuestionnaireParser::parse(const QJsonObject& object)
{
    if (object.value(u"resourceType").toString() != u"Questionnaire") {
        return Error {QStringLiteral("questionnaire-resource-type"),
            QCoreApplication::translate("Questionnaire", "The resource is not a Questionnaire.")};
    }
    const QString root = QStringLiteral("Questionnaire");
    Questionnaire questionnaire;
    for (const Result<void>& read : {readString(object, u"url", questionnaire.m_url, root),
             readString(object, u"version", questionnaire.m_version, root),
             readString(object, u"name", questionnaire.m_name, root),
             readString(object, u"title", questionnaire.m_title, root),
             readString(object, u"language", questionnaire.m_language, root)}) {
        if (!read)
            return read.error();
    }
    if (questionnaire.m_language.isEmpty())
        questionnaire.m_language = QStringLiteral("nb");
    static const QStringList statuses
        = {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("retired"), QStringLiteral("unknown")};
    if (!statuses.contains(object.value(u"status").toString()))
        return failure(QStringLiteral("questionnaire-invalid-member"), root,
            QStringLiteral("status must be draft, active, retired or unknown"));
    Result<QHash<QString, QString>> titleTranslations
        = readTranslations(object.value(u"_title"), QStringLiteral("_title"));
    if (!titleTranslations)
        return titleTranslations.error();
    questionnaire.m_titleTranslations = *titleTranslations;

    const QJsonValue extensions = object.value(u"extension");
    if (!extensions.isUndefined() && !extensions.isArray())
        return failure(
            QStringLiteral("questionnaire-bad-extension"), root, QStringLiteral("extension must be an array"));
    const QJsonArray extensionArray = extensions.toArray();
    for (qsizetype i = 0; i < extensionArray.size(); ++i) {
        const QJsonObject extension = extensionArray.at(i).toObject();
        if (extension.value(u"url").toString() != constraintUrl)
            continue;
        Result<QuestionnaireConstraint> constraint = readConstraint(extension, QStringLiteral("extension[%1]").arg(i));
        if (!constraint)
            return constraint.error();
        for (const QuestionnaireConstraint& earlier : std::as_const(questionnaire.m_constraints)) {
            if (earlier.key == constraint->key)
                return failure(QStringLiteral("questionnaire-bad-extension"), QStringLiteral("extension[%1]").arg(i),
                    QStringLiteral("constraint key used twice"));
        }
        questionnaire.m_constraints.append(*constraint);
    }

    ItemReader reader(questionnaire.m_items, questionnaire.m_indexByLinkId);
    if (Result<void> read = reader.readItems(object.value(u"item"), QString(), -1, 0); !read)
        return read.error();
    if (questionnaire.m_items.isEmpty())
        return failure(QStringLiteral("questionnaire-invalid-member"), root, QStringLiteral("the form has no items"));
    if (Result<void> resolved = reader.resolveEnableWhen(); !resolved)
        return resolved.error();
    qCDebug(lcQuestionnaire) << "loaded questionnaire" << questionnaire.m_name << questionnaire.m_version << "with"
                             << questionnaire.m_items.size() << "items";
    return questionnaire;
}

} // namespace Meldeklient::Questionnaire
