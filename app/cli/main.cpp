#include "cli/AuthKeyCommand.h"
#include "cli/BirthCertificateCommand.h"
#include "cli/CheckIdCommand.h"
#include "cli/CliContext.h"
#include "cli/CodesCommand.h"
#include "cli/CommandLineTool.h"
#include "cli/LoginCommand.h"
#include "cli/LogoutCommand.h"
#include "cli/WhoamiCommand.h"
#include "cli/ValidateCommand.h"
#include "cli/OutboxCommand.h"
#include "cli/SubmitCommand.h"
#include "cli/ExportCommand.h"
#include "cli/LookupCommand.h"
#include "cli/VoidDeathCommand.h"
#include "core/common/LogPolicy.h"
#include "cli/ConfigCommand.h"
#include "cli/AuditCommand.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meldeklient-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Meldeklient"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MELDEKLIENT_VERSION));

    // Standard error is for the user's messages; module logging only when asked for (MELDEKLIENT_LOG=1).
    Meldeklient::LogPolicy::install();

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
    tool.addCommand(std::make_unique<Meldeklient::Cli::CodesCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::ValidateCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::LookupCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::SubmitCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::OutboxCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::VoidDeathCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::ExportCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::ConfigCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::AuditCommand>());
    tool.addCommand(std::make_unique<Meldeklient::Cli::BirthCertificateCommand>());
    return tool.run(QCoreApplication::arguments(), context);
}
