#include "gui/forms/DeathFactFormWidget.h"

#include "core/codes/CodeSystemRegistry.h"
#include "core/notification/DeathFactForm.h"

#include <QDateTime>

namespace Meldeklient::Gui {

DeathFactFormWidget::DeathFactFormWidget(const Questionnaire::Questionnaire& dodsfall, const Options& options,
    Notification::DeceasedPersonRules::Options rules, QWidget* parent)
    : QuestionnaireForm(dodsfall, options, parent)
{
    const Codes::CodeSystemRegistry* codes = options.codes;
    setValidator([this, rules, codes](const Questionnaire::QuestionnaireResponse& response) {
        return Notification::DeathFactForm::validate(
            questionnaire(), response, QDateTime::currentDateTime(), rules, codes);
    });
}

QJsonObject DeathFactFormWidget::patient() const
{
    return Notification::DeathFactForm::toPatient(response());
}

QJsonObject DeathFactFormWidget::practitionerRole() const
{
    return Notification::DeathFactForm::toPractitionerRole(response());
}

} // namespace Meldeklient::Gui
