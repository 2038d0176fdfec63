#include "core/auth/jose/AlgorithmAllowList.h"

#include <QTest>

using namespace Meldeklient::Auth::Jose;

class TestAlgorithmAllowList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip();
    void neverParsesSymmetricOrNone_data();
    void neverParsesSymmetricOrNone();
    void presets();
    void parseHonoursTheList();
    void emptyListAllowsNothing();
    void keyTypeAndDigest();
};

void TestAlgorithmAllowList::namesRoundTrip()
{
    for (JwsAlgorithm algorithm : {JwsAlgorithm::ES256, JwsAlgorithm::ES384, JwsAlgorithm::RS256, JwsAlgorithm::RS384,
             JwsAlgorithm::RS512, JwsAlgorithm::PS256, JwsAlgorithm::PS384, JwsAlgorithm::PS512}) {
        const auto parsed = jwsAlgorithmFromName(jwsAlgorithmName(algorithm));
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, algorithm);
    }
    QCOMPARE(jwsAlgorithmName(JwsAlgorithm::PS256), QString("PS256"));
}

void TestAlgorithmAllowList::neverParsesSymmetricOrNone_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("none") << "none";
    QTest::newRow("None") << "None";
    QTest::newRow("NONE") << "NONE";
    QTest::newRow("HS256") << "HS256";
    QTest::newRow("HS384") << "HS384";
    QTest::newRow("HS512") << "HS512";
    QTest::newRow("lower case es256") << "es256";
    QTest::newRow("padded") << "ES256 ";
    QTest::newRow("EdDSA (not implemented)") << "EdDSA";
    QTest::newRow("ES512 (not implemented)") << "ES512";
    QTest::newRow("empty") << "";
}

void TestAlgorithmAllowList::neverParsesSymmetricOrNone()
{
    QFETCH(QString, name);
    QVERIFY(!jwsAlgorithmFromName(name).has_value());
    const AlgorithmAllowList everything {JwsAlgorithm::ES256, JwsAlgorithm::ES384, JwsAlgorithm::RS256,
        JwsAlgorithm::RS384, JwsAlgorithm::RS512, JwsAlgorithm::PS256, JwsAlgorithm::PS384, JwsAlgorithm::PS512};
    const auto parsed = everything.parse(name);
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().code, QString("jwt-alg-not-allowed"));
}

void TestAlgorithmAllowList::presets()
{
    QCOMPARE(AlgorithmAllowList::fapi().names(), QStringList({"ES256", "PS256"}));
    QCOMPARE(AlgorithmAllowList::helseIdIdToken().names(), QStringList({"ES256", "RS256", "PS256"}));
    QVERIFY(!AlgorithmAllowList::fapi().contains(JwsAlgorithm::RS256));
}

void TestAlgorithmAllowList::parseHonoursTheList()
{
    const AlgorithmAllowList fapi = AlgorithmAllowList::fapi();
    QCOMPARE(fapi.parse(u"ES256").value(), JwsAlgorithm::ES256);
    QCOMPARE(fapi.parse(u"PS256").value(), JwsAlgorithm::PS256);
    const auto rs256 = fapi.parse(u"RS256");
    QVERIFY(!rs256.isOk());
    QCOMPARE(rs256.error().code, QString("jwt-alg-not-allowed"));
    QVERIFY(!rs256.error().message.isEmpty());
}

void TestAlgorithmAllowList::emptyListAllowsNothing()
{
    const AlgorithmAllowList empty;
    QVERIFY(empty.names().isEmpty());
    QVERIFY(!empty.parse(u"ES256").isOk());
}

void TestAlgorithmAllowList::keyTypeAndDigest()
{
    QCOMPARE(jwsAlgorithmKeyType(JwsAlgorithm::ES256), JwkKeyType::Ec);
    QCOMPARE(jwsAlgorithmKeyType(JwsAlgorithm::PS384), JwkKeyType::Rsa);
    QCOMPARE(QByteArray(jwsAlgorithmDigestName(JwsAlgorithm::RS512)), QByteArray("SHA512"));
    QCOMPARE(jwsAlgorithmCurve(JwsAlgorithm::ES384), QString("P-384"));
    QVERIFY(jwsAlgorithmCurve(JwsAlgorithm::RS256).isEmpty());
}

QTEST_APPLESS_MAIN(TestAlgorithmAllowList)
#include "TestAlgorithmAllowList.moc"
