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
    if (const std::optional<int> stop = AuthSession::parse(parser, arguments, context, name()))
        return *stop;
    const std::optional<Config::Environment> environment
        = AuthSession::environmentFor(parser.value(AuthSession::environmentOption()), context);
    if (!environment)
        return ExitUsage;

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
