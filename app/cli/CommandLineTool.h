#pragma once

#include "cli/CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Meldeklient::Cli {

class CliContext;

// Global options (--help, --version, --lang) and dispatch to the registered commands.
class CommandLineTool
{
public:
    void addCommand(std::unique_ptr<CliCommand> command);
    // `arguments` as in QCoreApplication::arguments(): the program name first.
    int run(const QStringList& arguments, CliContext& context);

private:
    void printHelp(CliContext& context) const;
    CliCommand* find(const QString& name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Meldeklient::Cli
