#include "core/auth/DpopProofFactory.h"
#include "core/auth/jose/Jws.h"

#include "RfcVectors.h"

#include <QSet>
#include <QTest>

using namespace Meldeklient::Auth;
using namespace Meldeklient::Auth::Jose;

namespace {

constexpr qint64 Now = 1'700'000'000;

} // namespace

class TestDpopProofFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proofHeaderAndSignature();
    void claims();
    void nonceAndAthOnlyWhenGiven();
    void distinctJti();
    void clockOffsetApplies();
    void htu_data();
    void htu();
    void rejectsUnusableKeys();
    void rejectsUnusableUrls();

private:
    Jws proof(const QByteArray& compact) const;

    Jwk m_key;
};

void TestDpopProofFactory::initTestCase()
{
    m_key = Jwk::generate(JwsAlgorithm::ES256).value();
}

Jws TestDpopProofFactory::proof(const QByteArray& compact) const
{
    const auto jws = Jws::parse(compact, AlgorithmAllowList {JwsAlgorithm::ES256});
    if (!jws.isOk())
        qFatal("proof does not parse");
    return jws.value();
}

void TestDpopProofFactory::proofHeaderAndSignature()
{
    const DpopProofFactory factory(m_key, AuthClock([] { return Now; }));
    QVERIFY(factory.isValid());
    const Jws jws = proof(factory.create("POST", QUrl("https://helseid-sts.test.nhn.no/connect/token")).value());
    QCOMPARE(jws.header().value("typ").toString(), QString("dpop+jwt"));
    QCOMPARE(jws.header().value("alg").toString(), QString("ES256"));
    const QJsonObject jwk = jws.header().value("jwk").toObject();
    QVERIFY(!jwk.contains("d"));
    QCOMPARE(QStringList(jwk.keys()), QStringList({"crv", "kty", "x", "y"}));
    // The embedded key verifies the proof and is the factory's key (the server binds cnf.jkt to this thumbprint).
    const Jwk embedded = Jwk::fromJson(jwk).value();
    QVERIFY(jws.verify(embedded).isOk());
    QCOMPARE(embedded.thumbprint(), factory.keyThumbprint());
    QCOMPARE(factory.keyThumbprint(), m_key.thumbprint());
}

void TestDpopProofFactory::claims()
{
    const DpopProofFactory factory(m_key, AuthClock([] { return Now; }));
    const Jws jws = proof(factory
                              .create("GET", QUrl("https://api.example.no:8443/v1/reports?page=2&x=y#top"),
                                  "server-nonce", RfcVectors::Rfc9449AccessToken)
                              .value());
    const QJsonObject claims = jws.payload();
    QCOMPARE(claims.value("htm").toString(), QString("GET"));
    QCOMPARE(claims.value("htu").toString(), QString("https://api.example.no:8443/v1/reports"));
    QCOMPARE(claims.value("iat").toInteger(), Now);
    QCOMPARE(claims.value("nonce").toString(), QString("server-nonce"));
    QCOMPARE(claims.value("ath").toString(), QString(RfcVectors::Rfc9449Ath));
    QVERIFY(claims.value("jti").toString().size() >= 22);
    QCOMPARE(claims.size(), 6);
}

void TestDpopProofFactory::nonceAndAthOnlyWhenGiven()
{
    const DpopProofFactory factory(m_key, AuthClock([] { return Now; }));
    const QJsonObject claims = proof(factory.create("POST", QUrl("https://as.example/token")).value()).payload();
    QVERIFY(!claims.contains("nonce"));
    QVERIFY(!claims.contains("ath"));
    QCOMPARE(QStringList(claims.keys()), QStringList({"htm", "htu", "iat", "jti"}));
}

void TestDpopProofFactory::distinctJti()
{
    const DpopProofFactory factory(m_key);
    QSet<QString> seen;
    for (int i = 0; i < 20; ++i)
        seen.insert(proof(factory.create("POST", QUrl("https://as.example/token")).value()).payload().value("jti").toString());
    QCOMPARE(seen.size(), 20);
}

void TestDpopProofFactory::clockOffsetApplies()
{
    AuthClock clock([] { return Now; });
    const DpopProofFactory factory(m_key, clock);
    clock.synchronizeTo(QDateTime::fromSecsSinceEpoch(Now - 120, Qt::UTC)); // the local clock runs 2 minutes fast
    QCOMPARE(proof(factory.create("POST", QUrl("https://as.example/token")).value()).payload().value("iat").toInteger(),
        Now - 120);
}

void TestDpopProofFactory::htu_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("htu");
    QTest::newRow("plain") << QUrl("https://as.example/connect/token") << "https://as.example/connect/token";
    QTest::newRow("query and fragment") << QUrl("https://as.example/a?b=c#d") << "https://as.example/a";
    QTest::newRow("default https port") << QUrl("https://as.example:443/a") << "https://as.example/a";
    QTest::newRow("other port kept") << QUrl("https://as.example:8443/a") << "https://as.example:8443/a";
    QTest::newRow("loopback http") << QUrl("http://127.0.0.1:3000/token?x=1") << "http://127.0.0.1:3000/token";
    QTest::newRow("default http port") << QUrl("http://localhost:80/t") << "http://localhost/t";
    QTest::newRow("user info dropped") << QUrl("https://user:pw@as.example/a") << "https://as.example/a";
    QTest::newRow("encoded path kept") << QUrl("https://as.example/a%20b") << "https://as.example/a%20b";
}

void TestDpopProofFactory::htu()
{
    QFETCH(QUrl, url);
    QFETCH(QString, htu);
    QCOMPARE(DpopProofFactory::htu(url), htu);
}

void TestDpopProofFactory::rejectsUnusableKeys()
{
    const Jwk publicOnly = Jwk::fromJson(m_key.toPublicJson()).value();
    const DpopProofFactory noPrivate(publicOnly);
    QVERIFY(!noPrivate.isValid());
    QCOMPARE(noPrivate.create("POST", QUrl("https://as.example/t")).error().code, QString("dpop-invalid-key"));
    const DpopProofFactory p384(Jwk::generate(JwsAlgorithm::ES384).value());
    QCOMPARE(p384.create("POST", QUrl("https://as.example/t")).error().code, QString("dpop-invalid-key"));
    QCOMPARE(DpopProofFactory(Jwk()).create("POST", QUrl("https://as.example/t")).error().code,
        QString("dpop-invalid-key"));
}

void TestDpopProofFactory::rejectsUnusableUrls()
{
    const DpopProofFactory factory(m_key);
    QCOMPARE(factory.create("POST", QUrl("ftp://as.example/t")).error().code, QString("dpop-invalid-url"));
    QCOMPARE(factory.create("POST", QUrl("/relative/path")).error().code, QString("dpop-invalid-url"));
    QCOMPARE(factory.create("POST", QUrl()).error().code, QString("dpop-invalid-url"));
    QCOMPARE(factory.create("", QUrl("https://as.example/t")).error().code, QString("dpop-invalid-url"));
}

QTEST_APPLESS_MAIN(TestDpopProofFactory)
#include "TestDpopProofFactory.moc"
