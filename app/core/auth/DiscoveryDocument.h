#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Meldeklient::Auth {

// An OpenID Provider configuration (OpenID Connect Discovery 1.0 §3/§4.3) reduced to what our PAR + code + DPoP
// flow needs. Endpoints are taken only from here (FAPI 2.0), after the issuer matched the pinned one.
class DiscoveryDocument
{
public:
    // Errors: "discovery-malformed" (not a JSON object, member of the wrong type), "discovery-issuer-mismatch"
    // (issuer not exactly `expectedIssuer`), "discovery-missing-endpoint" (authorization, token, PAR or jwks_uri
    // absent), "discovery-invalid-endpoint" (not an absolute URL, or has a fragment), "discovery-insecure-endpoint"
    // (http:// to a host that is not loopback), "discovery-no-s256" (code_challenge_methods_supported present
    // without S256).
    static Result<DiscoveryDocument> parse(QByteArrayView json, const QString& expectedIssuer);

    QString issuer() const { return m_issuer; }
    QUrl authorizationEndpoint() const { return m_authorizationEndpoint; }
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }
    QUrl pushedAuthorizationRequestEndpoint() const { return m_parEndpoint; }
    QUrl jwksUri() const { return m_jwksUri; }
    // Empty when the provider has none.
    QUrl endSessionEndpoint() const { return m_endSessionEndpoint; }
    QStringList idTokenSigningAlgorithms() const { return m_idTokenAlgorithms; }
    QStringList dpopSigningAlgorithms() const { return m_dpopAlgorithms; }
    // RFC 9207: the authorization response carries "iss" (we check it regardless).
    bool authorizationResponseIssParameterSupported() const { return m_issParameterSupported; }

    // True for https URLs, and for http URLs whose host is loopback (localhost, 127.0.0.0/8, ::1).
    static bool isAcceptableEndpoint(const QUrl& url);

private:
    QString m_issuer;
    QUrl m_authorizationEndpoint;
    QUrl m_tokenEndpoint;
    QUrl m_parEndpoint;
    QUrl m_jwksUri;
    QUrl m_endSessionEndpoint;
    QStringList m_idTokenAlgorithms;
    QStringList m_dpopAlgorithms;
    bool m_issParameterSupported = false;
};

} // namespace Meldeklient::Auth
