#pragma once

#include "core/questionnaire/FhirPathExpression.h"
#include "core/questionnaire/ValidationIssue.h"

#include <QString>

namespace Meldeklient::Questionnaire {

// One http://hl7.org/fhir/StructureDefinition/questionnaire-constraint extension on the Questionnaire.
struct QuestionnaireConstraint
{
    QString key;
    ValidationIssue::Severity severity = ValidationIssue::Severity::Error;
    QString human; // the form's own wording, in the form's language
    FhirPathExpression expression;
};

} // namespace Meldeklient::Questionnaire
