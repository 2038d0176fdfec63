#pragma once

#include "core/auth/AuthClock.h"
#include "core/auth/SignedInUser.h"
#include "core/auth/jose/AlgorithmAllowList.h"
#include "core/auth/jose/JwkSet.h"
#include "core/common/Result.h"

#include <QByteArrayView>
#include <QString>

namespace Meldeklient::Auth {

// Validates a HelseID ID token (OpenID Connect Core §3.1.3.7, helseid.md §1 "ID-token validation") and then
// applies Meldeklient's sign-in policy. Each refusal has its own code:
//   signature/format: the Jwt::verify codes ("jwt-malformed", "jwt-alg-not-allowed", "jwt-signature",
//     "jwt-unknown-kid" — refetch the JWKS once and retry —, "jwt-key-mismatch", "jwt-crit-unsupported")
//   claims: "id-token-missing-claim", "id-token-issuer", "id-token-audience", "id-token-azp", "id-token-expired",
//     "id-token-issued-in-future", "id-token-nonce", "id-token-at-hash", "id-token-subject-changed" (refresh only)
//   policy: "id-token-security-level", "id-token-missing-pid", "id-token-missing-hpr"
class IdTokenValidator
{
public:
    static constexpr int MinimumSecurityLevel = 3;
    static constexpr int DefaultClockSkewSeconds = 60;

    IdTokenValidator(QString issuer, QString clientId, AuthClock clock = AuthClock());

    // Default: AlgorithmAllowList::helseIdIdToken() (RS256, PS256, ES256).
    void setAllowedAlgorithms(const Jose::AlgorithmAllowList& allowed) { m_allowed = allowed; }
    // Default 60 s; negative values count as 0.
    void setClockSkewSeconds(int seconds);
    // Never below 3: a request for 2 gives 3.
    void setMinimumSecurityLevel(int level);
    int minimumSecurityLevel() const { return m_minimumLevel; }
    // When true (default), pid and hpr_number must be present: submitting a report needs both.
    void setRequireSubmissionClaims(bool required) { m_requireSubmissionClaims = required; }
    // Copied into SignedInUser::environment.
    void setEnvironmentLabel(const QString& label) { m_environment = label; }

    // `expectedNonce` is the nonce sent in the PAR request (must not be empty). `accessToken`, when given, is
    // checked against the at_hash claim if the token has one.
    Result<SignedInUser> validate(QByteArrayView idToken, const Jose::JwkSet& keys, const QString& expectedNonce,
        QByteArrayView accessToken = {}) const;

    // An ID token from a refresh-token response (OpenID Connect Core §12.2): the same checks and policy, except
    // that `nonce` may be absent (HelseID omits it) but must equal `originalNonce` if present, and the person must
    // be the one who signed in: same `sub`, and the same pid when both tokens carry one
    // ("id-token-subject-changed").
    Result<SignedInUser> validateRefreshed(QByteArrayView idToken, const Jose::JwkSet& keys,
        const SignedInUser& original, const QString& originalNonce, QByteArrayView accessToken = {}) const;

private:
    enum class NonceRule {
        Required,
        EqualIfPresent,
    };
    Result<SignedInUser> check(QByteArrayView idToken, const Jose::JwkSet& keys, const QString& expectedNonce,
        NonceRule nonceRule, QByteArrayView accessToken) const;

    QString m_issuer;
    QString m_clientId;
    AuthClock m_clock;
    Jose::AlgorithmAllowList m_allowed;
    int m_skew = DefaultClockSkewSeconds;
    int m_minimumLevel = MinimumSecurityLevel;
    bool m_requireSubmissionClaims = true;
    QString m_environment;
};

} // namespace Meldeklient::Auth
