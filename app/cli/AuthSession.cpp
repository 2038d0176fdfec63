#include "cli/AuthSession.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/auth/ClientKeyStore.h"
#include "core/auth/HttpExchange.h"
#include "core/config/Configuration.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

namespace Meldeklient::Cli {

AuthSession::AuthSession(Config::Environment environment)
    : m_environment(std::move(environment))
    , m_secrets(m_environment.keychainService())
{
    // Only test environments get a browser that follows redirects by itself; production needs a person.
    if (m_environment.isTest)
        m_browser = std::make_unique<Auth::HeadlessBrowser>(&m_network);
    m_client = std::make_unique<Auth::HelseIdClient>(m_environment, &m_network, &m_secrets, m_browser.get());
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

Result<void> AuthSession::registerWithSandbox()
{
    const QUrl issuer(m_environment.issuer);
    if (!QHostAddress(issuer.host()).isLoopback())
        return {};
    const Result<Auth::Jose::Jwk> key = m_client->clientKey();
    if (!key)
        return key.error();
    const QJsonObject body {
        {QStringLiteral("client_id"), m_environment.clientId},
        {QStringLiteral("jwks"), QJsonObject {{QStringLiteral("keys"), QJsonArray {key->toPublicJson()}}}},
    };
    QUrl url = issuer;
    url.setPath(QStringLiteral("/_sandbox/clients"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 201)
        return Error {QStringLiteral("sandbox-registration"),
            QCoreApplication::translate("Cli", "Could not register the client key with the sandbox at %1 (%2).")
                .arg(m_environment.issuer, status ? QString::number(status) : reply->errorString())};
    return {};
}

Result<Auth::SignedInUser> AuthSession::runSignIn(const std::function<void()>& start)
{
    QEventLoop loop;
    std::optional<Result<Auth::SignedInUser>> outcome;
    QObject::connect(m_client.get(), &Auth::HelseIdClient::signedIn, &loop, [&](const Auth::SignedInUser& user) {
        outcome = user;
        loop.quit();
    });
    const auto failed = [&](const Error& error) {
        outcome = error;
        loop.quit();
    };
    QObject::connect(m_client.get(), &Auth::HelseIdClient::signInFailed, &loop, failed);
    QObject::connect(m_client.get(), &Auth::HelseIdClient::mustSignInAgain, &loop, failed);
    start();
    if (!outcome)
        loop.exec();
    if (!outcome)
        return Error {QStringLiteral("sign-in-incomplete"),
            QCoreApplication::translate("Cli", "The sign-in ended without a result.")};
    return *outcome;
}

Result<Auth::SignedInUser> AuthSession::signIn(const Auth::SignInOptions& options)
{
    return runSignIn([this, &options] { m_client->signIn(options); });
}

Result<Auth::SignedInUser> AuthSession::restore()
{
    return runSignIn([this] { m_client->restoreSession(); });
}

void AuthSession::signOut()
{
    if (!m_client->signOut() || !m_browser)
        return;
    // Let the end-session page load before the process ends; the local session is gone either way.
    QEventLoop loop;
    QObject::connect(m_browser.get(), &Auth::HeadlessBrowser::finished, &loop, &QEventLoop::quit);
    QObject::connect(m_browser.get(), &Auth::BrowserLauncher::navigationFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
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
        .add(QStringLiteral("remembered"), m_client->isRemembered());
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
