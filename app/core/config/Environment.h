#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Meldeklient::Config {

// Where Meldeklient signs in and what it asks for. Three are built in: the local sandbox (default for development and
// tests), HelseID test and HelseID production. Tests and IT may override issuer, client id and redirect port through
// environment variables (see fromProcessEnvironment()).
struct Environment {
    QString name;        // "sandbox", "test", "production": stable, used in keychain entry names and JSON
    QString displayName; // for people
    QString issuer;      // exact issuer string; discovery must report the same
    QString clientId;
    QStringList apiResources; // RFC 8707 resource indicators of the national APIs; the first is the default
    QStringList apiScopes;
    // Test and sandbox environments may use the test identity provider's shortcuts (test_pid, test_security_level)
    // and the headless `meldeklient-cli login`. Never true for production.
    bool isTest = false;
    // 0: an ephemeral loopback port; otherwise the port registered with the redirect URI (helseid.md R2).
    quint16 redirectPort = 0;

    // The OIDC scopes requested at sign-in: identity claims HelseID needs to report, plus the API scopes.
    QStringList scopes() const;
    // The keychain service name, one per environment so test and production secrets never mix.
    QString keychainService() const;

    // Port of the sandbox provider (tests/sandbox/README.md).
    static constexpr quint16 SandboxPort = 47101;

    static Environment sandbox();
    static Environment helseIdTest();
    static Environment helseIdProduction();
    static std::optional<Environment> byName(const QString& name);
    static QStringList names();

    // The environment named `requestedName`, else by MELDEKLIENT_ENVIRONMENT, else the sandbox; then
    // MELDEKLIENT_ISSUER, MELDEKLIENT_CLIENT_ID and MELDEKLIENT_REDIRECT_PORT applied on top. Production ignores the
    // issuer override, so a stray variable cannot point real sign-ins somewhere else. nullopt for an unknown name.
    static std::optional<Environment> fromProcessEnvironment(const QString& requestedName = {});
};

} // namespace Meldeklient::Config
