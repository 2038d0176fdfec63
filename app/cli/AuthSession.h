#pragma once

#include "core/auth/HelseIdClient.h"
#include "core/config/Environment.h"
#include "core/session/Session.h"

#include <QCommandLineParser>

#include <functional>
#include <memory>

namespace Meldeklient::Cli {

class CliContext;
class JsonLine;

// What the sign-in commands share: the environment (--environment, else MELDEKLIENT_ENVIRONMENT, else sandbox) and
// a Session::Session (core's application layer: keychain, HelseID client, HeadlessBrowser in test environments),
// driven to completion on a local event loop: the CLI may wait, the window never does.
class AuthSession
{
public:
    explicit AuthSession(Config::Environment environment, Session::SessionOptions options = {});

    Session::Session& session() { return *m_session; }
    Auth::HelseIdClient& client() { return m_session->helseId(); }
    const Config::Environment& environment() const { return m_session->environment(); }

    static QCommandLineOption environmentOption();
    static QCommandLineOption helpOption();
    // Parses `arguments` with the given options plus --environment and --help. Returns the exit code to stop with
    // (usage error or help shown), or nullopt to go on.
    static std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context,
        const QString& commandLine);

    // The environment named by `name` (empty: MELDEKLIENT_ENVIRONMENT or sandbox) with test overrides; prints the
    // problem and returns nullopt when there is no such environment.
    static std::optional<Config::Environment> environmentFor(const QString& name, CliContext& context);

    // Session::signIn() (which registers the client key with a loopback sandbox first) and restore(), waited for.
    Result<Auth::SignedInUser> signIn(const Auth::SignInOptions& options);
    Result<Auth::SignedInUser> restore();
    // Session::signOut(), waiting (at most 10 s) for the provider's end-session page.
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

    std::unique_ptr<Session::Session> m_session;
};

} // namespace Meldeklient::Cli
