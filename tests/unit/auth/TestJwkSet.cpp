#include "core/auth/jose/JwkSet.h"

#include "RfcVectors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient::Auth::Jose;

namespace {

QJsonObject ecKey(const char* kid)
{
    return {{"kty", "EC"}, {"crv", "P-256"}, {"x", RfcVectors::Rfc7515EcX}, {"y", RfcVectors::Rfc7515EcY}, {"kid", kid}};
}

QJsonObject rsaKey(const char* kid)
{
    return {{"kty", "RSA"}, {"n", RfcVectors::Rfc7638RsaN}, {"e", "AQAB"}, {"kid", kid}};
}

QByteArray jwks(const QJsonArray& keys)
{
    return QJsonDocument(QJsonObject {{"keys", keys}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJwkSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndSelectsByKid();
    void unknownKidIsDistinct();
    void kidWithWrongKeyType();
    void duplicateKidPrefersUsableKey();
    void withoutKidSelectsByAlgorithm();
    void skipsUnusableKeys();
    void rejectsMalformed_data();
    void rejectsMalformed();
};

void TestJwkSet::parsesAndSelectsByKid()
{
    const auto set = JwkSet::fromJson(jwks({ecKey("ec-1"), rsaKey("rsa-1")}));
    QVERIFY(set.isOk());
    QCOMPARE(set->keys().size(), 2);
    QCOMPARE(set->skippedKeyCount(), 0);
    const auto rsa = set->select("rsa-1", JwsAlgorithm::RS256);
    QVERIFY(rsa.isOk());
    QCOMPARE(rsa->thumbprint(), QByteArray(RfcVectors::Rfc7638Thumbprint));
    QCOMPARE(set->select("ec-1", JwsAlgorithm::ES256)->kid(), QString("ec-1"));
}

void TestJwkSet::unknownKidIsDistinct()
{
    const JwkSet set = JwkSet::fromJson(jwks({ecKey("ec-1")})).value();
    const auto missing = set.select("rotated-key", JwsAlgorithm::ES256);
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().code, QString("jwt-unknown-kid"));
}

void TestJwkSet::kidWithWrongKeyType()
{
    const JwkSet set = JwkSet::fromJson(jwks({ecKey("k")})).value();
    QCOMPARE(set.select("k", JwsAlgorithm::RS256).error().code, QString("jwt-key-mismatch"));
}

void TestJwkSet::duplicateKidPrefersUsableKey()
{
    const JwkSet set = JwkSet::fromJson(jwks({ecKey("same"), rsaKey("same")})).value();
    QCOMPARE(set.select("same", JwsAlgorithm::RS256)->keyType(), JwkKeyType::Rsa);
    QCOMPARE(set.select("same", JwsAlgorithm::ES256)->keyType(), JwkKeyType::Ec);
}

void TestJwkSet::withoutKidSelectsByAlgorithm()
{
    const JwkSet mixed = JwkSet::fromJson(jwks({ecKey("ec-1"), rsaKey("rsa-1")})).value();
    QCOMPARE(mixed.select({}, JwsAlgorithm::ES256)->kid(), QString("ec-1"));
    QCOMPARE(mixed.select({}, JwsAlgorithm::PS256)->kid(), QString("rsa-1"));
    QCOMPARE(mixed.select({}, JwsAlgorithm::ES384).error().code, QString("jwt-no-matching-key"));

    const JwkSet twoRsa = JwkSet::fromJson(jwks({rsaKey("a"), rsaKey("b")})).value();
    QCOMPARE(twoRsa.select({}, JwsAlgorithm::RS256).error().code, QString("jwt-ambiguous-key"));
}

void TestJwkSet::skipsUnusableKeys()
{
    QJsonObject encryption = rsaKey("enc-1");
    encryption.insert("use", "enc");
    const auto set = JwkSet::fromJson(jwks({QJsonObject {{"kty", "oct"}, {"k", "c2VjcmV0"}, {"kid", "hmac"}},
        QJsonObject {{"kty", "OKP"}, {"crv", "Ed25519"}, {"x", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}},
        encryption, "not an object", ecKey("ec-1")}));
    QVERIFY(set.isOk());
    QCOMPARE(set->keys().size(), 1);
    QCOMPARE(set->skippedKeyCount(), 4);
    // A token naming the skipped symmetric key is an unknown kid, never an HMAC verification.
    QCOMPARE(set->select("hmac", JwsAlgorithm::ES256).error().code, QString("jwt-unknown-kid"));
}

void TestJwkSet::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QByteArray("keys") << "jwks-malformed";
    QTest::newRow("array") << QByteArray("[]") << "jwks-malformed";
    QTest::newRow("no keys") << QByteArray("{}") << "jwks-malformed";
    QTest::newRow("keys not an array") << QByteArray("{\"keys\":{}}") << "jwks-malformed";
    QTest::newRow("empty keys") << QByteArray("{\"keys\":[]}") << "jwks-empty";
    QTest::newRow("only symmetric") << QByteArray("{\"keys\":[{\"kty\":\"oct\",\"k\":\"AAAA\"}]}") << "jwks-empty";
}

void TestJwkSet::rejectsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const auto set = JwkSet::fromJson(json);
    QVERIFY(!set.isOk());
    QCOMPARE(set.error().code, code);
}

QTEST_APPLESS_MAIN(TestJwkSet)
#include "TestJwkSet.moc"
