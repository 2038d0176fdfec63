#include "gui/forms/DeathCauseFormWidget.h"

#include <QDateTime>

namespace Meldeklient::Gui {

DeathCauseFormWidget::DeathCauseFormWidget(const Questionnaire::Questionnaire& dodsaarsak, const Options& options,
    Notification::DeceasedPersonRules::Options rules, QWidget* parent)
    : QuestionnaireForm(dodsaarsak, options, parent)
    , m_rules(dodsaarsak, options.codes, rules)
{
    // The police notice, and the reminder that a violent death is an unnatural one, must not be overlooked.
    setProminentRules({QStringLiteral("unnatural-notify-police"), QStringLiteral("injury-needs-unnatural")});
    setValidator([this](const Questionnaire::QuestionnaireResponse& response) {
        QList<Questionnaire::ValidationIssue> issues;
        for (const Questionnaire::ValidationIssue& issue :
            m_rules.validate(m_person, response, QDateTime::currentDateTime())) {
            if (issue.linkId.isEmpty() || questionnaire().indexOf(issue.linkId) >= 0)
                issues.append(issue);
        }
        return issues;
    });
}

void DeathCauseFormWidget::setDeceased(const Notification::DeceasedPerson& person)
{
    m_person = person;
    validate();
}

} // namespace Meldeklient::Gui
