#include "cli/AuthKeyCommand.h"
#include "cli/CheckIdCommand.h"
#include "cli/CliContext.h"
#include "cli/CommandLineTool.h"
#include "cli/LoginCommand.h"
#include "cli/LogoutCommand.h"
#include "cli/WhoamiCommand.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meldeklient-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Meldeklient"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MELDEKLIENT_VERSION));

    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    Meldeklient::Cli::CliContext context(&in, &out, &err);

    Meldeklient::Cli::CommandLineTool tool;
    tool.addCommand(std::make_unique<Meldeklient::Cli::CheckIdCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::LoginCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::LogoutCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::WhoamiCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::AuthKeyCommand>());
    return tool.run(QCoreApplication::arguments(), context);
}
