#include "core/auth/IdTokenValidator.h"
#include "core/auth/jose/AccessTokenHash.h"
#include "core/auth/jose/Base64Url.h"
#include "core/auth/jose/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient::Auth;
using namespace Meldeklient::Auth::Jose;

namespace {

constexpr qint64 Now = 1'700'000'000;
const QString Issuer = "https://helseid-sts.test.nhn.no";
const QString ClientId = "meldeklient-test";
const QString Nonce = "n-0S6_WzA2Mj";
// Synthetic values, not real persons.
const QString Pid = "01010112345";
const QString Hpr = "565501872";

QJsonObject goodClaims()
{
    return {{"iss", Issuer}, {"aud", ClientId}, {"sub", "subject-1"}, {"exp", Now + 300}, {"iat", Now},
        {"auth_time", Now - 5}, {"nonce", Nonce}, {"name", "Kari Nordmann"},
        {"helseid://claims/identity/security_level", "4"}, {"helseid://claims/identity/pid", Pid},
        {"helseid://claims/hpr/hpr_number", Hpr}};
}

} // namespace

class TestIdTokenValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accepts();
    void acceptsOtherAllowedAlgorithms();
    void nameFromGivenAndFamily();
    void refusals_data();
    void refusals();
    void skewTolerance();
    void clockOffsetApplies();
    void securityLevelMessage();
    void minimumLevelNeverBelowThree();
    void submissionClaimsOptional();
    void unknownKid();
    void algorithmOutsideAllowList();
    void atHash();
    void refreshedToken();
    void refreshedTokenForAnotherPerson();

private:
    QByteArray sign(const QJsonObject& claims, const Jwk& key, JwsAlgorithm algorithm = JwsAlgorithm::RS256) const;
    IdTokenValidator validator() const;
    QString refusal(const QByteArray& token, const QString& nonce = Nonce) const;

    Jwk m_helseIdKey;
    Jwk m_forgedKey;
    Jwk m_ecKey;
    JwkSet m_jwks;
};

void TestIdTokenValidator::initTestCase()
{
    m_helseIdKey = Jwk::generate(JwsAlgorithm::RS256).value();
    m_helseIdKey.setKid("helseid-2025");
    m_forgedKey = Jwk::generate(JwsAlgorithm::RS256).value();
    m_forgedKey.setKid("helseid-2025"); // same kid, different key
    m_ecKey = Jwk::generate(JwsAlgorithm::ES256).value();
    m_jwks = JwkSet({Jwk::fromJson(m_helseIdKey.toPublicJson()).value(), Jwk::fromJson(m_ecKey.toPublicJson()).value()});
}

QByteArray TestIdTokenValidator::sign(const QJsonObject& claims, const Jwk& key, JwsAlgorithm algorithm) const
{
    return Jws::sign(QJsonObject {{"kid", key.kid()}, {"typ", "JWT"}}, claims, key, algorithm).value();
}

IdTokenValidator TestIdTokenValidator::validator() const
{
    IdTokenValidator validator(Issuer, ClientId, AuthClock([] { return Now; }));
    validator.setEnvironmentLabel("test");
    return validator;
}

QString TestIdTokenValidator::refusal(const QByteArray& token, const QString& nonce) const
{
    const auto user = validator().validate(token, m_jwks, nonce);
    if (user.isOk())
        return QString();
    if (user.error().message.isEmpty())
        return "(empty message)";
    return user.error().code;
}

void TestIdTokenValidator::accepts()
{
    const auto user = validator().validate(sign(goodClaims(), m_helseIdKey), m_jwks, Nonce);
    QVERIFY2(user.isOk(), qPrintable(user.isOk() ? QString() : user.error().code));
    QCOMPARE(user->name, QString("Kari Nordmann"));
    QCOMPARE(user->pid, Pid);
    QCOMPARE(user->hprNumber, Hpr);
    QCOMPARE(user->securityLevel, 4);
    QCOMPARE(user->subject, QString("subject-1"));
    QCOMPARE(user->issuer, Issuer);
    QCOMPARE(user->environment, QString("test"));
    QCOMPARE(user->expiry, QDateTime::fromSecsSinceEpoch(Now + 300, Qt::UTC));
}

void TestIdTokenValidator::acceptsOtherAllowedAlgorithms()
{
    QCOMPARE(refusal(sign(goodClaims(), m_ecKey, JwsAlgorithm::ES256)), QString());
    Jwk ps = m_helseIdKey;
    ps.setAlgorithm(JwsAlgorithm::PS256);
    const JwkSet psSet({Jwk::fromJson(ps.toPublicJson()).value()});
    QVERIFY(validator().validate(sign(goodClaims(), ps, JwsAlgorithm::PS256), psSet, Nonce).isOk());
}

void TestIdTokenValidator::nameFromGivenAndFamily()
{
    QJsonObject claims = goodClaims();
    claims.remove("name");
    claims.insert("given_name", "Kari");
    claims.insert("family_name", "Nordmann");
    QCOMPARE(validator().validate(sign(claims, m_helseIdKey), m_jwks, Nonce)->name, QString("Kari Nordmann"));
}

void TestIdTokenValidator::refusals_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("code");
    const auto with = [](const QString& member, const QJsonValue& value) {
        QJsonObject claims = goodClaims();
        claims.insert(member, value);
        return claims;
    };
    const auto without = [](const QString& member) {
        QJsonObject claims = goodClaims();
        claims.remove(member);
        return claims;
    };
    QTest::newRow("wrong aud") << with("aud", "another-client") << "id-token-audience";
    QTest::newRow("aud array without us") << with("aud", QJsonArray {"a", "b"}) << "id-token-audience";
    QTest::newRow("aud missing") << without("aud") << "id-token-audience";
    QTest::newRow("aud number") << with("aud", 5) << "id-token-audience";
    QTest::newRow("several aud, no azp") << with("aud", QJsonArray {ClientId, "nhn:api"}) << "id-token-azp";
    QJsonObject wrongAzp = with("aud", QJsonArray {ClientId, "nhn:api"});
    wrongAzp.insert("azp", "nhn:api");
    QTest::newRow("several aud, azp other") << wrongAzp << "id-token-azp";
    QTest::newRow("single aud, azp other") << with("azp", "someone-else") << "id-token-azp";
    QTest::newRow("wrong iss") << with("iss", "https://helseid-sts.nhn.no") << "id-token-issuer";
    QTest::newRow("iss trailing slash") << with("iss", QString(Issuer + "/")) << "id-token-issuer";
    QTest::newRow("iss missing") << without("iss") << "id-token-issuer";
    QTest::newRow("wrong nonce") << with("nonce", "other-nonce") << "id-token-nonce";
    QTest::newRow("nonce missing") << without("nonce") << "id-token-nonce";
    QTest::newRow("expired") << with("exp", Now - 61) << "id-token-expired";
    QTest::newRow("expired long ago") << with("exp", Now - 86400) << "id-token-expired";
    QTest::newRow("iat in the future") << with("iat", Now + 61) << "id-token-issued-in-future";
    QTest::newRow("auth_time in the future") << with("auth_time", Now + 600) << "id-token-issued-in-future";
    QTest::newRow("exp missing") << without("exp") << "id-token-missing-claim";
    QTest::newRow("exp as string") << with("exp", QString::number(Now + 300)) << "id-token-missing-claim";
    QTest::newRow("iat missing") << without("iat") << "id-token-missing-claim";
    QTest::newRow("sub missing") << without("sub") << "id-token-missing-claim";
    QTest::newRow("level 2") << with("helseid://claims/identity/security_level", "2") << "id-token-security-level";
    QTest::newRow("level 2 as number") << with("helseid://claims/identity/security_level", 2)
                                       << "id-token-security-level";
    QTest::newRow("level missing") << without("helseid://claims/identity/security_level") << "id-token-security-level";
    QTest::newRow("level garbage") << with("helseid://claims/identity/security_level", "high")
                                   << "id-token-security-level";
    QTest::newRow("hpr missing") << without("helseid://claims/hpr/hpr_number") << "id-token-missing-hpr";
    QTest::newRow("hpr empty") << with("helseid://claims/hpr/hpr_number", "") << "id-token-missing-hpr";
    QTest::newRow("pid missing") << without("helseid://claims/identity/pid") << "id-token-missing-pid";
}

void TestIdTokenValidator::refusals()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, code);
    QCOMPARE(refusal(sign(claims, m_helseIdKey)), code);
}

void TestIdTokenValidator::skewTolerance()
{
    QJsonObject claims = goodClaims();
    claims.insert("exp", Now - 59); // expired 59 s ago: within the default 60 s skew
    claims.insert("iat", Now + 59);
    QCOMPARE(refusal(sign(claims, m_helseIdKey)), QString());

    IdTokenValidator strict = validator();
    strict.setClockSkewSeconds(0);
    QCOMPARE(strict.validate(sign(claims, m_helseIdKey), m_jwks, Nonce).error().code, QString("id-token-expired"));
    claims.insert("exp", Now + 10);
    QCOMPARE(strict.validate(sign(claims, m_helseIdKey), m_jwks, Nonce).error().code,
        QString("id-token-issued-in-future"));
}

void TestIdTokenValidator::clockOffsetApplies()
{
    // The local clock is 10 minutes behind; the offset learnt from the server's Date header fixes it.
    AuthClock slowClock([] { return Now - 600; });
    const IdTokenValidator validator(Issuer, ClientId, slowClock);
    const QByteArray token = sign(goodClaims(), m_helseIdKey);
    QCOMPARE(validator.validate(token, m_jwks, Nonce).error().code, QString("id-token-issued-in-future"));
    slowClock.synchronizeTo(QDateTime::fromSecsSinceEpoch(Now, Qt::UTC));
    QVERIFY(validator.validate(token, m_jwks, Nonce).isOk());
}

void TestIdTokenValidator::securityLevelMessage()
{
    QJsonObject claims = goodClaims();
    claims.insert("helseid://claims/identity/security_level", "2");
    const auto refused = validator().validate(sign(claims, m_helseIdKey), m_jwks, Nonce);
    QCOMPARE(refused.error().message,
        QString("Your sign-in has security level 2. Meldeklient requires level 3 or higher (BankID, Buypass or "
                "Commfides)."));
    // Refusal messages never carry personal data.
    QVERIFY(!refused.error().message.contains(Pid));
    QVERIFY(!refused.error().message.contains("Kari"));
}

void TestIdTokenValidator::minimumLevelNeverBelowThree()
{
    IdTokenValidator lax = validator();
    lax.setMinimumSecurityLevel(2);
    QCOMPARE(lax.minimumSecurityLevel(), 3);
    QJsonObject claims = goodClaims();
    claims.insert("helseid://claims/identity/security_level", "2");
    QCOMPARE(lax.validate(sign(claims, m_helseIdKey), m_jwks, Nonce).error().code, QString("id-token-security-level"));

    claims.insert("helseid://claims/identity/security_level", "3");
    QVERIFY(validator().validate(sign(claims, m_helseIdKey), m_jwks, Nonce).isOk());
    IdTokenValidator strict = validator();
    strict.setMinimumSecurityLevel(4);
    QCOMPARE(strict.minimumSecurityLevel(), 4);
    QCOMPARE(strict.validate(sign(claims, m_helseIdKey), m_jwks, Nonce).error().code,
        QString("id-token-security-level"));
}

void TestIdTokenValidator::submissionClaimsOptional()
{
    QJsonObject claims = goodClaims();
    claims.remove("helseid://claims/hpr/hpr_number");
    claims.remove("helseid://claims/identity/pid");
    IdTokenValidator readOnly = validator();
    readOnly.setRequireSubmissionClaims(false);
    const auto user = readOnly.validate(sign(claims, m_helseIdKey), m_jwks, Nonce);
    QVERIFY(user.isOk());
    QVERIFY(user->hprNumber.isEmpty());
}

void TestIdTokenValidator::unknownKid()
{
    Jwk rotated = Jwk::generate(JwsAlgorithm::RS256).value();
    rotated.setKid("helseid-2026");
    QCOMPARE(refusal(sign(goodClaims(), rotated)), QString("jwt-unknown-kid"));
    // A forged token under the known kid fails the signature check.
    QCOMPARE(refusal(sign(goodClaims(), m_forgedKey)), QString("jwt-signature"));
    QCOMPARE(refusal(sign(goodClaims(), m_helseIdKey), QString()), QString("id-token-nonce"));
}

void TestIdTokenValidator::algorithmOutsideAllowList()
{
    IdTokenValidator fapiOnly = validator();
    fapiOnly.setAllowedAlgorithms(AlgorithmAllowList::fapi());
    QCOMPARE(fapiOnly.validate(sign(goodClaims(), m_helseIdKey), m_jwks, Nonce).error().code,
        QString("jwt-alg-not-allowed"));
    const QByteArray unsigned_ = Base64Url::encode(R"({"alg":"none"})") + '.'
        + Base64Url::encode(QJsonDocument(goodClaims()).toJson(QJsonDocument::Compact)) + '.';
    QCOMPARE(refusal(unsigned_), QString("jwt-alg-not-allowed"));
}

void TestIdTokenValidator::atHash()
{
    const QByteArray accessToken = "an-access-token";
    QJsonObject claims = goodClaims();
    claims.insert("at_hash", QString::fromLatin1(AccessTokenHash::atHash(accessToken, "SHA256")));
    const QByteArray token = sign(claims, m_helseIdKey);
    QVERIFY(validator().validate(token, m_jwks, Nonce, accessToken).isOk());
    QCOMPARE(validator().validate(token, m_jwks, Nonce, "another-token").error().code, QString("id-token-at-hash"));
    QVERIFY(validator().validate(token, m_jwks, Nonce).isOk()); // no access token to compare: not checked
}

void TestIdTokenValidator::refreshedToken()
{
    const SignedInUser original = validator().validate(sign(goodClaims(), m_helseIdKey), m_jwks, Nonce).value();
    QJsonObject refreshed = goodClaims();
    refreshed.remove("nonce"); // OpenID Connect Core §12.2: HelseID omits it on refresh
    refreshed.insert("iat", Now + 10);
    const auto user = validator().validateRefreshed(sign(refreshed, m_helseIdKey), m_jwks, original, Nonce);
    QVERIFY(user.isOk());
    QCOMPARE(user->subject, original.subject);
    // A nonce, if present, must still be the original one.
    QVERIFY(validator().validateRefreshed(sign(goodClaims(), m_helseIdKey), m_jwks, original, Nonce).isOk());
    refreshed.insert("nonce", "other");
    QCOMPARE(validator().validateRefreshed(sign(refreshed, m_helseIdKey), m_jwks, original, Nonce).error().code,
        QString("id-token-nonce"));
    // The usual checks and the policy still apply.
    refreshed.remove("nonce");
    refreshed.insert("helseid://claims/identity/security_level", "2");
    QCOMPARE(validator().validateRefreshed(sign(refreshed, m_helseIdKey), m_jwks, original, Nonce).error().code,
        QString("id-token-security-level"));
    refreshed.insert("helseid://claims/identity/security_level", "4");
    refreshed.insert("aud", "someone-else");
    QCOMPARE(validator().validateRefreshed(sign(refreshed, m_helseIdKey), m_jwks, original, Nonce).error().code,
        QString("id-token-audience"));
    // The first sign-in still requires the nonce.
    refreshed.insert("aud", ClientId);
    QCOMPARE(validator().validate(sign(refreshed, m_helseIdKey), m_jwks, Nonce).error().code, QString("id-token-nonce"));
}

void TestIdTokenValidator::refreshedTokenForAnotherPerson()
{
    const SignedInUser original = validator().validate(sign(goodClaims(), m_helseIdKey), m_jwks, Nonce).value();
    QJsonObject otherSubject = goodClaims();
    otherSubject.insert("sub", "subject-2");
    QCOMPARE(validator().validateRefreshed(sign(otherSubject, m_helseIdKey), m_jwks, original, Nonce).error().code,
        QString("id-token-subject-changed"));
    QJsonObject otherPid = goodClaims();
    otherPid.insert("helseid://claims/identity/pid", "02020254321");
    QCOMPARE(validator().validateRefreshed(sign(otherPid, m_helseIdKey), m_jwks, original, Nonce).error().code,
        QString("id-token-subject-changed"));
    QCOMPARE(validator().validateRefreshed(sign(goodClaims(), m_helseIdKey), m_jwks, SignedInUser(), Nonce).error().code,
        QString("id-token-subject-changed"));
}

QTEST_APPLESS_MAIN(TestIdTokenValidator)
#include "TestIdTokenValidator.moc"
