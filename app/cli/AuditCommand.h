#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// `audit verify`: checks the hash chain of the audit trail (exit 1 naming the first bad line); `audit export [FILE]`:
// the verified entries as JSON lines with a closing line holding the count and the last hash, for the data controller.
class AuditCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace Meldeklient::Cli
