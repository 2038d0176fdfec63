#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Meldeklient::Config {

class Configuration;

// Where Meldeklient signs in and what it asks for. Three are built in: the local sandbox (default for development and
// tests), HelseID test and HelseID production. Tests and IT may override issuer, client id and redirect port through
// environment variables (see fromProcessEnvironment()).
struct Environment
{
    QString name; // "sandbox", "test", "production": stable, used in keychain entry names and JSON
    QString displayName; // for people
    QString issuer; // exact issuer string; discovery must report the same
    QString clientId;
    QStringList apiResources; // RFC 8707 resource indicators of the national APIs; the first is the default
    QStringList apiScopes;
    // Test and sandbox environments may use the test identity provider's shortcuts (test_pid, test_security_level)
    // and the headless `meldeklient-cli login`. Never true for production.
    bool isTest = false;
    // 0: an ephemeral loopback port; otherwise the port registered with the redirect URI (helseid.md R2).
    quint16 redirectPort = 0;
    // How Meldeklient talks to the national death-notification API: "nhn-rest" (NHN's current REST API) or
    // "nhn-fhir" (NHN's retired FHIR API). Checked by Api::Transport::create().
    QString apiTransport = QStringLiteral("nhn-rest");
    // MELDEKLIENT_API_BASE_URL: replaces the built-in API base URL of every transport (https unless loopback;
    // Api::ApiClient::checkBaseUrl refuses anything else).
    QString apiBaseUrlOverride;
    // Lowest HelseID security level accepted at sign-in (MinSecurityLevel; never below 3).
    int minSecurityLevel = 3;
    // What the user should be told when this environment was chosen (an issuer override ignored in production).
    QStringList warnings;

    // The OIDC scopes requested at sign-in: identity claims HelseID needs to report, plus the API scopes.
    QStringList scopes() const;
    // The keychain service name, one per environment so test and production secrets never mix; an overridden issuer
    // gets its own ("no.meldeklient.sandbox.<hash of the issuer>").
    QString keychainService() const;
    // The base URL of the national API for `transport` ("nhn-rest", "nhn-fhir"; empty: apiTransport). Sandbox:
    // the issuer + "/dodsmelding/api" or "/dodsmelding/fhir". Empty when not known (production, unknown transport):
    // the client then refuses with "api-not-configured".
    QUrl apiBaseUrl(const QString& transport = {}) const;

    // Port of the sandbox provider (tests/sandbox/README.md).
    static constexpr quint16 SandboxPort = 47101;

    static Environment sandbox();
    static Environment helseIdTest();
    static Environment helseIdProduction();
    static std::optional<Environment> byName(const QString& name);
    static QStringList names();

    // The environment named `requestedName`, else by the configuration (Configuration::load(): policy, then
    // MELDEKLIENT_ENVIRONMENT, then the user's and the system's settings), else the sandbox; issuer, client id,
    // transport and API address resolved the same way (MELDEKLIENT_ISSUER, MELDEKLIENT_CLIENT_ID,
    // MELDEKLIENT_API_TRANSPORT, MELDEKLIENT_API_BASE_URL), MELDEKLIENT_REDIRECT_PORT on top. Production ignores an
    // issuer not set by policy, so a stray variable cannot point real sign-ins somewhere else, and needs https for
    // every address. nullopt for an unknown name.
    // Also nullopt when the configuration cannot be loaded (see fromConfiguration for the message).
    static std::optional<Environment> fromProcessEnvironment(const QString& requestedName = {});
    // The environment the layered configuration (policy > variables > user > system > built-in) describes, with
    // `requestedName` (the command line's --environment) as an override the policy may forbid. Errors: those of
    // Configuration::load and withEnvironment.
    static Result<Environment> fromConfiguration(const Configuration& configuration, const QString& requestedName = {});
};

} // namespace Meldeklient::Config
