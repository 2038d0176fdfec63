#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// check-id NUMBER...: one JSON object per line for each number; "-" reads numbers from standard input.
class CheckIdCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace Meldeklient::Cli
