#include "core/questionnaire/QuestionnaireResponse.h"

#include "core/questionnaire/Questionnaire.h"

namespace Meldeklient::Questionnaire {

QuestionnaireResponse QuestionnaireResponse::withInitialValues(const Questionnaire& questionnaire)
{
    QuestionnaireResponse response;
    response.m_questionnaire = questionnaire.canonical();
    for (const QuestionnaireItem& item : questionnaire.items()) {
        if (item.repeatingGroup >= 0)
            continue; // a repeat starts empty: its initial values belong to the form's editor
        QList<AnswerValue> values = item.initial;
        for (const AnswerOption& option : item.answerOptions) {
            if (option.initialSelected)
                values.append(option.value);
        }
        response.setAnswers(item.linkId, values);
    }
    return response;
}

QLatin1StringView QuestionnaireResponse::statusCode(Status status)
{
    switch (status) {
    case Status::InProgress:
        return QLatin1StringView("in-progress");
    case Status::Completed:
        return QLatin1StringView("completed");
    case Status::Amended:
        return QLatin1StringView("amended");
    case Status::EnteredInError:
        return QLatin1StringView("entered-in-error");
    case Status::Stopped:
        return QLatin1StringView("stopped");
    }
    return QLatin1StringView("unknown");
}

std::optional<QuestionnaireResponse::Status> QuestionnaireResponse::statusFromCode(QStringView code)
{
    for (Status status :
        {Status::InProgress, Status::Completed, Status::Amended, Status::EnteredInError, Status::Stopped}) {
        if (code == statusCode(status))
            return status;
    }
    return std::nullopt;
}

void QuestionnaireResponse::setOtherMember(const QString& name, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        m_otherMembers.remove(name);
    else
        m_otherMembers.insert(name, value);
}

void QuestionnaireResponse::setAnswers(const QString& linkId, const QList<AnswerValue>& values)
{
    QList<AnswerValue> kept;
    for (const AnswerValue& value : values) {
        if (value.type() == ValueType::String && value.toText().trimmed().isEmpty())
            continue;
        kept.append(value);
    }
    if (kept.isEmpty())
        m_answers.remove(linkId);
    else
        m_answers.insert(linkId, kept);
}

QList<QuestionnaireResponse> QuestionnaireResponse::repeats(const QString& groupLinkId) const
{
    QList<QuestionnaireResponse> result;
    for (const AnswerMap& answers : m_repeats.value(groupLinkId)) {
        QuestionnaireResponse repeat;
        repeat.m_answers = answers;
        result.append(repeat);
    }
    return result;
}

void QuestionnaireResponse::setRepeats(const QString& groupLinkId, const QList<QuestionnaireResponse>& repeats)
{
    m_repeats.remove(groupLinkId);
    for (const QuestionnaireResponse& repeat : repeats)
        appendRepeat(groupLinkId, repeat);
}

void QuestionnaireResponse::appendRepeat(const QString& groupLinkId, const QuestionnaireResponse& repeat)
{
    m_repeats[groupLinkId].append(repeat.m_answers);
}

void QuestionnaireResponse::removeRepeat(const QString& groupLinkId, qsizetype index)
{
    auto it = m_repeats.find(groupLinkId);
    if (it == m_repeats.end() || index < 0 || index >= it->size())
        return;
    it->removeAt(index);
    if (it->isEmpty())
        m_repeats.erase(it);
}

QuestionnaireResponse QuestionnaireResponse::repeatView(const QString& groupLinkId, qsizetype index) const
{
    QuestionnaireResponse view;
    view.m_questionnaire = m_questionnaire;
    view.m_status = m_status;
    view.m_answers = m_answers;
    const QList<AnswerMap> repeats = m_repeats.value(groupLinkId);
    if (index >= 0 && index < repeats.size()) {
        const AnswerMap& answers = repeats.at(index);
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
            view.m_answers.insert(it.key(), it.value());
    }
    return view;
}

std::optional<AnswerValue> QuestionnaireResponse::firstAnswer(const QString& linkId) const
{
    const auto it = m_answers.constFind(linkId);
    if (it == m_answers.constEnd() || it->isEmpty())
        return std::nullopt;
    return it->constFirst();
}

std::optional<bool> QuestionnaireResponse::boolean(const QString& linkId) const
{
    const std::optional<AnswerValue> value = firstAnswer(linkId);
    if (!value || value->type() != ValueType::Boolean)
        return std::nullopt;
    return value->toBoolean();
}

std::optional<Codes::Coding> QuestionnaireResponse::coding(const QString& linkId) const
{
    const std::optional<AnswerValue> value = firstAnswer(linkId);
    if (!value || value->type() != ValueType::Coding)
        return std::nullopt;
    return value->toCoding();
}

std::optional<QString> QuestionnaireResponse::text(const QString& linkId) const
{
    const std::optional<AnswerValue> value = firstAnswer(linkId);
    if (!value)
        return std::nullopt;
    switch (value->type()) {
    case ValueType::String:
    case ValueType::Date:
    case ValueType::DateTime:
    case ValueType::Time:
        return value->toText();
    default:
        return std::nullopt;
    }
}

std::optional<qint64> QuestionnaireResponse::integer(const QString& linkId) const
{
    const std::optional<AnswerValue> value = firstAnswer(linkId);
    if (!value || value->type() != ValueType::Integer)
        return std::nullopt;
    return value->toInteger();
}

std::optional<double> QuestionnaireResponse::decimal(const QString& linkId) const
{
    const std::optional<AnswerValue> value = firstAnswer(linkId);
    if (!value || (value->type() != ValueType::Decimal && value->type() != ValueType::Integer))
        return std::nullopt;
    return value->toDecimal();
}

QDate QuestionnaireResponse::date(const QString& linkId) const
{
    const std::optional<AnswerValue> value = firstAnswer(linkId);
    return value ? value->toDate() : QDate();
}

} // namespace Meldeklient::Questionnaire
