#include "core/config/Environment.h"

#include <QTest>

using namespace Meldeklient::Config;

class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void builtInsHaveTheirIssuers();
    void unknownNameIsRefused();
    void overridesApplyToTestEnvironments();
    void productionIssuerCannotBeRedirected();
    void scopesIncludeIdentityAndApi();

private:
    void clearOverrides();
};

void TestEnvironment::clearOverrides()
{
    for (const char* name : {"MELDEKLIENT_ENVIRONMENT", "MELDEKLIENT_ISSUER", "MELDEKLIENT_CLIENT_ID",
             "MELDEKLIENT_REDIRECT_PORT"})
        qunsetenv(name);
}

void TestEnvironment::init()
{
    clearOverrides();
}

void TestEnvironment::builtInsHaveTheirIssuers()
{
    QCOMPARE(Environment::sandbox().issuer, QStringLiteral("http://127.0.0.1:%1").arg(Environment::SandboxPort));
    QVERIFY(Environment::sandbox().isTest);
    QCOMPARE(Environment::helseIdTest().issuer, QStringLiteral("https://helseid-sts.test.nhn.no"));
    QVERIFY(Environment::helseIdTest().isTest);
    QCOMPARE(Environment::helseIdProduction().issuer, QStringLiteral("https://helseid-sts.nhn.no"));
    QVERIFY(!Environment::helseIdProduction().isTest);
    QCOMPARE(Environment::byName("production")->name, QStringLiteral("production"));
    QCOMPARE(Environment::helseIdProduction().keychainService(), QStringLiteral("no.meldeklient.production"));
    QVERIFY(Environment::sandbox().keychainService() != Environment::helseIdTest().keychainService());
    // Default is the sandbox.
    QCOMPARE(Environment::fromProcessEnvironment()->name, QStringLiteral("sandbox"));
}

void TestEnvironment::unknownNameIsRefused()
{
    QVERIFY(!Environment::byName("prod").has_value());
    qputenv("MELDEKLIENT_ENVIRONMENT", "staging");
    QVERIFY(!Environment::fromProcessEnvironment().has_value());
    // An explicit choice (command line) wins over the variable.
    QCOMPARE(Environment::fromProcessEnvironment("test")->name, QStringLiteral("test"));
    qputenv("MELDEKLIENT_ENVIRONMENT", "test");
    QVERIFY(!Environment::fromProcessEnvironment("staging").has_value());
}

void TestEnvironment::overridesApplyToTestEnvironments()
{
    qputenv("MELDEKLIENT_ENVIRONMENT", "sandbox");
    qputenv("MELDEKLIENT_ISSUER", "http://127.0.0.1:4711");
    qputenv("MELDEKLIENT_CLIENT_ID", "my-client");
    qputenv("MELDEKLIENT_REDIRECT_PORT", "8089");
    const auto environment = Environment::fromProcessEnvironment();
    QVERIFY(environment.has_value());
    QCOMPARE(environment->issuer, QStringLiteral("http://127.0.0.1:4711"));
    QCOMPARE(environment->clientId, QStringLiteral("my-client"));
    QCOMPARE(environment->redirectPort, quint16(8089));
    clearOverrides();
}

void TestEnvironment::productionIssuerCannotBeRedirected()
{
    qputenv("MELDEKLIENT_ENVIRONMENT", "production");
    qputenv("MELDEKLIENT_ISSUER", "http://127.0.0.1:4711");
    qputenv("MELDEKLIENT_CLIENT_ID", "customer-client");
    const auto environment = Environment::fromProcessEnvironment();
    QCOMPARE(environment->issuer, QStringLiteral("https://helseid-sts.nhn.no"));
    QCOMPARE(environment->clientId, QStringLiteral("customer-client"));
    clearOverrides();
}

void TestEnvironment::scopesIncludeIdentityAndApi()
{
    const QStringList scopes = Environment::helseIdTest().scopes();
    QVERIFY(scopes.contains("openid"));
    QVERIFY(scopes.contains("offline_access"));
    QVERIFY(scopes.contains("helseid://scopes/hpr/hpr_number"));
    QVERIFY(scopes.contains("helseid://scopes/identity/security_level"));
    QVERIFY(scopes.contains("nhn:dodsmelding/api"));
    QCOMPARE(Environment::helseIdTest().apiResources.first(), QStringLiteral("nhn:dodsmelding"));
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "TestEnvironment.moc"
