#pragma once

#include "core/auth/HeadlessBrowser.h"
#include "core/auth/HelseIdClient.h"
#include "core/common/KeychainSecretStore.h"
#include "core/config/Environment.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <functional>
#include <memory>

namespace Meldeklient::Cli {

class CliContext;
class JsonLine;

// What the sign-in commands share: the environment (--environment, else MELDEKLIENT_ENVIRONMENT, else sandbox),
// the keychain, and a HelseIdClient whose "browser" is HeadlessBrowser (test environments only), driven to
// completion on a local event loop.
class AuthSession
{
public:
    explicit AuthSession(Config::Environment environment);

    Auth::HelseIdClient& client() { return *m_client; }
    const Config::Environment& environment() const { return m_environment; }

    static QCommandLineOption environmentOption();
    static QCommandLineOption helpOption();
    // Parses `arguments` with the given options plus --environment and --help. Returns the exit code to stop with
    // (usage error or help shown), or nullopt to go on.
    static std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context,
        const QString& commandLine);

    // The environment named by `name` (empty: MELDEKLIENT_ENVIRONMENT or sandbox) with test overrides; prints the
    // problem and returns nullopt when there is no such environment.
    static std::optional<Config::Environment> environmentFor(const QString& name, CliContext& context);

    // On a loopback issuer (the sandbox), registers the client's public key through the sandbox admin API, as
    // HelseID's self-service would. Error "sandbox-registration".
    Result<void> registerWithSandbox();

    // Runs `start` and waits until the client signals the end of it.
    Result<Auth::SignedInUser> signIn(const Auth::SignInOptions& options);
    Result<Auth::SignedInUser> restore();
    void signOut();

    // parse() and then environmentFor() on --environment. nullopt: stop with `exitCode`.
    static std::optional<Config::Environment> parseEnvironment(QCommandLineParser& parser,
        const QStringList& arguments, CliContext& context, const QString& commandLine, int& exitCode);

    // Prints what `login` and `whoami` print (signedIn, name, hprNumber, securityLevel, environment, remembered; or
    // signedIn false with code and message) and returns the exit code.
    int printOutcome(CliContext& context, const Result<Auth::SignedInUser>& outcome);
    static void describeError(JsonLine& line, const Error& error);

private:
    Result<Auth::SignedInUser> runSignIn(const std::function<void()>& start);

    Config::Environment m_environment;
    QNetworkAccessManager m_network;
    KeychainSecretStore m_secrets;
    std::unique_ptr<Auth::HeadlessBrowser> m_browser;
    std::unique_ptr<Auth::HelseIdClient> m_client;
};

} // namespace Meldeklient::Cli
