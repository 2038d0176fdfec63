#pragma once

#include <QString>
#include <QStringList>

namespace Meldeklient::Cli {

class CliContext;

// Exit codes shared by every command.
enum ExitCode : int { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// One sub-command of meldeklient-cli ("check-id", "validate", ...).
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the command name, as QCommandLineParser expects.
    virtual int run(const QStringList& arguments, CliContext& context) = 0;
};

} // namespace Meldeklient::Cli
