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

// The answers to a Questionnaire, keyed by linkId. Items inside a repeating group (one level, e.g. the children of a
// birth) are answered per repeat: each repeat is a QuestionnaireResponse holding only that repeat's answers, and
// repeatView() overlays one repeat on the answers outside it (what enableWhen and the validator see). Holds answers of
// hidden items too, so that toggling a condition back does not lose what was typed; QuestionnaireResponseJson::write()
// drops them. JSON reading and writing: QuestionnaireResponseJson.
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

    // Repeats of the repeating group `groupLinkId`, in order; each holds the answers of the group's descendants.
    QList<QuestionnaireResponse> repeats(const QString& groupLinkId) const;
    qsizetype repeatCount(const QString& groupLinkId) const { return m_repeats.value(groupLinkId).size(); }
    void setRepeats(const QString& groupLinkId, const QList<QuestionnaireResponse>& repeats);
    void appendRepeat(const QString& groupLinkId, const QuestionnaireResponse& repeat);
    void removeRepeat(const QString& groupLinkId, qsizetype index);
    QStringList repeatedGroupLinkIds() const { return m_repeats.keys(); }
    // The answers outside any repeat with repeat `index` of `groupLinkId` laid over them (no repeats of its own).
    QuestionnaireResponse repeatView(const QString& groupLinkId, qsizetype index) const;

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
    using AnswerMap = QHash<QString, QList<AnswerValue>>;
    AnswerMap m_answers;
    QHash<QString, QList<AnswerMap>> m_repeats; // group linkId -> answers of each repeat
};

} // namespace Meldeklient::Questionnaire
