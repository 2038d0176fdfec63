#pragma once

#include "core/notification/DeceasedPersonRules.h"
#include "gui/forms/QuestionnaireForm.h"

#include <QJsonObject>

namespace Meldeklient::Gui {

// Del 1 (forms/dodsfall.json): the deceased (fødselsnummer / D-nummer, or the details of a person without one),
// the date and time of death and the reporting physician's contact details, checked with the form's rules, its
// identifier-rule and the Del 1 rules (Notification::DeathFactForm).
class DeathFactFormWidget : public QuestionnaireForm
{
    Q_OBJECT

public:
    DeathFactFormWidget(const Questionnaire::Questionnaire& dodsfall, const Options& options,
        Notification::DeceasedPersonRules::Options rules, QWidget* parent = nullptr);

    // The answers as the FHIR Patient and PractitionerRole the API takes.
    QJsonObject patient() const;
    QJsonObject practitionerRole() const;
};

} // namespace Meldeklient::Gui
