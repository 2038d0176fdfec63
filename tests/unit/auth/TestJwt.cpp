#include "core/auth/jose/Jws.h"
#include "core/auth/jose/Jwt.h"

#include "RfcVectors.h"

#include <QTest>

using namespace Meldeklient::Auth::Jose;

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifiesWithKeySetByKid();
    void unknownKidAfterRotation();
    void verifiesWithSingleKey();
    void wrongKeyRejected();
    void allowListApplies();
    void rfc7515ExampleThroughKeySet();
    void claimAccessors();

private:
    Jwk m_signer;
    Jwk m_other;
    JwkSet m_keys;
};

void TestJwt::initTestCase()
{
    m_signer = Jwk::generate(JwsAlgorithm::ES256).value();
    m_other = Jwk::generate(JwsAlgorithm::ES256).value();
    m_keys = JwkSet({Jwk::fromJson(m_signer.toPublicJson()).value(), Jwk::fromJson(m_other.toPublicJson()).value()});
}

void TestJwt::verifiesWithKeySetByKid()
{
    const QByteArray compact =
        Jws::sign(QJsonObject {{"kid", m_signer.kid()}}, QJsonObject {{"sub", "s"}}, m_signer, JwsAlgorithm::ES256)
            .value();
    const auto jwt = Jwt::verify(compact, m_keys, AlgorithmAllowList::fapi());
    QVERIFY(jwt.isOk());
    QCOMPARE(jwt->kid(), m_signer.kid());
    QCOMPARE(jwt->algorithm(), JwsAlgorithm::ES256);
    QCOMPARE(jwt->stringClaim("sub"), QString("s"));
}

void TestJwt::unknownKidAfterRotation()
{
    const Jwk rotated = Jwk::generate(JwsAlgorithm::ES256).value();
    const QByteArray compact =
        Jws::sign(QJsonObject {{"kid", rotated.kid()}}, QJsonObject {{"sub", "s"}}, rotated, JwsAlgorithm::ES256).value();
    const auto jwt = Jwt::verify(compact, m_keys, AlgorithmAllowList::fapi());
    QVERIFY(!jwt.isOk());
    QCOMPARE(jwt.error().code, QString("jwt-unknown-kid"));
    // After "refetching" a JWKS that includes the new key, the same token verifies.
    const JwkSet refreshed({Jwk::fromJson(rotated.toPublicJson()).value()});
    QVERIFY(Jwt::verify(compact, refreshed, AlgorithmAllowList::fapi()).isOk());
}

void TestJwt::verifiesWithSingleKey()
{
    const QByteArray compact = Jws::sign({}, QJsonObject {{"a", 1}}, m_signer, JwsAlgorithm::ES256).value();
    QVERIFY(Jwt::verify(compact, m_signer, AlgorithmAllowList::fapi()).isOk());
}

void TestJwt::wrongKeyRejected()
{
    // A kid that names another key in the set: the signature check against that key fails.
    const QByteArray compact =
        Jws::sign(QJsonObject {{"kid", m_other.kid()}}, QJsonObject {{"a", 1}}, m_signer, JwsAlgorithm::ES256).value();
    QCOMPARE(Jwt::verify(compact, m_keys, AlgorithmAllowList::fapi()).error().code, QString("jwt-signature"));
    QCOMPARE(Jwt::verify(compact, m_other, AlgorithmAllowList::fapi()).error().code, QString("jwt-signature"));
}

void TestJwt::allowListApplies()
{
    QCOMPARE(Jwt::verify(RfcVectors::Rfc7515Hs256Jws, m_keys, AlgorithmAllowList::helseIdIdToken()).error().code,
        QString("jwt-alg-not-allowed"));
    QCOMPARE(Jwt::verify(RfcVectors::Rfc7515UnsecuredJws, m_keys, AlgorithmAllowList::helseIdIdToken()).error().code,
        QString("jwt-alg-not-allowed"));
    QCOMPARE(Jwt::verify("a.b", m_keys, AlgorithmAllowList::helseIdIdToken()).error().code, QString("jwt-malformed"));
}

void TestJwt::rfc7515ExampleThroughKeySet()
{
    // No kid in the RFC example: the single RSA key in the set is chosen by key type.
    const JwkSet set = JwkSet::fromJson(QByteArray(QByteArray(R"({"keys":[{"kty":"RSA","e":"AQAB","n":")")
                                        + RfcVectors::Rfc7515RsaN + R"("}]})"))
                           .value();
    const auto jwt = Jwt::verify(RfcVectors::Rfc7515Rs256Jws, set, AlgorithmAllowList::helseIdIdToken());
    QVERIFY(jwt.isOk());
    QCOMPARE(jwt->stringClaim("iss"), QString("joe"));
    QCOMPARE(jwt->numericDateClaim("exp"), std::optional<qint64>(1300819380));
}

void TestJwt::claimAccessors()
{
    const QByteArray compact = Jws::sign({},
        QJsonObject {{"s", "text"}, {"n", 12}, {"f", 1.5}, {"t", "123"}, {"big", 1e300}, {"neg", -5}}, m_signer,
        JwsAlgorithm::ES256)
                                   .value();
    const Jwt jwt = Jwt::verify(compact, m_signer, AlgorithmAllowList::fapi()).value();
    QCOMPARE(jwt.stringClaim("s"), QString("text"));
    QVERIFY(jwt.stringClaim("n").isEmpty());
    QVERIFY(jwt.stringClaim("absent").isEmpty());
    QCOMPARE(jwt.numericDateClaim("n"), std::optional<qint64>(12));
    QCOMPARE(jwt.numericDateClaim("neg"), std::optional<qint64>(-5));
    QVERIFY(!jwt.numericDateClaim("f").has_value());
    QVERIFY(!jwt.numericDateClaim("t").has_value());
    QVERIFY(!jwt.numericDateClaim("big").has_value());
    QVERIFY(!jwt.numericDateClaim("absent").has_value());
}

QTEST_APPLESS_MAIN(TestJwt)
#include "TestJwt.moc"
