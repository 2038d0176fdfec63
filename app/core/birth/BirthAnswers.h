#pragma once

#include "core/codes/Coding.h"
#include "core/questionnaire/EnabledItems.h"
#include "core/questionnaire/QuestionnaireResponse.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Meldeklient::Questionnaire {
class Questionnaire;
}

namespace Meldeklient::Birth {

// The answers of a fodselsmelding response as the rules and the XML writer see them: only enabled items count
// (an identifier answered hides the name fields, so an old name typed before is not sent), strings are trimmed and
// normalised to Unicode NFC. children() gives one view per repeat of the group `barn`, in birth order.
class BirthAnswers
{
public:
    BirthAnswers(const Questionnaire::Questionnaire& form, const Questionnaire::QuestionnaireResponse& response);

    std::optional<QString> text(const QString& linkId) const; // non-empty, trimmed, NFC
    std::optional<bool> boolean(const QString& linkId) const;
    std::optional<Codes::Coding> coding(const QString& linkId) const;
    std::optional<qint64> integer(const QString& linkId) const;
    std::optional<double> decimal(const QString& linkId) const;
    QDate date(const QString& linkId) const;
    // True when any enabled item whose linkId starts with `prefix` + "." has an answer.
    bool hasAnyUnder(const QString& prefix) const;

    qsizetype childCount() const { return m_response.repeatCount(childGroup()); }
    // Views of each child: the answers outside the repeat plus that child's.
    QList<BirthAnswers> children() const;

    static QString childGroup() { return QStringLiteral("barn"); }

private:
    bool enabled(const QString& linkId) const { return m_enabled.isEnabled(linkId); }

    const Questionnaire::Questionnaire* m_form; // not owned; pointer so that views can be held in a QList
    Questionnaire::QuestionnaireResponse m_response;
    Questionnaire::EnabledItems m_enabled;
};

} // namespace Meldeklient::Birth
