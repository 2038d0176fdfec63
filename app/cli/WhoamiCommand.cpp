#include "cli/WhoamiCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"

#include <QCoreApplication>

namespace Meldeklient::Cli {

QString WhoamiCommand::name() const
{
    return QStringLiteral("whoami");
}

QString WhoamiCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Show who is signed in (resumes the stored HelseID sign-in)");
}

int WhoamiCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    int exitCode = ExitOk;
    const std::optional<Config::Environment> environment
        = AuthSession::parseEnvironment(parser, arguments, context, name(), exitCode);
    if (!environment)
        return exitCode;

    AuthSession session(*environment);
    return session.printOutcome(context, session.restore());
}

} // namespace Meldeklient::Cli
