#include "core/auth/ClientAssertionFactory.h"
#include "core/auth/jose/Jws.h"

#include <QJsonArray>
#include <QTest>

using namespace Meldeklient::Auth;
using namespace Meldeklient::Auth::Jose;

namespace {

constexpr qint64 Now = 1'700'000'000;
const QString ClientId = "helseid-desktop-client";
const QString Issuer = "https://helseid-sts.test.nhn.no";

} // namespace

class TestClientAssertionFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headerAndSignature();
    void claims();
    void freshJti();
    void lifetimeIsClamped();
    void authorizationDetails();
    void clockOffsetApplies();
    void otherAlgorithm();
    void rejectsIncompleteConfiguration();

private:
    Jws assertion(const ClientAssertionFactory& factory, const QJsonArray& details = {}) const;

    Jwk m_key;
};

void TestClientAssertionFactory::initTestCase()
{
    m_key = Jwk::generate(JwsAlgorithm::ES256).value();
}

Jws TestClientAssertionFactory::assertion(const ClientAssertionFactory& factory, const QJsonArray& details) const
{
    const auto compact = factory.create(details);
    if (!compact.isOk())
        qFatal("assertion not created");
    const auto jws = Jws::parse(compact.value(), AlgorithmAllowList::fapi());
    if (!jws.isOk() || !jws->verify(m_key).isOk())
        qFatal("assertion does not verify");
    return jws.value();
}

void TestClientAssertionFactory::headerAndSignature()
{
    const ClientAssertionFactory factory(ClientId, Issuer, m_key);
    const Jws jws = assertion(factory);
    QCOMPARE(jws.header().value("typ").toString(), QString("client-authentication+jwt"));
    QCOMPARE(jws.header().value("alg").toString(), QString("ES256"));
    QCOMPARE(jws.kid(), m_key.kid());
    QVERIFY(!jws.header().contains("jwk"));
    QCOMPARE(ClientAssertionFactory::assertionType(),
        QString("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
}

void TestClientAssertionFactory::claims()
{
    const ClientAssertionFactory factory(ClientId, Issuer, m_key, JwsAlgorithm::ES256, AuthClock([] { return Now; }));
    const QJsonObject claims = assertion(factory).payload();
    QCOMPARE(claims.value("iss").toString(), ClientId);
    QCOMPARE(claims.value("sub").toString(), ClientId);
    QVERIFY(claims.value("aud").isString()); // FAPI 2.0: a string, never an array
    QCOMPARE(claims.value("aud").toString(), Issuer);
    QCOMPARE(claims.value("iat").toInteger(), Now);
    QCOMPARE(claims.value("nbf").toInteger(), Now);
    QCOMPARE(claims.value("exp").toInteger(), Now + ClientAssertionFactory::DefaultLifetimeSeconds);
    QVERIFY(claims.value("exp").toInteger() - claims.value("iat").toInteger() <= 60);
    QVERIFY(!claims.value("jti").toString().isEmpty());
    QVERIFY(!claims.contains("authorization_details"));
}

void TestClientAssertionFactory::freshJti()
{
    const ClientAssertionFactory factory(ClientId, Issuer, m_key);
    QVERIFY(assertion(factory).payload().value("jti") != assertion(factory).payload().value("jti"));
}

void TestClientAssertionFactory::lifetimeIsClamped()
{
    ClientAssertionFactory factory(ClientId, Issuer, m_key, JwsAlgorithm::ES256, AuthClock([] { return Now; }));
    factory.setLifetimeSeconds(600);
    QCOMPARE(factory.lifetimeSeconds(), 60);
    QCOMPARE(assertion(factory).payload().value("exp").toInteger(), Now + 60);
    factory.setLifetimeSeconds(0);
    QCOMPARE(factory.lifetimeSeconds(), 1);
    factory.setLifetimeSeconds(45);
    QCOMPARE(assertion(factory).payload().value("exp").toInteger(), Now + 45);
}

void TestClientAssertionFactory::authorizationDetails()
{
    const QJsonArray details {QJsonObject {{"type", "helseid_authorization"},
        {"practitioner_role",
            QJsonObject {{"organization",
                QJsonObject {{"identifier",
                    QJsonObject {{"system", "urn:oid:2.16.578.1.12.4.1.2.101"}, {"type", "ENH"},
                        {"value", "999999999"}}}}}}}}};
    const ClientAssertionFactory factory(ClientId, Issuer, m_key);
    QCOMPARE(assertion(factory, details).payload().value("authorization_details").toArray(), details);
}

void TestClientAssertionFactory::clockOffsetApplies()
{
    AuthClock clock([] { return Now; });
    const ClientAssertionFactory factory(ClientId, Issuer, m_key, JwsAlgorithm::ES256, clock);
    clock.setOffsetSeconds(90);
    QCOMPARE(assertion(factory).payload().value("iat").toInteger(), Now + 90);
}

void TestClientAssertionFactory::otherAlgorithm()
{
    const Jwk ps = Jwk::generate(JwsAlgorithm::PS256).value();
    const ClientAssertionFactory factory(ClientId, Issuer, ps, JwsAlgorithm::PS256);
    const auto jws = Jws::parse(factory.create().value(), AlgorithmAllowList::fapi());
    QVERIFY(jws.isOk());
    QCOMPARE(jws->algorithm(), JwsAlgorithm::PS256);
    QVERIFY(jws->verify(ps).isOk());
}

void TestClientAssertionFactory::rejectsIncompleteConfiguration()
{
    QCOMPARE(ClientAssertionFactory({}, Issuer, m_key).create().error().code, QString("client-assertion-invalid"));
    QCOMPARE(ClientAssertionFactory(ClientId, {}, m_key).create().error().code, QString("client-assertion-invalid"));
    const Jwk publicOnly = Jwk::fromJson(m_key.toPublicJson()).value();
    QCOMPARE(ClientAssertionFactory(ClientId, Issuer, publicOnly).create().error().code,
        QString("client-assertion-invalid"));
    // An ES256 key asked to sign RS256 fails in the signer, not silently.
    QCOMPARE(ClientAssertionFactory(ClientId, Issuer, m_key, JwsAlgorithm::RS256).create().error().code,
        QString("jwt-key-mismatch"));
}

QTEST_APPLESS_MAIN(TestClientAssertionFactory)
#include "TestClientAssertionFactory.moc"
