#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// login: the full HelseID sign-in against a test or sandbox environment, following the browser steps with its
// own HTTP client; prints who signed in as JSON.
class LoginCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace Meldeklient::Cli
