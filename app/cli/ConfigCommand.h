#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// `config show | set KEY VALUE | unset KEY`: the layered settings (app/core/config/README.md). Locked (policy)
// keys cannot be set or unset: exit 1 with the reason.
class ConfigCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace Meldeklient::Cli
