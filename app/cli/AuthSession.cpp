#include "cli/AuthSession.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/auth/ClientKeyStore.h"
#include "core/auth/HttpExchange.h"
#include "core/config/Configuration.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace Meldeklient::Cli {

AuthSession::AuthSession(Config::Environment environment, Session::SessionOptions options)
    : m_session(std::make_unique<Session::Session>(std::move(environment), std::move(options)))
{
}

QCommandLineOption AuthSession::environmentOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("environment"), QStringLiteral("e")},
        QCoreApplication::translate("Cli", "Environment: sandbox (default), test or production."),
        QStringLiteral("NAME"));
}

QCommandLineOption AuthSession::helpOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("help"), QStringLiteral("h")},
        QCoreApplication::translate("Cli", "Show this help."));
}

std::optional<int> AuthSession::parse(
    QCommandLineParser& parser, const QStringList& arguments, CliContext& context, const QString& commandLine)
{
    parser.addOption(environmentOption());
    parser.addOption(helpOption());
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption().names().first())) {
        QString help = parser.helpText();
        context.out() << help.replace(arguments.first() + QStringLiteral(" [options]"),
            QStringLiteral("meldeklient-cli ") + commandLine + QStringLiteral(" [options]"));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.err() << QCoreApplication::translate("Cli", "Unexpected argument: %1")
                             .arg(parser.positionalArguments().first())
                      << '\n';
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<Config::Environment> AuthSession::environmentFor(const QString& name, CliContext& context)
{
    // The layered configuration decides (a policy may lock the environment); its errors name the key.
    const Result<Config::Configuration> configuration = Config::Configuration::load(name);
    const Result<Config::Environment> environment = configuration
        ? Config::Environment::fromConfiguration(*configuration)
        : Result<Config::Environment>(configuration.error());
    if (!environment) {
        context.fail(environment.error());
        return std::nullopt;
    }
    for (const QString& warning : environment->warnings)
        context.err() << warning << '\n';
    return environment.value();
}

Result<Auth::SignedInUser> AuthSession::runSignIn(const std::function<void()>& start)
{
    QEventLoop loop;
    std::optional<Result<Auth::SignedInUser>> outcome;
    Session::Session& session = *m_session;
    bool started = false; // restore() may pass through Offline (the stored person's outbox) before signing in
    QObject::connect(&session, &Session::Session::stateChanged, &loop, [&](Session::Session::State state) {
        if (state == Session::Session::State::SigningIn) {
            started = true;
            return;
        }
        if (!started || outcome)
            return;
        if (const std::optional<Auth::SignedInUser> user = session.user(); user && state == Session::Session::State::Ready)
            outcome = user.value();
        else
            outcome = session.lastError();
        loop.quit();
    });
    QObject::connect(&session, &Session::Session::signInFailed, &loop, [&](const Error& error) {
        outcome = error;
        loop.quit();
    });
    start();
    if (!outcome && session.state() == Session::Session::State::SigningIn)
        loop.exec();
    if (!outcome)
        return Error {QStringLiteral("sign-in-incomplete"),
            QCoreApplication::translate("Cli", "The sign-in ended without a result.")};
    return *outcome;
}

Result<Auth::SignedInUser> AuthSession::signIn(const Auth::SignInOptions& options)
{
    return runSignIn([this, &options] { m_session->signIn(options); });
}

Result<Auth::SignedInUser> AuthSession::restore()
{
    return runSignIn([this] { m_session->restore(); });
}

void AuthSession::signOut()
{
    // Let the end-session page load before the process ends; the local session is gone either way.
    QEventLoop loop;
    QObject::connect(m_session.get(), &Session::Session::signOutFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    m_session->signOut();
    loop.exec();
}

std::optional<Config::Environment> AuthSession::parseEnvironment(QCommandLineParser& parser,
    const QStringList& arguments, CliContext& context, const QString& commandLine, int& exitCode)
{
    if (const std::optional<int> stop = parse(parser, arguments, context, commandLine)) {
        exitCode = *stop;
        return std::nullopt;
    }
    std::optional<Config::Environment> environment = environmentFor(parser.value(environmentOption()), context);
    if (!environment)
        exitCode = ExitUsage;
    return environment;
}

int AuthSession::printOutcome(CliContext& context, const Result<Auth::SignedInUser>& outcome)
{
    JsonLine line;
    if (!outcome) {
        describeError(line, outcome.error());
        context.out() << line.toString() << '\n';
        return ExitFailed;
    }
    const Auth::SignedInUser& user = outcome.value();
    line.add(QStringLiteral("signedIn"), true)
        .add(QStringLiteral("name"), user.name)
        .add(QStringLiteral("hprNumber"), user.hprNumber)
        .addRaw(QStringLiteral("securityLevel"), QString::number(user.securityLevel))
        .add(QStringLiteral("environment"), user.environment)
        .add(QStringLiteral("remembered"), m_session->rememberedAcrossRestarts());
    context.out() << line.toString() << '\n';
    return ExitOk;
}

void AuthSession::describeError(JsonLine& line, const Error& error)
{
    line.add(QStringLiteral("signedIn"), false)
        .add(QStringLiteral("code"), error.code)
        .add(QStringLiteral("message"), error.message);
}

} // namespace Meldeklient::Cli
