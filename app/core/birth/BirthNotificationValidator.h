#pragma once

#include "core/birth/BirthRules.h"
#include "core/questionnaire/ValidationIssue.h"

#include <QDateTime>
#include <QList>

namespace Meldeklient::Questionnaire {
class Questionnaire;
class QuestionnaireResponse;
} // namespace Meldeklient::Questionnaire

namespace Meldeklient::Birth {

// Everything a midwife gets told about a birth notification before it can be sent: the fodselsmelding form's own
// rules (required items, per child) and BirthRules. Errors first; an error blocks sending, warnings need
// confirmation.
class BirthNotificationValidator
{
public:
    BirthNotificationValidator(const Questionnaire::Questionnaire& form, BirthRules::Options options);

    QList<Questionnaire::ValidationIssue> validate(
        const Questionnaire::QuestionnaireResponse& response, const QDateTime& now) const;

    // ":/forms/fodselsmelding.json"; its canonical URL identifies a birth notification in a Bundle.
    static QString formPath();
    static QString formUrl();

private:
    const Questionnaire::Questionnaire& m_form;
    BirthRules::Options m_options;
};

} // namespace Meldeklient::Birth
