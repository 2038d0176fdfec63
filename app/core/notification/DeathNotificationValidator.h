#pragma once

#include "core/notification/DeceasedPerson.h"
#include "core/notification/DeceasedPersonRules.h"
#include "core/notification/ValidationIssues.h"

#include <QDateTime>

namespace Meldeklient::Codes {
class CodeSystemRegistry;
}
namespace Meldeklient::Questionnaire {
class Questionnaire;
class QuestionnaireResponse;
} // namespace Meldeklient::Questionnaire

namespace Meldeklient::Notification {

// Everything a physician gets told about a death notification before it can be sent: the Del 1 rules on the
// deceased, the dodsaarsak Questionnaire's own rules, the domain rules of the cause chain, and the ICD-10 checks
// from the imported tables (sex and age from the Patient, or from the identifier when derivable).
// The result is de-duplicated and ordered errors first.
class DeathNotificationValidator
{
public:
    // `registry` may be null or hold no ICD-10 list: codes are then not verified (a warning says so) and only the
    // self-written ICD-10 rules apply.
    DeathNotificationValidator(const Questionnaire::Questionnaire& dodsaarsak, const Codes::CodeSystemRegistry* registry,
        DeceasedPersonRules::Options options);

    QList<ValidationIssue> validate(const DeceasedPerson& person, const Questionnaire::QuestionnaireResponse& cause,
        const QDateTime& now) const;

private:
    const Questionnaire::Questionnaire& m_dodsaarsak;
    const Codes::CodeSystemRegistry* m_registry;
    DeceasedPersonRules::Options m_options;
};

} // namespace Meldeklient::Notification
