#include "core/auth/IdTokenValidator.h"

#include "core/auth/jose/AccessTokenHash.h"
#include "core/auth/jose/Jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

namespace Meldeklient::Auth {

namespace {

Q_LOGGING_CATEGORY(lcIdToken, "meldeklient.auth.idtoken")

const QString SecurityLevelClaim = QStringLiteral("helseid://claims/identity/security_level");
const QString PidClaim = QStringLiteral("helseid://claims/identity/pid");
const QString HprNumberClaim = QStringLiteral("helseid://claims/hpr/hpr_number");

Error refusal(const char* code, const QString& message)
{
    // The code only: the token and its claims are personal data.
    qCInfo(lcIdToken) << "ID token refused:" << code;
    return Error {QLatin1StringView(code), message};
}

Error claimsRefusal(const char* code)
{
    return refusal(code,
        QCoreApplication::translate("Auth", "The sign-in could not be confirmed: the identity token is not valid for "
                                            "Meldeklient. Please sign in again."));
}

// HelseID sends the level as a string ("4"); a JSON number is accepted too. 0 when absent or not a number.
int securityLevel(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toInt();
    bool ok = false;
    const int level = value.toString().toInt(&ok);
    return ok ? level : 0;
}

QString displayName(const QJsonObject& claims)
{
    const QString name = claims.value(QLatin1StringView("name")).toString().trimmed();
    if (!name.isEmpty())
        return name;
    QStringList parts;
    for (const char* member : {"given_name", "middle_name", "family_name"}) {
        const QString part = claims.value(QLatin1StringView(member)).toString().trimmed();
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

IdTokenValidator::IdTokenValidator(QString issuer, QString clientId, AuthClock clock)
    : m_issuer(std::move(issuer))
    , m_clientId(std::move(clientId))
    , m_clock(std::move(clock))
    , m_allowed(Jose::AlgorithmAllowList::helseIdIdToken())
{
}

void IdTokenValidator::setClockSkewSeconds(int seconds)
{
    m_skew = std::max(seconds, 0);
}

void IdTokenValidator::setMinimumSecurityLevel(int level)
{
    m_minimumLevel = std::max(level, MinimumSecurityLevel);
}

Result<SignedInUser> IdTokenValidator::validate(QByteArrayView idToken, const Jose::JwkSet& keys,
    const QString& expectedNonce, QByteArrayView accessToken) const
{
    return check(idToken, keys, expectedNonce, NonceRule::Required, accessToken);
}

Result<SignedInUser> IdTokenValidator::validateRefreshed(QByteArrayView idToken, const Jose::JwkSet& keys,
    const SignedInUser& original, const QString& originalNonce, QByteArrayView accessToken) const
{
    Result<SignedInUser> user = check(idToken, keys, originalNonce, NonceRule::EqualIfPresent, accessToken);
    if (!user)
        return user;
    const bool pidChanged = !user->pid.isEmpty() && !original.pid.isEmpty() && user->pid != original.pid;
    if (original.subject.isEmpty() || user->subject != original.subject || pidChanged) {
        return refusal("id-token-subject-changed",
            QCoreApplication::translate("Auth", "The renewed sign-in belongs to another person. Please sign in "
                                                "again."));
    }
    return user;
}

Result<SignedInUser> IdTokenValidator::check(QByteArrayView idToken, const Jose::JwkSet& keys,
    const QString& expectedNonce, NonceRule nonceRule, QByteArrayView accessToken) const
{
    Result<Jose::Jwt> jwt = Jose::Jwt::verify(idToken, keys, m_allowed);
    if (!jwt) {
        qCInfo(lcIdToken) << "ID token refused:" << jwt.error().code;
        return jwt.error();
    }
    const QJsonObject& claims = jwt->claims();

    const QString subject = jwt->stringClaim(QStringLiteral("sub"));
    const std::optional<qint64> expiry = jwt->numericDateClaim(QStringLiteral("exp"));
    const std::optional<qint64> issuedAt = jwt->numericDateClaim(QStringLiteral("iat"));
    if (subject.isEmpty() || !expiry || !issuedAt)
        return claimsRefusal("id-token-missing-claim");

    if (m_issuer.isEmpty() || jwt->stringClaim(QStringLiteral("iss")) != m_issuer)
        return claimsRefusal("id-token-issuer");

    const QJsonValue audience = claims.value(QLatin1StringView("aud"));
    QStringList audiences;
    if (audience.isString()) {
        audiences.append(audience.toString());
    } else {
        for (const QJsonValue& entry : audience.toArray())
            audiences.append(entry.toString());
    }
    if (m_clientId.isEmpty() || !audiences.contains(m_clientId))
        return claimsRefusal("id-token-audience");
    const QJsonValue azp = claims.value(QLatin1StringView("azp"));
    if ((audiences.size() > 1 || !azp.isUndefined()) && azp.toString() != m_clientId)
        return claimsRefusal("id-token-azp");

    const qint64 now = m_clock.nowSeconds();
    if (*expiry <= now - m_skew) {
        return refusal("id-token-expired",
            QCoreApplication::translate("Auth", "The sign-in has expired. If this keeps happening, check that the "
                                                "computer's clock is correct."));
    }
    const std::optional<qint64> authTime = jwt->numericDateClaim(QStringLiteral("auth_time"));
    if (*issuedAt > now + m_skew || (authTime && *authTime > now + m_skew)) {
        return refusal("id-token-issued-in-future",
            QCoreApplication::translate("Auth", "The sign-in was issued in the future. Check that the computer's "
                                                "clock is correct."));
    }

    const bool nonceMayBeAbsent =
        nonceRule == NonceRule::EqualIfPresent && !claims.contains(QLatin1StringView("nonce"));
    if (!nonceMayBeAbsent && (expectedNonce.isEmpty() || jwt->stringClaim(QStringLiteral("nonce")) != expectedNonce))
        return claimsRefusal("id-token-nonce");

    const QJsonValue atHash = claims.value(QLatin1StringView("at_hash"));
    if (!accessToken.isEmpty() && !atHash.isUndefined()
        && atHash.toString().toLatin1()
            != Jose::AccessTokenHash::atHash(accessToken, Jose::jwsAlgorithmDigestName(jwt->algorithm())))
        return claimsRefusal("id-token-at-hash");

    const int level = securityLevel(claims.value(SecurityLevelClaim));
    if (level < m_minimumLevel) {
        const QString message = level > 0
            ? QCoreApplication::translate("Auth", "Your sign-in has security level %1. Meldeklient requires level %2 "
                                                  "or higher (BankID, Buypass or Commfides).")
                  .arg(level)
                  .arg(m_minimumLevel)
            : QCoreApplication::translate("Auth", "Your sign-in does not state a security level. Meldeklient requires "
                                                  "level %1 or higher (BankID, Buypass or Commfides).")
                  .arg(m_minimumLevel);
        return refusal("id-token-security-level", message);
    }

    SignedInUser user;
    user.pid = claims.value(PidClaim).toString();
    user.hprNumber = claims.value(HprNumberClaim).toString();
    if (m_requireSubmissionClaims && user.pid.isEmpty()) {
        return refusal("id-token-missing-pid",
            QCoreApplication::translate("Auth", "The sign-in did not include your national identity number. Sign in "
                                                "again and allow Meldeklient to read it."));
    }
    if (m_requireSubmissionClaims && user.hprNumber.isEmpty()) {
        return refusal("id-token-missing-hpr",
            QCoreApplication::translate("Auth", "The sign-in did not include an HPR number. Only authorised health "
                                                "personnel can submit reports."));
    }
    user.name = displayName(claims);
    user.securityLevel = level;
    user.subject = subject;
    user.issuer = m_issuer;
    user.environment = m_environment;
    user.expiry = QDateTime::fromSecsSinceEpoch(*expiry, Qt::UTC);
    return user;
}

} // namespace Meldeklient::Auth
