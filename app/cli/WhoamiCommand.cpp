#include "cli/WhoamiCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"

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
    if (const std::optional<int> stop = AuthSession::parse(parser, arguments, context, name()))
        return *stop;
    const std::optional<Config::Environment> environment
        = AuthSession::environmentFor(parser.value(AuthSession::environmentOption()), context);
    if (!environment)
        return ExitUsage;

    AuthSession session(*environment);
    JsonLine line;
    const Result<Auth::SignedInUser> user = session.restore();
    if (!user) {
        AuthSession::describeError(line, user.error());
        context.out() << line.toString() << '\n';
        return ExitFailed;
    }
    AuthSession::describeUser(line, user.value(), session.client().isRemembered());
    context.out() << line.toString() << '\n';
    return ExitOk;
}

} // namespace Meldeklient::Cli
