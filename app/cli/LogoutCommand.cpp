#include "cli/LogoutCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"

#include <QCoreApplication>

namespace Meldeklient::Cli {

QString LogoutCommand::name() const
{
    return QStringLiteral("logout");
}

QString LogoutCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Sign out of HelseID and forget the stored sign-in");
}

int LogoutCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    int exitCode = ExitOk;
    const std::optional<Config::Environment> environment
        = AuthSession::parseEnvironment(parser, arguments, context, name(), exitCode);
    if (!environment)
        return exitCode;

    AuthSession session(*environment);
    // Resuming first gives an ID token for the provider's end-session page; without one only the local sign-in
    // is removed, which is still a sign-out for this computer.
    const Result<Auth::SignedInUser> user = environment->isTest ? session.restore() : Result<Auth::SignedInUser>(
                                                Error {QStringLiteral("not-resumed"), QString()});
    session.signOut();
    JsonLine line;
    line.add(QStringLiteral("signedOut"), true).add(QStringLiteral("endedProviderSession"), user.isOk());
    context.out() << line.toString() << '\n';
    return ExitOk;
}

} // namespace Meldeklient::Cli
