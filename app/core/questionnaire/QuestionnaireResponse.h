#pragma once

#include "core/codes/Coding.h"
#include "core/questionnaire/AnswerValue.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Meldeklient::Questionnaire {

class Questionnaire;

// The answers to a Questionnaire, keyed by linkId (our forms have no repeating groups, so a linkId identifies one
// item). Holds answers of hidden items too, so that toggling a condition back does not lose what was typed;
// QuestionnaireResponseJson::write() drops them. JSON reading and writing: QuestionnaireResponseJson.
class QuestionnaireResponse
{
public:
    enum class Status { InProgress, Completed, Amended, EnteredInError, Stopped };

    // A response pre-filled with each item's `initial` values and initialSelected answer options.
    static QuestionnaireResponse withInitialValues(const Questionnaire& questionnaire);

    const QString& questionnaire() const { return m_questionnaire; }
    void setQuestionnaire(const QString& canonical) { m_questionnaire = canonical; }
    Status status() const { return m_status; }
    void setStatus(Status status) { m_status = status; }
    static QLatin1StringView statusCode(Status status);
    static std::optional<Status> statusFromCode(QStringView code);
    // Other top-level members (id, subject, author, authored...), kept as JSON and written back unchanged.
    const QJsonObject& otherMembers() const { return m_otherMembers; }
    void setOtherMember(const QString& name, const QJsonValue& value);

    QList<AnswerValue> answers(const QString& linkId) const { return m_answers.value(linkId); }
    bool hasAnswer(const QString& linkId) const { return m_answers.contains(linkId); }
    QStringList answeredLinkIds() const { return m_answers.keys(); }
    // Replaces the answers of `linkId`; an empty list, or empty strings, clear it.
    void setAnswers(const QString& linkId, const QList<AnswerValue>& values);
    void setAnswer(const QString& linkId, const AnswerValue& value) { setAnswers(linkId, {value}); }
    void clearAnswer(const QString& linkId) { m_answers.remove(linkId); }

    // Typed access to the first answer; nullopt (or an invalid date) when unanswered or of another type.
    std::optional<AnswerValue> firstAnswer(const QString& linkId) const;
    std::optional<bool> boolean(const QString& linkId) const;
    std::optional<Codes::Coding> coding(const QString& linkId) const;
    std::optional<QString> text(const QString& linkId) const; // string, text, date, dateTime and time answers
    std::optional<qint64> integer(const QString& linkId) const;
    std::optional<double> decimal(const QString& linkId) const;
    QDate date(const QString& linkId) const; // full date of a date or dateTime answer

    bool operator==(const QuestionnaireResponse& other) const = default;

private:
    QString m_questionnaire;
    Status m_status = Status::InProgress;
    QJsonObject m_otherMembers;
    QHash<QString, QList<AnswerValue>> m_answers;
};

} // namespace Meldeklient::Questionnaire
