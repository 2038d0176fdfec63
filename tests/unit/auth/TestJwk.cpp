#include "core/auth/jose/Base64Url.h"
#include "core/auth/jose/Jwk.h"

#include "RfcVectors.h"

#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient::Auth::Jose;

namespace {

QJsonObject rfc7515EcKey(bool withPrivate)
{
    QJsonObject json {{"kty", "EC"}, {"crv", "P-256"}, {"x", RfcVectors::Rfc7515EcX}, {"y", RfcVectors::Rfc7515EcY}};
    if (withPrivate)
        json.insert("d", RfcVectors::Rfc7515EcD);
    return json;
}

QJsonObject rfc7638RsaKey()
{
    return {{"kty", "RSA"}, {"n", RfcVectors::Rfc7638RsaN}, {"e", "AQAB"}, {"alg", "RS256"}, {"kid", "2011-04-29"}};
}

QString errorCode(const QJsonObject& json)
{
    const auto key = Jwk::fromJson(json);
    return key.isOk() ? QString() : key.error().code;
}

} // namespace

class TestJwk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7638Thumbprint();
    void rfc9449EcThumbprint();
    void thumbprintIgnoresOptionalMembers();
    void importsEcPublicAndPrivate();
    void importsFromJsonText();
    void generatedKeysRoundTrip_data();
    void generatedKeysRoundTrip();
    void privateExportOnlyWithPrivateKey();
    void rejects_data();
    void rejects();
    void rejectsSmallRsa();
    void rejectsMismatchedPrivateScalar();
    void usability();
};

void TestJwk::rfc7638Thumbprint()
{
    const auto key = Jwk::fromJson(rfc7638RsaKey());
    QVERIFY2(key.isOk(), qPrintable(key.isOk() ? QString() : key.error().code));
    QCOMPARE(key->keyType(), JwkKeyType::Rsa);
    QCOMPARE(key->bits(), 2048);
    QCOMPARE(key->kid(), QString("2011-04-29"));
    QCOMPARE(key->algorithm(), std::optional<JwsAlgorithm>(JwsAlgorithm::RS256));
    QCOMPARE(key->thumbprint(), QByteArray(RfcVectors::Rfc7638Thumbprint));
    QVERIFY(!key->hasPrivateKey());
}

void TestJwk::rfc9449EcThumbprint()
{
    const auto key = Jwk::fromJson(
        QJsonObject {{"kty", "EC"}, {"crv", "P-256"}, {"x", RfcVectors::Rfc9449EcX}, {"y", RfcVectors::Rfc9449EcY}});
    QVERIFY(key.isOk());
    QCOMPARE(key->thumbprint(), QByteArray(RfcVectors::Rfc9449Jkt));
}

void TestJwk::thumbprintIgnoresOptionalMembers()
{
    QJsonObject bare = rfc7638RsaKey();
    bare.remove("alg");
    bare.remove("kid");
    QJsonObject decorated = rfc7638RsaKey();
    decorated.insert("use", "sig");
    QCOMPARE(Jwk::fromJson(bare)->thumbprint(), Jwk::fromJson(decorated)->thumbprint());
}

void TestJwk::importsEcPublicAndPrivate()
{
    const auto publicKey = Jwk::fromJson(rfc7515EcKey(false));
    QVERIFY(publicKey.isOk());
    QCOMPARE(publicKey->keyType(), JwkKeyType::Ec);
    QCOMPARE(publicKey->curve(), QString("P-256"));
    QVERIFY(!publicKey->hasPrivateKey());
    QCOMPARE(publicKey->toPublicJson(), rfc7515EcKey(false));

    const auto privateKey = Jwk::fromJson(rfc7515EcKey(true));
    QVERIFY(privateKey.isOk());
    QVERIFY(privateKey->hasPrivateKey());
    QCOMPARE(privateKey->toPublicJson(), rfc7515EcKey(false)); // never leaks d
    QCOMPARE(privateKey->toPrivateJson().value(), rfc7515EcKey(true));
    QCOMPARE(privateKey->thumbprint(), publicKey->thumbprint());
}

void TestJwk::importsFromJsonText()
{
    const QByteArray text = QJsonDocument(rfc7638RsaKey()).toJson();
    QCOMPARE(Jwk::fromJson(QByteArrayView(text))->thumbprint(), QByteArray(RfcVectors::Rfc7638Thumbprint));
    QCOMPARE(Jwk::fromJson(QByteArrayView("[1,2]")).error().code, QString("jwk-malformed"));
    QCOMPARE(Jwk::fromJson(QByteArrayView("{\"kty\":")).error().code, QString("jwk-malformed"));
}

void TestJwk::generatedKeysRoundTrip_data()
{
    QTest::addColumn<JwsAlgorithm>("algorithm");
    QTest::newRow("ES256") << JwsAlgorithm::ES256;
    QTest::newRow("ES384") << JwsAlgorithm::ES384;
    QTest::newRow("PS256") << JwsAlgorithm::PS256;
}

void TestJwk::generatedKeysRoundTrip()
{
    QFETCH(JwsAlgorithm, algorithm);
    const auto generated = Jwk::generate(algorithm);
    QVERIFY(generated.isOk());
    QVERIFY(generated->hasPrivateKey());
    QCOMPARE(generated->algorithm(), std::optional<JwsAlgorithm>(algorithm));
    QCOMPARE(generated->use(), QString("sig"));
    QCOMPARE(generated->kid(), QString::fromLatin1(generated->thumbprint()));
    QVERIFY(generated->isUsableWith(algorithm));

    const auto reimported = Jwk::fromJson(generated->toPublicJson());
    QVERIFY(reimported.isOk());
    QCOMPARE(reimported->thumbprint(), generated->thumbprint());
    QCOMPARE(reimported->kid(), generated->kid());
    QVERIFY(!reimported->hasPrivateKey());

    if (jwsAlgorithmKeyType(algorithm) == JwkKeyType::Ec) {
        const auto stored = generated->toPrivateJson();
        QVERIFY(stored.isOk());
        const auto restored = Jwk::fromJson(stored.value());
        QVERIFY(restored.isOk());
        QVERIFY(restored->hasPrivateKey());
        QCOMPARE(restored->toPrivateJson().value(), stored.value());
    }
}

void TestJwk::privateExportOnlyWithPrivateKey()
{
    QCOMPARE(Jwk::fromJson(rfc7515EcKey(false))->toPrivateJson().error().code, QString("jwk-no-private-key"));
}

void TestJwk::rejects_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("code");
    const QJsonObject ec = rfc7515EcKey(false);
    const auto with = [](QJsonObject object, const QString& member, const QJsonValue& value) {
        object.insert(member, value);
        return object;
    };
    const auto without = [](QJsonObject object, const QString& member) {
        object.remove(member);
        return object;
    };
    const QByteArray x = Base64Url::decode(RfcVectors::Rfc7515EcX).value();
    const QByteArray y = Base64Url::decode(RfcVectors::Rfc7515EcY).value();
    QByteArray offCurveY = y;
    offCurveY[31] = static_cast<char>(offCurveY[31] ^ 1);

    QTest::newRow("symmetric oct") << QJsonObject {{"kty", "oct"}, {"k", "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ"}}
                                   << "jwk-unsupported";
    QTest::newRow("unknown kty") << with(ec, "kty", "OKP") << "jwk-unsupported";
    QTest::newRow("kty missing") << without(ec, "kty") << "jwk-missing-member";
    QTest::newRow("kty not a string") << with(ec, "kty", 1) << "jwk-malformed";
    QTest::newRow("unknown crv") << with(ec, "crv", "P-521") << "jwk-unsupported";
    QTest::newRow("secp256k1") << with(ec, "crv", "secp256k1") << "jwk-unsupported";
    QTest::newRow("crv missing") << without(ec, "crv") << "jwk-missing-member";
    QTest::newRow("x missing") << without(ec, "x") << "jwk-missing-member";
    QTest::newRow("y missing") << without(ec, "y") << "jwk-missing-member";
    QTest::newRow("x not a string") << with(ec, "x", 5) << "jwk-malformed";
    QTest::newRow("x padded base64") << with(ec, "x", QString(QString(RfcVectors::Rfc7515EcX) + "=")) << "jwk-invalid-key";
    QTest::newRow("x short") << with(ec, "x", QString::fromLatin1(Base64Url::encode(x.left(31)))) << "jwk-invalid-key";
    QTest::newRow("x long") << with(ec, "x", QString::fromLatin1(Base64Url::encode(QByteArray(QByteArray(1, '\0') + x))))
                            << "jwk-invalid-key";
    QTest::newRow("point not on curve") << with(ec, "y", QString::fromLatin1(Base64Url::encode(offCurveY)))
                                        << "jwk-invalid-key";
    QTest::newRow("d wrong length") << with(ec, "d", "AQAB") << "jwk-invalid-key";
    QTest::newRow("alg of another key type") << with(ec, "alg", "RS256") << "jwk-invalid-key";
    QTest::newRow("alg HS256") << with(ec, "alg", "HS256") << "jwk-unsupported";
    QTest::newRow("kid not a string") << with(ec, "kid", 7) << "jwk-malformed";
    const QJsonObject rsa = rfc7638RsaKey();
    QTest::newRow("rsa n missing") << without(rsa, "n") << "jwk-missing-member";
    QTest::newRow("rsa e missing") << without(rsa, "e") << "jwk-missing-member";
    QTest::newRow("rsa n leading zero") << with(rsa, "n", QString("AA" + QString(RfcVectors::Rfc7638RsaN))) << "jwk-invalid-key";
    QTest::newRow("rsa even exponent") << with(rsa, "e", "AQAA") << "jwk-invalid-key";
    QTest::newRow("rsa exponent 1") << with(rsa, "e", "AQ") << "jwk-invalid-key";
    QTest::newRow("rsa even modulus") << with(rsa, "n", QString(QString(RfcVectors::Rfc7638RsaN).chopped(1) + "g"))
                                      << "jwk-invalid-key";
    QTest::newRow("rsa empty n") << with(rsa, "n", "") << "jwk-invalid-key";
}

void TestJwk::rejects()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, code);
    QCOMPARE(errorCode(json), code);
}

void TestJwk::rejectsSmallRsa()
{
    // A 1024-bit modulus (any odd 128-byte number will do for the size check).
    QByteArray modulus(128, '\xc5');
    QCOMPARE(errorCode({{"kty", "RSA"}, {"n", QString::fromLatin1(Base64Url::encode(modulus))}, {"e", "AQAB"}}),
        QString("jwk-rsa-too-small"));
}

void TestJwk::rejectsMismatchedPrivateScalar()
{
    // RFC 7515's public point with another key's private scalar.
    const auto other = Jwk::generate(JwsAlgorithm::ES256);
    QJsonObject mixed = rfc7515EcKey(false);
    mixed.insert("d", other->toPrivateJson()->value("d"));
    QCOMPARE(errorCode(mixed), QString("jwk-invalid-key"));
}

void TestJwk::usability()
{
    const Jwk ec = Jwk::fromJson(rfc7515EcKey(false)).value();
    QVERIFY(ec.isUsableWith(JwsAlgorithm::ES256));
    QVERIFY(!ec.isUsableWith(JwsAlgorithm::ES384));
    QVERIFY(!ec.isUsableWith(JwsAlgorithm::RS256));
    const Jwk rsa = Jwk::fromJson(rfc7638RsaKey()).value(); // "alg":"RS256"
    QVERIFY(rsa.isUsableWith(JwsAlgorithm::RS256));
    QVERIFY(!rsa.isUsableWith(JwsAlgorithm::PS256));
    Jwk encryption = ec;
    encryption.setUse("enc");
    QVERIFY(!encryption.isUsableWith(JwsAlgorithm::ES256));
}

QTEST_APPLESS_MAIN(TestJwk)
#include "TestJwk.moc"
