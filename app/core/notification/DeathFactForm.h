#pragma once

#include "core/notification/DeceasedPersonRules.h"
#include "core/notification/ValidationIssues.h"

#include <QDateTime>
#include <QJsonObject>

namespace Meldeklient::Codes {
class ValueSetResolver;
}
namespace Meldeklient::Questionnaire {
class Questionnaire;
class QuestionnaireResponse;
} // namespace Meldeklient::Questionnaire

namespace Meldeklient::Notification {

// Del 1 as the doctor fills it in (`forms/dodsfall.json`) mapped onto what the API and the Del 1 rules take: the
// deceased as a FHIR Patient (read by DeceasedPerson::fromFhirPatient) and the reporting physician's contact details
// as a PractitionerRole (ReporterContactRules). Issues of those rules name Patient parts ("deceasedIdentifier"); they
// are mapped back onto the form's linkIds so the form can show them at the field.
class DeathFactForm
{
public:
    static QJsonObject toPatient(const Questionnaire::QuestionnaireResponse& response);
    static QJsonObject toPractitionerRole(const Questionnaire::QuestionnaireResponse& response);
    // The dodsfall linkId for a linkId used by DeceasedPersonRules / ReporterContactRules; unknown ones unchanged.
    static QString formLinkId(const QString& ruleLinkId);

    // Every Del 1 finding, at the form's linkIds: the form's own rules (required, regex, identifier-rule...), the
    // Del 1 rules and the contact-details rules. Per field, an error the form already reports is not repeated by
    // the domain rules (both check the identifier). Errors first.
    static QList<ValidationIssue> validate(const Questionnaire::Questionnaire& dodsfall,
        const Questionnaire::QuestionnaireResponse& response, const QDateTime& now,
        const DeceasedPersonRules::Options& options, const Codes::ValueSetResolver* resolver = nullptr);
};

} // namespace Meldeklient::Notification
