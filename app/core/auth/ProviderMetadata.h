#pragma once

#include "core/auth/AuthClock.h"
#include "core/auth/DiscoveryDocument.h"
#include "core/auth/jose/JwkSet.h"
#include "core/common/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Meldeklient::Auth {

class HttpExchange;

// The provider's discovery document and signing keys, fetched from the pinned issuer and cached: discovery for
// 24 hours (HelseID FK2), the JWKS until a token names a kid it does not know (key rotation), then fetched again.
class ProviderMetadata : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DiscoveryLifetimeSeconds = 24 * 3600;

    ProviderMetadata(QString issuer, HttpExchange* http, AuthClock clock, QObject* parent = nullptr);

    QString issuer() const { return m_issuer; }

    // Errors: the DiscoveryDocument::parse codes, "insecure-endpoint", "network-error", "discovery-http".
    void discovery(std::function<void(const Result<DiscoveryDocument>&)> callback);
    // `refetch` ignores the cached keys (after "jwt-unknown-kid"). Errors: JwkSet::fromJson codes, "jwks-http".
    void keys(bool refetch, std::function<void(const Result<Jose::JwkSet>&)> callback);

    // Cached values, if any (also used to tell whether a refetch happened in tests).
    std::optional<DiscoveryDocument> cachedDiscovery() const { return m_discovery; }
    int jwksFetchCount() const { return m_jwksFetches; }

private:
    QString m_issuer;
    HttpExchange* m_http;
    AuthClock m_clock;
    std::optional<DiscoveryDocument> m_discovery;
    qint64 m_discoveryFetchedAt = 0;
    std::optional<Jose::JwkSet> m_keys;
    int m_jwksFetches = 0;
};

} // namespace Meldeklient::Auth
