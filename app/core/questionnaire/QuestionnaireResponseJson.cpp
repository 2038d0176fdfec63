#include "core/questionnaire/QuestionnaireResponseJson.h"

#include "core/questionnaire/EnableWhenEvaluator.h"
#include "core/questionnaire/Questionnaire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <optional>

namespace Meldeklient::Questionnaire {

using namespace Qt::StringLiterals;

namespace {

Error failure(const QString& code, const QString& path, const QString& detail)
{
    return Error {code,
        QCoreApplication::translate("Questionnaire", "Invalid QuestionnaireResponse at %1: %2").arg(path, detail)};
}

class ResponseReader
{
public:
    ResponseReader(const Questionnaire& questionnaire, QuestionnaireResponse& response)
        : m_questionnaire(questionnaire)
        , m_response(response)
    {
    }

    // Recursion follows the form's nesting (misplaced items are refused), so its depth is the form's.
    Result<void> readItems(const QJsonValue& value, const QString& parentPath, int parentIndex)
    {
        if (value.isUndefined())
            return {};
        if (!value.isArray() || value.toArray().isEmpty())
            return failure(QStringLiteral("response-invalid-member"),
                parentPath.isEmpty() ? QStringLiteral("QuestionnaireResponse") : parentPath,
                QStringLiteral("item must be a non-empty array"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path
                = (parentPath.isEmpty() ? QString() : parentPath + u'.') + QStringLiteral("item[%1]").arg(i);
            if (Result<void> read = readItem(array.at(i), path, parentIndex); !read)
                return read;
        }
        return {};
    }

private:
    Result<void> readItem(const QJsonValue& value, const QString& path, int parentIndex)
    {
        if (!value.isObject())
            return failure(
                QStringLiteral("response-invalid-member"), path, QStringLiteral("an item must be an object"));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            static const QStringList known = {QStringLiteral("linkId"), QStringLiteral("text"),
                QStringLiteral("definition"), QStringLiteral("answer"), QStringLiteral("item"), QStringLiteral("id"),
                QStringLiteral("extension")};
            if (!known.contains(it.key()))
                return failure(QStringLiteral("response-invalid-member"), path,
                    QStringLiteral("unknown member \"") + it.key() + u'"');
        }
        const QString linkId = object.value(u"linkId").toString();
        if (linkId.isEmpty())
            return failure(QStringLiteral("response-invalid-member"), path, QStringLiteral("linkId is missing"));
        const QString here = path + QStringLiteral(" (linkId \"") + linkId + QStringLiteral("\")");
        const int index = m_questionnaire.indexOf(linkId);
        if (index < 0)
            return failure(
                QStringLiteral("response-unknown-link-id"), here, QStringLiteral("the form has no such item"));
        const QuestionnaireItem& item = m_questionnaire.items().at(index);
        if (m_seen.contains(linkId) && !item.isRepeatingGroup())
            return failure(
                QStringLiteral("response-duplicate-link-id"), here, QStringLiteral("the item appears twice"));
        m_seen.insert(linkId);
        if (item.parent != parentIndex)
            return failure(QStringLiteral("response-misplaced-item"), here,
                QStringLiteral("the item is not nested as in the form"));
        if (item.isRepeatingGroup()) {
            // Each occurrence of a repeating group is one repeat, read into its own answer set.
            if (!object.value(u"answer").isUndefined())
                return failure(QStringLiteral("response-unexpected-answer"), here,
                    QStringLiteral("a group or display item has no answers"));
            QuestionnaireResponse repeat;
            ResponseReader reader(m_questionnaire, repeat);
            if (Result<void> read = reader.readItems(object.value(u"item"), path, index); !read)
                return read;
            m_response.appendRepeat(linkId, repeat);
            return {};
        }
        if (!object.value(u"text").isUndefined() && !object.value(u"text").isString())
            return failure(QStringLiteral("response-invalid-member"), here, QStringLiteral("text must be a string"));

        const QJsonValue answers = object.value(u"answer");
        if (!answers.isUndefined()) {
            if (!item.takesAnswers())
                return failure(QStringLiteral("response-unexpected-answer"), here,
                    QStringLiteral("a group or display item has no answers"));
            if (Result<void> read = readAnswers(answers, item, here); !read)
                return read;
        }
        if (!object.value(u"item").isUndefined() && item.type != ItemType::Group)
            return failure(
                QStringLiteral("response-misplaced-item"), here, QStringLiteral("only groups contain items"));
        return readItems(object.value(u"item"), path, index);
    }

    Result<void> readAnswers(const QJsonValue& answers, const QuestionnaireItem& item, const QString& here)
    {
        if (!answers.isArray() || answers.toArray().isEmpty())
            return failure(
                QStringLiteral("response-invalid-answer"), here, QStringLiteral("answer must be a non-empty array"));
        QList<AnswerValue> values;
        const QJsonArray array = answers.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString answerPath = here + QStringLiteral(".answer[%1]").arg(i);
            const QJsonObject answer = array.at(i).toObject();
            if (!array.at(i).isObject())
                return failure(QStringLiteral("response-invalid-answer"), answerPath,
                    QStringLiteral("an answer must be an object"));
            for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
                const bool valueMember = it.key().startsWith(u"value");
                if (!valueMember && it.key() != u"id" && it.key() != u"extension")
                    return failure(QStringLiteral("response-invalid-answer"), answerPath,
                        QStringLiteral("unsupported member \"") + it.key() + u'"');
            }
            Result<AnswerValue> value = AnswerValue::readFrom(answer, u"value");
            if (!value)
                return failure(QStringLiteral("response-invalid-answer"), answerPath, value.error().message);
            if (!acceptsValueType(item.type, value->type())) {
                return failure(QStringLiteral("response-answer-type"), answerPath,
                    QStringLiteral("value%1 does not fit an item of type %2")
                        .arg(valueTypeSuffix(value->type()), itemTypeName(item.type)));
            }
            values.append(*value);
        }
        m_response.setAnswers(item.linkId, values);
        return {};
    }

    const Questionnaire& m_questionnaire;
    QuestionnaireResponse& m_response;
    QSet<QString> m_seen;
};

std::optional<QJsonObject> writeItem(
    const Questionnaire& questionnaire, const QuestionnaireResponse& response, const EnabledItems& enabled, int index);

QJsonArray writeChildren(
    const Questionnaire& questionnaire, const QuestionnaireResponse& response, const EnabledItems& enabled, int index)
{
    const QuestionnaireItem& item = questionnaire.items().at(index);
    QJsonArray children;
    if (!enabled.isEnabled(index))
        return children;
    if (item.isRepeatingGroup()) {
        // One group object per repeat, each evaluated on its own answers (empty repeats are dropped).
        for (qsizetype repeat = 0; repeat < response.repeatCount(item.linkId); ++repeat) {
            const QuestionnaireResponse view = response.repeatView(item.linkId, repeat);
            const EnabledItems repeatEnabled = EnableWhenEvaluator::evaluate(questionnaire, view);
            QJsonArray repeatChildren;
            for (int child : item.children) {
                if (std::optional<QJsonObject> written = writeItem(questionnaire, view, repeatEnabled, child))
                    repeatChildren.append(*written);
            }
            if (!repeatChildren.isEmpty())
                children.append(QJsonObject {{u"linkId"_s, item.linkId}, {u"item"_s, repeatChildren}});
        }
        return children;
    }
    if (std::optional<QJsonObject> written = writeItem(questionnaire, response, enabled, index))
        children.append(*written);
    return children;
}

std::optional<QJsonObject> writeItem(
    const Questionnaire& questionnaire, const QuestionnaireResponse& response, const EnabledItems& enabled, int index)
{
    if (!enabled.isEnabled(index))
        return std::nullopt;
    const QuestionnaireItem& item = questionnaire.items().at(index);
    QJsonObject object;
    object.insert(u"linkId", item.linkId);
    if (item.type == ItemType::Group) {
        QJsonArray children;
        for (int child : item.children) {
            for (const QJsonValue& written : writeChildren(questionnaire, response, enabled, child))
                children.append(written);
        }
        if (children.isEmpty())
            return std::nullopt;
        object.insert(u"item", children);
        return object;
    }
    const QList<AnswerValue> values = response.answers(item.linkId);
    if (!item.takesAnswers() || values.isEmpty())
        return std::nullopt;
    QJsonArray answers;
    for (const AnswerValue& value : values) {
        QJsonObject answer;
        value.writeTo(answer, u"value");
        answers.append(answer);
    }
    object.insert(u"answer", answers);
    return object;
}

} // namespace

Result<QuestionnaireResponse> QuestionnaireResponseJson::read(
    const Questionnaire& questionnaire, const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error {QStringLiteral("response-json"),
            QCoreApplication::translate("Questionnaire", "The response is not a JSON object (offset %1).")
                .arg(error.offset)};
    }
    return read(questionnaire, document.object());
}

Result<QuestionnaireResponse> QuestionnaireResponseJson::read(
    const Questionnaire& questionnaire, const QJsonObject& object)
{
    const QString root = QStringLiteral("QuestionnaireResponse");
    if (object.value(u"resourceType").toString() != u"QuestionnaireResponse") {
        return Error {QStringLiteral("response-resource-type"),
            QCoreApplication::translate("Questionnaire", "The resource is not a QuestionnaireResponse.")};
    }
    QuestionnaireResponse response;
    const std::optional<QuestionnaireResponse::Status> status
        = QuestionnaireResponse::statusFromCode(object.value(u"status").toString());
    if (!status)
        return failure(QStringLiteral("response-status"), root, QStringLiteral("status is missing or unknown"));
    response.setStatus(*status);
    const QJsonValue canonical = object.value(u"questionnaire");
    if (!canonical.isUndefined() && (!canonical.isString() || canonical.toString().isEmpty()))
        return failure(
            QStringLiteral("response-invalid-member"), root, QStringLiteral("questionnaire must be a canonical URL"));
    response.setQuestionnaire(canonical.toString());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString& key = it.key();
        if (key == u"resourceType" || key == u"status" || key == u"questionnaire" || key == u"item")
            continue;
        const bool reference = key == u"subject" || key == u"author" || key == u"encounter" || key == u"source";
        if ((reference && !it.value().isObject()) || (key == u"authored" && !it.value().isString()))
            return failure(
                QStringLiteral("response-invalid-member"), root, key + QStringLiteral(" has the wrong JSON type"));
        response.setOtherMember(key, it.value());
    }
    ResponseReader reader(questionnaire, response);
    if (Result<void> read = reader.readItems(object.value(u"item"), QString(), -1); !read)
        return read.error();
    return response;
}

QJsonObject QuestionnaireResponseJson::write(const Questionnaire& questionnaire, const QuestionnaireResponse& response)
{
    QJsonObject object = response.otherMembers();
    object.insert(u"resourceType", QStringLiteral("QuestionnaireResponse"));
    if (!response.questionnaire().isEmpty())
        object.insert(u"questionnaire", response.questionnaire());
    object.insert(u"status", QString(QuestionnaireResponse::statusCode(response.status())));
    const EnabledItems enabled = EnableWhenEvaluator::evaluate(questionnaire, response);
    QJsonArray items;
    for (int index : questionnaire.topLevelItems()) {
        for (const QJsonValue& written : writeChildren(questionnaire, response, enabled, index))
            items.append(written);
    }
    if (!items.isEmpty())
        object.insert(u"item", items);
    return object;
}

QByteArray QuestionnaireResponseJson::writeJson(
    const Questionnaire& questionnaire, const QuestionnaireResponse& response)
{
    return QJsonDocument(write(questionnaire, response)).toJson(QJsonDocument::Compact);
}

} // namespace Meldeklient::Questionnaire
