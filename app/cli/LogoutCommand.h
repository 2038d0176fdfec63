#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// logout: ends the HelseID session (end-session page in test environments) and removes the stored sign-in.
class LogoutCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace Meldeklient::Cli
