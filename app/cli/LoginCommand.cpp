#include "cli/LoginCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "core/audit/AuditLog.h"

#include <QCoreApplication>

namespace Meldeklient::Cli {

QString LoginCommand::name() const
{
    return QStringLiteral("login");
}

QString LoginCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Sign in with HelseID (test and sandbox environments only)");
}

int LoginCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption pidOption(QStringLiteral("pid"),
        QCoreApplication::translate("Cli", "Test IdP: the synthetic person to sign in as (test_pid)."),
        QStringLiteral("PID"));
    const QCommandLineOption levelOption(QStringLiteral("level"),
        QCoreApplication::translate("Cli", "Test IdP: the security level to report (test_security_level)."),
        QStringLiteral("LEVEL"));
    const QCommandLineOption idpOption(QStringLiteral("idp"),
        QCoreApplication::translate("Cli", "Identity provider: helseid (default), idporten or test."),
        QStringLiteral("IDP"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QCoreApplication::translate("Cli", "Seconds to wait for the sign-in (default 120)."), QStringLiteral("SECONDS"));
    parser.addOptions({pidOption, levelOption, idpOption, timeoutOption});
    int exitCode = ExitOk;
    const std::optional<Config::Environment> environment
        = AuthSession::parseEnvironment(parser, arguments, context, name(), exitCode);
    if (!environment)
        return exitCode;
    if (!environment->isTest) {
        context.err() << QCoreApplication::translate("Cli",
                             "login works only in test and sandbox environments; sign in to %1 in the Meldeklient "
                             "app.")
                             .arg(environment->displayName)
                      << '\n';
        return ExitUsage;
    }

    Auth::SignInOptions options;
    const QString idp = parser.value(idpOption);
    if (idp.isEmpty() || idp == u"helseid")
        options.provider = Auth::IdentityProvider::HelseId;
    else if (idp == u"idporten")
        options.provider = Auth::IdentityProvider::IdPorten;
    else if (idp == u"test")
        options.provider = Auth::IdentityProvider::TestIdp;
    else {
        context.err() << QCoreApplication::translate("Cli", "Unknown --idp \"%1\": use helseid, idporten or test.")
                             .arg(idp)
                      << '\n';
        return ExitUsage;
    }
    options.testPid = parser.value(pidOption);
    options.testSecurityLevel = parser.value(levelOption);
    bool timeoutOk = true;
    const int timeoutSeconds = parser.isSet(timeoutOption) ? parser.value(timeoutOption).toInt(&timeoutOk) : 120;
    if (!timeoutOk || timeoutSeconds <= 0 || timeoutSeconds > 3600) {
        context.err() << QCoreApplication::translate("Cli", "--timeout needs a number of seconds from 1 to 3600.") << '\n';
        return ExitUsage;
    }

    AuthSession session(*environment);
    session.client().setCallbackTimeoutMs(timeoutSeconds * 1000);
    if (const Result<void> registered = session.registerWithSandbox(); !registered)
        return session.printOutcome(context, registered.error());
    const Result<Auth::SignedInUser> outcome = session.signIn(options);
    if (outcome)
        Audit::AuditLog::record(
            Audit::AuditAction::SignIn, outcome->hprNumber, QStringLiteral("environment:") + environment->name);
    return session.printOutcome(context, outcome);
}

} // namespace Meldeklient::Cli
