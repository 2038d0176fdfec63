#pragma once

#include "core/notification/DeathNotificationValidator.h"
#include "core/notification/DeceasedPerson.h"
#include "gui/forms/QuestionnaireForm.h"

namespace Meldeklient::Gui {

// Del 2 (forms/dodsaarsak.json) with every rule of the death notification: the cause chain, the ICD-10 checks
// against the deceased's sex and age (from setDeceased()), and the police notice for an unnatural death shown
// prominently at the question. Issues about Del 1 are left to the Del 1 form.
class DeathCauseFormWidget : public QuestionnaireForm
{
    Q_OBJECT

public:
    DeathCauseFormWidget(const Questionnaire::Questionnaire& dodsaarsak, const Options& options,
        Notification::DeceasedPersonRules::Options rules, QWidget* parent = nullptr);

    // The deceased as Del 1 gives them (sex, birth date, date of death), for the sex and age checks of the codes.
    void setDeceased(const Notification::DeceasedPerson& person);
    const Notification::DeceasedPerson& deceased() const { return m_person; }

private:
    Notification::DeathNotificationValidator m_rules;
    Notification::DeceasedPerson m_person;
};

} // namespace Meldeklient::Gui
