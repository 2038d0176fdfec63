#include "core/config/Environment.h"

#include "core/config/Configuration.h"

#include <QCryptographicHash>

namespace Meldeklient::Config {

namespace {
// Identity scopes every environment asks for: who the person is (pid, HPR number), how strongly they signed in,
// and a refresh token so a session survives a restart.
const QStringList IdentityScopes {
    QStringLiteral("openid"),
    QStringLiteral("profile"),
    QStringLiteral("offline_access"),
    QStringLiteral("helseid://scopes/identity/pid"),
    QStringLiteral("helseid://scopes/identity/security_level"),
    QStringLiteral("helseid://scopes/identity/assurance_level"),
    QStringLiteral("helseid://scopes/hpr/hpr_number"),
};

// The death-notification API (domain.md §6: scope nhn:dodsmelding/api) and its birth sibling.
const QStringList ApiResources {QStringLiteral("nhn:dodsmelding"), QStringLiteral("nhn:fodselsmelding")};
const QStringList ApiScopes {QStringLiteral("nhn:dodsmelding/api"), QStringLiteral("nhn:fodselsmelding/api")};
} // namespace

QStringList Environment::scopes() const
{
    return IdentityScopes + apiScopes;
}

QString Environment::keychainService() const
{
    const QString service = QStringLiteral("no.meldeklient.") + name;
    const std::optional<Environment> builtIn = byName(name);
    if (!builtIn || builtIn->issuer == issuer)
        return service;
    // Another identity provider (MELDEKLIENT_ISSUER, e.g. a sandbox on another port) gets entries of its own, so
    // sessions of different providers never overwrite each other.
    return service + u'.'
        + QString::fromLatin1(QCryptographicHash::hash(issuer.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

QUrl Environment::apiBaseUrl(const QString& transport) const
{
    if (!apiBaseUrlOverride.isEmpty())
        return QUrl(apiBaseUrlOverride);
    const QString chosen = transport.isEmpty() ? apiTransport : transport;
    const bool rest = chosen == u"nhn-rest";
    if (!rest && chosen != u"nhn-fhir")
        return {};
    if (name == u"sandbox")
        return QUrl(issuer + (rest ? QStringLiteral("/dodsmelding/api") : QStringLiteral("/dodsmelding/fhir")));
    if (name == u"test") {
        return QUrl(rest ? QStringLiteral("https://api.dodsmelding.test.nhn.no")
                         : QStringLiteral("https://fhir-dodsmelding.test.nhn.no"));
    }
    // Production addresses are not published yet : IT sets MELDEKLIENT_API_BASE_URL.
    return {};
}

Environment Environment::sandbox()
{
    return Environment {QStringLiteral("sandbox"), QStringLiteral("Local sandbox"),
        QStringLiteral("http://127.0.0.1:%1").arg(SandboxPort), QStringLiteral("meldeklient-sandbox"), ApiResources,
        ApiScopes, true, 0, QStringLiteral("nhn-rest"), QString(), 3, {}};
}

Environment Environment::helseIdTest()
{
    // The client id is issued by HelseID's self-service per customer; IT sets it with MELDEKLIENT_CLIENT_ID.
    return Environment {QStringLiteral("test"), QStringLiteral("HelseID test"),
        QStringLiteral("https://helseid-sts.test.nhn.no"), QString(), ApiResources, ApiScopes, true, 0,
        QStringLiteral("nhn-rest"), QString(), 3, {}};
}

Environment Environment::helseIdProduction()
{
    return Environment {QStringLiteral("production"), QStringLiteral("HelseID"),
        QStringLiteral("https://helseid-sts.nhn.no"), QString(), ApiResources, ApiScopes, false, 0,
        QStringLiteral("nhn-rest"), QString(), 3, {}};
}

std::optional<Environment> Environment::byName(const QString& environmentName)
{
    if (environmentName == u"sandbox")
        return sandbox();
    if (environmentName == u"test")
        return helseIdTest();
    if (environmentName == u"production")
        return helseIdProduction();
    return std::nullopt;
}

QStringList Environment::names()
{
    return {QStringLiteral("sandbox"), QStringLiteral("test"), QStringLiteral("production")};
}

std::optional<Environment> Environment::fromProcessEnvironment(const QString& requestedName)
{
    const Result<Configuration> configuration = Configuration::load(requestedName);
    if (!configuration)
        return std::nullopt;
    Result<Environment> environment = fromConfiguration(*configuration);
    if (!environment)
        return std::nullopt;
    return std::move(environment).value();
}

Result<Environment> Environment::fromConfiguration(const Configuration& loaded, const QString& requestedName)
{
    const Result<Configuration> configuration = loaded.withEnvironment(requestedName);
    if (!configuration)
        return configuration.error();
    Environment environment = *byName(configuration->value(SettingKey::Environment));
    // Configuration owns which layer wins and when production ignores an issuer; this only copies the outcome.
    environment.issuer = configuration->value(SettingKey::HelseIdIssuer);
    environment.clientId = configuration->value(SettingKey::ClientId);
    environment.apiTransport = configuration->value(SettingKey::Transport);
    if (configuration->setting(SettingKey::ApiBaseUrl).origin != SettingOrigin::BuiltIn)
        environment.apiBaseUrlOverride = configuration->value(SettingKey::ApiBaseUrl);
    environment.minSecurityLevel = configuration->intValue(SettingKey::MinSecurityLevel);
    environment.warnings = configuration->warnings();
    bool portOk = false;
    const uint port = qEnvironmentVariable("MELDEKLIENT_REDIRECT_PORT").toUInt(&portOk);
    if (portOk && port <= 65535)
        environment.redirectPort = quint16(port);
    return environment;
}

} // namespace Meldeklient::Config
