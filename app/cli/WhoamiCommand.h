#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// whoami: resumes the stored sign-in (a refresh) and prints who is signed in, or says nobody is.
class WhoamiCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace Meldeklient::Cli
