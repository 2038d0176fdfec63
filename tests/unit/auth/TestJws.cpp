#include "core/auth/jose/Base64Url.h"
#include "core/auth/jose/Jws.h"

#include "RfcVectors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient::Auth::Jose;

namespace {

const AlgorithmAllowList AllAsymmetric {JwsAlgorithm::ES256, JwsAlgorithm::ES384, JwsAlgorithm::RS256,
    JwsAlgorithm::RS384, JwsAlgorithm::RS512, JwsAlgorithm::PS256, JwsAlgorithm::PS384, JwsAlgorithm::PS512};

QByteArray part(const QByteArray& json)
{
    return Base64Url::encode(json);
}

// Joins compact-serialisation parts with dots.
QByteArray dotted(std::initializer_list<QByteArray> parts)
{
    QByteArray result;
    for (const QByteArray& p : parts) {
        if (!result.isNull())
            result.append('.');
        result.append(p.isNull() ? QByteArray("") : p);
    }
    return result;
}

QByteArray token(const QByteArray& header, const QByteArray& payload, const QByteArray& signature = "c2ln")
{
    return dotted({part(header), part(payload), signature});
}

Jwk rfc7515RsaKey()
{
    return Jwk::fromJson(QJsonObject {{"kty", "RSA"}, {"n", RfcVectors::Rfc7515RsaN}, {"e", "AQAB"}}).value();
}

Jwk rfc7515EcKey(bool withPrivate)
{
    QJsonObject json {{"kty", "EC"}, {"crv", "P-256"}, {"x", RfcVectors::Rfc7515EcX}, {"y", RfcVectors::Rfc7515EcY}};
    if (withPrivate)
        json.insert("d", RfcVectors::Rfc7515EcD);
    return Jwk::fromJson(json).value();
}

QString parseError(const QByteArray& compact, const AlgorithmAllowList& allowed = AllAsymmetric)
{
    const auto jws = Jws::parse(compact, allowed);
    return jws.isOk() ? QString() : jws.error().code;
}

} // namespace

class TestJws : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rfc7515A2Rs256Verifies();
    void rfc7515A3Es256Verifies();
    void rfcExamplesFailWithOtherKey();
    void roundTrip_data();
    void roundTrip();
    void es256SignatureIsRawRS();
    void tamperedPayloadRejected();
    void tamperedSignatureRejected();
    void noneAndHmacRejected();
    void algorithmOutsideAllowListRejected();
    void keyTypeMismatch();
    void critRejected();
    void malformed_data();
    void malformed();
    void signNeedsPrivateMatchingKey();

private:
    Jwk m_rsa;
};

void TestJws::initTestCase()
{
    m_rsa = Jwk::generate(JwsAlgorithm::RS256).value();
    m_rsa.setAlgorithm(std::nullopt); // one RSA key serves RS* and PS* here
}

void TestJws::rfc7515A2Rs256Verifies()
{
    const auto jws = Jws::parse(RfcVectors::Rfc7515Rs256Jws, AlgorithmAllowList {JwsAlgorithm::RS256});
    QVERIFY(jws.isOk());
    QCOMPARE(jws->algorithm(), JwsAlgorithm::RS256);
    QVERIFY(jws->verify(rfc7515RsaKey()).isOk());
    QCOMPARE(jws->payload().value("iss").toString(), QString("joe"));
    QCOMPARE(jws->payload().value("exp").toInteger(), 1300819380);
    QCOMPARE(jws->payload().value("http://example.com/is_root").toBool(), true);
}

void TestJws::rfc7515A3Es256Verifies()
{
    const auto jws = Jws::parse(RfcVectors::Rfc7515Es256Jws, AlgorithmAllowList {JwsAlgorithm::ES256});
    QVERIFY(jws.isOk());
    QCOMPARE(jws->algorithm(), JwsAlgorithm::ES256);
    QVERIFY(jws->verify(rfc7515EcKey(false)).isOk());
    QCOMPARE(jws->payload().value("iss").toString(), QString("joe"));
}

void TestJws::rfcExamplesFailWithOtherKey()
{
    const auto rs = Jws::parse(RfcVectors::Rfc7515Rs256Jws, AllAsymmetric);
    QCOMPARE(rs->verify(m_rsa).error().code, QString("jwt-signature"));
    const auto es = Jws::parse(RfcVectors::Rfc7515Es256Jws, AllAsymmetric);
    QCOMPARE(es->verify(Jwk::generate(JwsAlgorithm::ES256).value()).error().code, QString("jwt-signature"));
}

void TestJws::roundTrip_data()
{
    QTest::addColumn<JwsAlgorithm>("algorithm");
    QTest::newRow("ES256") << JwsAlgorithm::ES256;
    QTest::newRow("ES384") << JwsAlgorithm::ES384;
    QTest::newRow("RS256") << JwsAlgorithm::RS256;
    QTest::newRow("RS384") << JwsAlgorithm::RS384;
    QTest::newRow("RS512") << JwsAlgorithm::RS512;
    QTest::newRow("PS256") << JwsAlgorithm::PS256;
    QTest::newRow("PS384") << JwsAlgorithm::PS384;
    QTest::newRow("PS512") << JwsAlgorithm::PS512;
}

void TestJws::roundTrip()
{
    QFETCH(JwsAlgorithm, algorithm);
    const Jwk key = jwsAlgorithmKeyType(algorithm) == JwkKeyType::Ec ? Jwk::generate(algorithm).value() : m_rsa;
    const QJsonObject payload {{"sub", "user"}, {"n", 42}, {"nested", QJsonObject {{"a", true}}}};
    const auto signed_ = Jws::sign(QJsonObject {{"typ", "JWT"}, {"kid", key.kid()}}, payload, key, algorithm);
    QVERIFY(signed_.isOk());
    QCOMPARE(signed_->count('.'), 2);

    const auto parsed = Jws::parse(signed_.value(), AllAsymmetric);
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed->algorithm(), algorithm);
    QCOMPARE(parsed->header().value("alg").toString(), jwsAlgorithmName(algorithm));
    QCOMPARE(parsed->header().value("typ").toString(), QString("JWT"));
    QCOMPARE(parsed->kid(), key.kid());
    QCOMPARE(parsed->payload(), payload);
    // Verification needs only the public half.
    QVERIFY(parsed->verify(Jwk::fromJson(key.toPublicJson()).value()).isOk());
}

void TestJws::es256SignatureIsRawRS()
{
    const Jwk key = rfc7515EcKey(true);
    const QByteArray compact = Jws::sign({}, QJsonObject {{"a", 1}}, key, JwsAlgorithm::ES256).value();
    const QByteArray signature = Base64Url::decode(compact.split('.').at(2)).value();
    QCOMPARE(signature.size(), 64);
    QVERIFY(signature.at(0) != 0x30 || signature.size() == 64); // not DER: fixed 64 bytes
    QVERIFY(Jws::parse(compact, AllAsymmetric)->verify(rfc7515EcKey(false)).isOk());
}

void TestJws::tamperedPayloadRejected()
{
    const QList<QByteArray> parts = QByteArray(RfcVectors::Rfc7515Es256Jws).split('.');
    const QByteArray otherPayload = part(R"({"iss":"mallory","exp":1300819380,"http://example.com/is_root":true})");
    const auto jws = Jws::parse(dotted({parts[0], otherPayload, parts[2]}), AllAsymmetric);
    QVERIFY(jws.isOk());
    QCOMPARE(jws->verify(rfc7515EcKey(false)).error().code, QString("jwt-signature"));

    const Jwk key = m_rsa;
    const QList<QByteArray> rsParts = Jws::sign({}, QJsonObject {{"x", 1}}, key, JwsAlgorithm::PS256)->split('.');
    const auto tampered = Jws::parse(dotted({rsParts[0], part(R"({"x":2})"), rsParts[2]}), AllAsymmetric);
    QCOMPARE(tampered->verify(key).error().code, QString("jwt-signature"));
}

void TestJws::tamperedSignatureRejected()
{
    QList<QByteArray> parts = QByteArray(RfcVectors::Rfc7515Es256Jws).split('.');
    QByteArray signature = Base64Url::decode(parts[2]).value();
    signature[10] = static_cast<char>(signature[10] ^ 0x01);
    const auto flipped = Jws::parse(dotted({parts[0], parts[1], Base64Url::encode(signature)}), AllAsymmetric);
    QCOMPARE(flipped->verify(rfc7515EcKey(false)).error().code, QString("jwt-signature"));

    // A truncated ES256 signature (63 bytes) and a DER-encoded one are refused.
    const auto shortSig = Jws::parse(dotted({parts[0], parts[1], Base64Url::encode(signature.left(63))}), AllAsymmetric);
    QCOMPARE(shortSig->verify(rfc7515EcKey(false)).error().code, QString("jwt-signature"));
    // An all-zero R‖S must not verify (r = s = 0 is invalid).
    const auto zero = Jws::parse(dotted({parts[0], parts[1], Base64Url::encode(QByteArray(64, '\0'))}), AllAsymmetric);
    QCOMPARE(zero->verify(rfc7515EcKey(false)).error().code, QString("jwt-signature"));
}

void TestJws::noneAndHmacRejected()
{
    QCOMPARE(parseError(RfcVectors::Rfc7515UnsecuredJws), QString("jwt-alg-not-allowed"));
    QCOMPARE(parseError(RfcVectors::Rfc7515Hs256Jws), QString("jwt-alg-not-allowed"));
    QCOMPARE(parseError(token(R"({"alg":"none"})", R"({"a":1})", "c2ln")), QString("jwt-alg-not-allowed"));
    QCOMPARE(parseError(token(R"({"alg":"NONE"})", R"({"a":1})")), QString("jwt-alg-not-allowed"));
    QCOMPARE(parseError(token(R"({"alg":"HS512"})", R"({"a":1})")), QString("jwt-alg-not-allowed"));
    // The classic confusion: an HS256 token "signed" with an RSA public key as the HMAC secret.
    QCOMPARE(parseError(token(R"({"alg":"HS256","kid":"rsa"})", R"({"a":1})")), QString("jwt-alg-not-allowed"));
}

void TestJws::algorithmOutsideAllowListRejected()
{
    QCOMPARE(parseError(RfcVectors::Rfc7515Rs256Jws, AlgorithmAllowList::fapi()), QString("jwt-alg-not-allowed"));
    QCOMPARE(parseError(RfcVectors::Rfc7515Es256Jws, AlgorithmAllowList::fapi()), QString());
}

void TestJws::keyTypeMismatch()
{
    const auto es = Jws::parse(RfcVectors::Rfc7515Es256Jws, AllAsymmetric);
    QCOMPARE(es->verify(rfc7515RsaKey()).error().code, QString("jwt-key-mismatch"));
    QCOMPARE(es->verify(Jwk::generate(JwsAlgorithm::ES384).value()).error().code, QString("jwt-key-mismatch"));
    const auto rs = Jws::parse(RfcVectors::Rfc7515Rs256Jws, AllAsymmetric);
    QCOMPARE(rs->verify(rfc7515EcKey(false)).error().code, QString("jwt-key-mismatch"));
    // A key that declares "alg":"PS256" is not used for RS256.
    Jwk psOnly = rfc7515RsaKey();
    psOnly.setAlgorithm(JwsAlgorithm::PS256);
    QCOMPARE(rs->verify(psOnly).error().code, QString("jwt-key-mismatch"));
}

void TestJws::critRejected()
{
    const Jwk key = rfc7515EcKey(true);
    const auto compact = Jws::sign(QJsonObject {{"crit", QJsonArray {"exp"}}, {"exp", 1}}, QJsonObject {{"a", 1}}, key,
        JwsAlgorithm::ES256);
    QVERIFY(compact.isOk());
    QCOMPARE(parseError(compact.value()), QString("jwt-crit-unsupported"));
}

void TestJws::malformed_data()
{
    QTest::addColumn<QByteArray>("compact");
    const QList<QByteArray> rfc = QByteArray(RfcVectors::Rfc7515Es256Jws).split('.');
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one part") << rfc[0];
    QTest::newRow("two parts") << dotted({rfc[0], rfc[1]});
    QTest::newRow("four parts") << dotted({rfc[0], rfc[1], rfc[2], "x"});
    QTest::newRow("JWE-like five parts") << dotted({rfc[0], "", "", rfc[1], rfc[2]});
    QTest::newRow("empty header") << dotted({"", rfc[1], rfc[2]});
    QTest::newRow("empty signature") << dotted({rfc[0], rfc[1], ""});
    QTest::newRow("padded header") << dotted({rfc[0] + "==", rfc[1], rfc[2]});
    QTest::newRow("standard base64 signature") << dotted({rfc[0], rfc[1], QByteArray(rfc[2]).replace('-', '+')});
    QTest::newRow("whitespace") << dotted({rfc[0], " " + rfc[1], rfc[2]});
    QTest::newRow("header array") << token(R"(["ES256"])", R"({"a":1})");
    QTest::newRow("header not json") << token("alg=ES256", R"({"a":1})");
    QTest::newRow("alg missing") << token(R"({"typ":"JWT"})", R"({"a":1})");
    QTest::newRow("alg not a string") << token(R"({"alg":256})", R"({"a":1})");
    QTest::newRow("payload string") << token(R"({"alg":"ES256"})", R"("hello")");
    QTest::newRow("payload array") << token(R"({"alg":"ES256"})", R"([1])");
    QTest::newRow("payload not json") << token(R"({"alg":"ES256"})", "Payload");
    QTest::newRow("payload truncated json") << token(R"({"alg":"ES256"})", R"({"a":)");
}

void TestJws::malformed()
{
    QFETCH(QByteArray, compact);
    QCOMPARE(parseError(compact), QString("jwt-malformed"));
}

void TestJws::signNeedsPrivateMatchingKey()
{
    QCOMPARE(Jws::sign({}, {}, rfc7515EcKey(false), JwsAlgorithm::ES256).error().code, QString("jws-no-private-key"));
    QCOMPARE(Jws::sign({}, {}, rfc7515EcKey(true), JwsAlgorithm::RS256).error().code, QString("jwt-key-mismatch"));
    QCOMPARE(Jws::sign({}, {}, rfc7515EcKey(true), JwsAlgorithm::ES384).error().code, QString("jwt-key-mismatch"));
    QCOMPARE(Jws::sign({}, {}, Jwk(), JwsAlgorithm::ES256).error().code, QString("jwt-key-mismatch"));
}

QTEST_APPLESS_MAIN(TestJws)
#include "TestJws.moc"
