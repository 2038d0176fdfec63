#include "core/auth/ProviderMetadata.h"

#include "core/auth/HttpExchange.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMetadata, "meldeklient.auth.metadata", QtInfoMsg)

namespace Meldeklient::Auth {

namespace {
Error httpFailure(const HttpResponse& response, const QString& code, const QString& message)
{
    if (response.status == 0)
        return response.transportError;
    return Error {code, message.arg(response.status)};
}
} // namespace

ProviderMetadata::ProviderMetadata(QString issuer, HttpExchange* http, AuthClock clock, QObject* parent)
    : QObject(parent)
    , m_issuer(std::move(issuer))
    , m_http(http)
    , m_clock(std::move(clock))
{
}

void ProviderMetadata::discovery(std::function<void(const Result<DiscoveryDocument>&)> callback)
{
    if (m_discovery && m_clock.nowSeconds() - m_discoveryFetchedAt < DiscoveryLifetimeSeconds) {
        callback(*m_discovery);
        return;
    }
    // OpenID Connect Discovery §4.1: issuer + "/.well-known/openid-configuration", without a doubled slash.
    QString base = m_issuer;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base + QStringLiteral("/.well-known/openid-configuration"));
    m_http->get(url, {}, [this, callback = std::move(callback)](const HttpResponse& response) {
        if (response.status != 200) {
            callback(httpFailure(response, QStringLiteral("discovery-http"),
                QCoreApplication::translate("Auth", "HelseID answered HTTP %1 when asked for its configuration.")));
            return;
        }
        Result<DiscoveryDocument> parsed = DiscoveryDocument::parse(response.body, m_issuer);
        if (!parsed) {
            qCWarning(lcMetadata) << "discovery refused:" << parsed.error().code;
            callback(parsed);
            return;
        }
        m_discovery = parsed.value();
        m_discoveryFetchedAt = m_clock.nowSeconds();
        callback(parsed);
    });
}

void ProviderMetadata::keys(bool refetch, std::function<void(const Result<Jose::JwkSet>&)> callback)
{
    if (m_keys && !refetch) {
        callback(*m_keys);
        return;
    }
    discovery([this, callback = std::move(callback)](const Result<DiscoveryDocument>& document) {
        if (!document) {
            callback(document.error());
            return;
        }
        ++m_jwksFetches;
        m_http->get(document->jwksUri(), {}, [this, callback](const HttpResponse& response) {
            if (response.status != 200) {
                callback(httpFailure(response, QStringLiteral("jwks-http"),
                    QCoreApplication::translate("Auth", "HelseID answered HTTP %1 when asked for its signing keys.")));
                return;
            }
            Result<Jose::JwkSet> parsed = Jose::JwkSet::fromJson(response.body);
            if (parsed)
                m_keys = parsed.value();
            else
                qCWarning(lcMetadata) << "JWKS refused:" << parsed.error().code;
            callback(parsed);
        });
    });
}

} // namespace Meldeklient::Auth
