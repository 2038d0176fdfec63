#include "core/questionnaire/IdentifierRule.h"

#include "core/identity/PersonNumber.h"
#include "core/questionnaire/QuestionnaireItem.h"

#include <QCoreApplication>

namespace Meldeklient::Questionnaire {

using Identity::IdentifierType;

std::optional<IdentifierRule> identifierRuleFromCode(QStringView code)
{
    if (code == u"fnr-or-dnr")
        return IdentifierRule::FnrOrDnr;
    return std::nullopt;
}

std::optional<IdentifierRule> identifierRuleOf(const QuestionnaireItem& item)
{
    const auto found = item.extensions.constFind(QString(identifierRuleUrl));
    if (found == item.extensions.constEnd())
        return std::nullopt;
    return identifierRuleFromCode(found->toString());
}

QString identifierRuleProblem(IdentifierRule rule, const QString& answer)
{
    switch (rule) {
    case IdentifierRule::FnrOrDnr: {
        const Identity::IdentifierCheck check = Identity::PersonNumber::check(answer);
        if (check.type == IdentifierType::HNummer || check.type == IdentifierType::FellesHjelpenummer) {
            return QCoreApplication::translate("Questionnaire",
                "The number is an auxiliary number (%1), which cannot be used here. Use the person's fødselsnummer "
                "or D-nummer.")
                .arg(Identity::identifierTypeName(check.type));
        }
        if (!check.isValid()) {
            QStringList reasons;
            for (Identity::IdentifierProblem problem : check.problems())
                reasons.append(Identity::identifierProblemMessage(problem));
            return QCoreApplication::translate("Questionnaire", "The fødselsnummer or D-nummer is not valid: %1")
                .arg(reasons.join(u' '));
        }
        return {};
    }
    }
    return {};
}

} // namespace Meldeklient::Questionnaire
