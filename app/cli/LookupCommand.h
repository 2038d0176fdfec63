#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// lookup NUMBER: asks the registry (through the national API, signed in) who has this fødselsnummer or D-nummer and
// prints name, birth date, sex and whether the person is already registered dead, so the physician can confirm
// the right person before sending Del 1 (patient safety). The number is never logged.
class LookupCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace Meldeklient::Cli
