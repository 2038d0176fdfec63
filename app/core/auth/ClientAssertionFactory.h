#pragma once

#include "core/auth/AuthClock.h"
#include "core/auth/jose/Jwk.h"
#include "core/auth/jose/JwsAlgorithm.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace Meldeklient::Auth {

// private_key_jwt client assertions (RFC 7523, helseid.md §1): typ "client-authentication+jwt", iss = sub =
// client_id, aud = issuer as a string (FAPI 2.0), fresh jti, iat = nbf = now, exp = now + lifetime (≤ 60 s).
// A new assertion for every request.
class ClientAssertionFactory
{
public:
    static constexpr int DefaultLifetimeSeconds = 30; // as in the HelseID samples
    static constexpr int MaximumLifetimeSeconds = 60; // HelseID's limit

    // `key` is the client's private signing key (ES256 normally); its kid, when set, goes into the header.
    ClientAssertionFactory(QString clientId, QString issuer, Jose::Jwk key,
        Jose::JwsAlgorithm algorithm = Jose::JwsAlgorithm::ES256, AuthClock clock = AuthClock());

    // Clamped to 1..60 seconds.
    void setLifetimeSeconds(int seconds);
    int lifetimeSeconds() const { return m_lifetime; }

    // `authorizationDetails`, when not empty, becomes the "authorization_details" claim (HelseID organisation
    // number selection). Errors: "client-assertion-invalid" (empty client_id/issuer, key without private part),
    // "random-failure", and signing errors.
    Result<QByteArray> create(const QJsonArray& authorizationDetails = {}) const;

    // The form parameter value for client_assertion_type.
    static QString assertionType()
    {
        return QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    }

private:
    QString m_clientId;
    QString m_issuer;
    Jose::Jwk m_key;
    Jose::JwsAlgorithm m_algorithm;
    AuthClock m_clock;
    int m_lifetime = DefaultLifetimeSeconds;
};

} // namespace Meldeklient::Auth
