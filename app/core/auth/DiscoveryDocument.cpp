#include "core/auth/DiscoveryDocument.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Auth {

namespace {

Error discoveryError(const char* code, const QString& message)
{
    return Error {QLatin1StringView(code), message};
}

Error malformed()
{
    return discoveryError("discovery-malformed",
        QCoreApplication::translate("Auth", "The sign-in service's configuration could not be read."));
}

// Reads an endpoint member. Absent is not an error here (`required` decides); wrong type, relative or insecure is.
Result<QUrl> endpoint(const QJsonObject& json, const char* name, bool required)
{
    const QJsonValue value = json.value(QLatin1StringView(name));
    if (value.isUndefined() || value.isNull()) {
        if (!required)
            return QUrl();
        return discoveryError("discovery-missing-endpoint",
            QCoreApplication::translate("Auth", "The sign-in service's configuration lacks a required endpoint."));
    }
    if (!value.isString())
        return malformed();
    const QUrl url(value.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || url.hasFragment()
        || (url.scheme() != QLatin1StringView("https") && url.scheme() != QLatin1StringView("http"))) {
        return discoveryError("discovery-invalid-endpoint",
            QCoreApplication::translate("Auth", "The sign-in service's configuration has an invalid endpoint."));
    }
    if (!DiscoveryDocument::isAcceptableEndpoint(url)) {
        return discoveryError("discovery-insecure-endpoint",
            QCoreApplication::translate("Auth", "The sign-in service's configuration has an endpoint without TLS."));
    }
    return url;
}

Result<QStringList> stringList(const QJsonObject& json, const char* name)
{
    const QJsonValue value = json.value(QLatin1StringView(name));
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return malformed();
    QStringList result;
    for (const QJsonValue& entry : value.toArray()) {
        if (!entry.isString())
            return malformed();
        result.append(entry.toString());
    }
    return result;
}

} // namespace

bool DiscoveryDocument::isAcceptableEndpoint(const QUrl& url)
{
    if (url.scheme() == QLatin1StringView("https"))
        return true;
    if (url.scheme() != QLatin1StringView("http"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<DiscoveryDocument> DiscoveryDocument::parse(QByteArrayView json, const QString& expectedIssuer)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed();
    const QJsonObject object = document.object();

    const QJsonValue issuer = object.value(QLatin1StringView("issuer"));
    if (!issuer.isUndefined() && !issuer.isString())
        return malformed();
    // Exact string comparison (OpenID Discovery §4.3): no normalisation of case or trailing slashes.
    if (expectedIssuer.isEmpty() || issuer.toString() != expectedIssuer) {
        return discoveryError("discovery-issuer-mismatch",
            QCoreApplication::translate("Auth", "The sign-in service identified itself with an unexpected issuer."));
    }

    DiscoveryDocument discovery;
    discovery.m_issuer = issuer.toString();
    const struct {
        const char* name;
        bool required;
        QUrl DiscoveryDocument::*member;
    } endpoints[] = {
        {"authorization_endpoint", true, &DiscoveryDocument::m_authorizationEndpoint},
        {"token_endpoint", true, &DiscoveryDocument::m_tokenEndpoint},
        {"pushed_authorization_request_endpoint", true, &DiscoveryDocument::m_parEndpoint},
        {"jwks_uri", true, &DiscoveryDocument::m_jwksUri},
        {"end_session_endpoint", false, &DiscoveryDocument::m_endSessionEndpoint},
    };
    for (const auto& entry : endpoints) {
        Result<QUrl> url = endpoint(object, entry.name, entry.required);
        if (!url)
            return url.error();
        discovery.*entry.member = url.value();
    }

    Result<QStringList> idTokenAlgorithms = stringList(object, "id_token_signing_alg_values_supported");
    Result<QStringList> dpopAlgorithms = stringList(object, "dpop_signing_alg_values_supported");
    Result<QStringList> challengeMethods = stringList(object, "code_challenge_methods_supported");
    const QJsonValue issParameter = object.value(QLatin1StringView("authorization_response_iss_parameter_supported"));
    if (!idTokenAlgorithms || !dpopAlgorithms || !challengeMethods
        || (!issParameter.isUndefined() && !issParameter.isBool()))
        return malformed();
    if (!challengeMethods->isEmpty() && !challengeMethods->contains(QLatin1StringView("S256"))) {
        return discoveryError("discovery-no-s256",
            QCoreApplication::translate("Auth", "The sign-in service does not support PKCE with S256."));
    }
    discovery.m_idTokenAlgorithms = idTokenAlgorithms.value();
    discovery.m_dpopAlgorithms = dpopAlgorithms.value();
    discovery.m_issParameterSupported = issParameter.toBool();
    return discovery;
}

} // namespace Meldeklient::Auth
