#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// validate FILE: checks a death notification (FHIR Bundle with Patient and dodsaarsak QuestionnaireResponse) with
// every rule the app applies, and prints {"valid", "issues": [...], "validatedAgainst": {...}}.
class ValidateCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace Meldeklient::Cli
