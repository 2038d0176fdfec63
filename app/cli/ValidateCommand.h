#pragma once

#include "cli/CliCommand.h"
#include "core/notification/ValidationIssues.h"

namespace Meldeklient::Cli {

// validate FILE: checks a death notification (FHIR Bundle with Patient and dodsaarsak QuestionnaireResponse) with
// every rule the app applies, and prints {"valid", "issues": [...], "validatedAgainst": {...}}.
class ValidateCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

    // [{"severity", "rule", "linkId", "message"}, ...]: the issues as `validate` and `submit` print them.
    static QString issuesJson(const QList<Notification::ValidationIssue>& issues);
};

} // namespace Meldeklient::Cli
