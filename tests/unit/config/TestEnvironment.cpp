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
    void apiBaseUrlsPerEnvironmentAndTransport();
    void apiOverridesApply();

private:
    void clearOverrides();
};

void TestEnvironment::clearOverrides()
{
    for (const char* name : {"MELDEKLIENT_ENVIRONMENT", "MELDEKLIENT_ISSUER", "MELDEKLIENT_CLIENT_ID",
             "MELDEKLIENT_REDIRECT_PORT", "MELDEKLIENT_API_TRANSPORT", "MELDEKLIENT_API_BASE_URL"})
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
    QCOMPARE(Environment::sandbox().keychainService(), QStringLiteral("no.meldeklient.sandbox"));
    // Another provider (a sandbox on another port) never shares the session entry of the default one.
    Environment elsewhere = Environment::sandbox();
    elsewhere.issuer = "http://127.0.0.1:40001";
    Environment another = Environment::sandbox();
    another.issuer = "http://127.0.0.1:40002";
    QVERIFY(elsewhere.keychainService().startsWith("no.meldeklient.sandbox."));
    QVERIFY(elsewhere.keychainService() != Environment::sandbox().keychainService());
    QVERIFY(elsewhere.keychainService() != another.keychainService());
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

void TestEnvironment::apiBaseUrlsPerEnvironmentAndTransport()
{
    const Environment sandbox = Environment::sandbox();
    QCOMPARE(sandbox.apiTransport, QStringLiteral("nhn-rest"));
    QCOMPARE(sandbox.apiBaseUrl(), QUrl(sandbox.issuer + "/dodsmelding/api"));
    QCOMPARE(sandbox.apiBaseUrl("nhn-fhir"), QUrl(sandbox.issuer + "/dodsmelding/fhir"));
    const Environment test = Environment::helseIdTest();
    QCOMPARE(test.apiTransport, QStringLiteral("nhn-rest"));
    QCOMPARE(test.apiBaseUrl(), QUrl("https://api.dodsmelding.test.nhn.no"));
    QCOMPARE(test.apiBaseUrl("nhn-fhir"), QUrl("https://fhir-dodsmelding.test.nhn.no"));
    QVERIFY(test.apiBaseUrl("soap").isEmpty());
    // Not published: the client refuses with api-not-configured until IT sets an address.
    QVERIFY(Environment::helseIdProduction().apiBaseUrl().isEmpty());
    QVERIFY(Environment::helseIdProduction().apiBaseUrl("nhn-fhir").isEmpty());
    // The sandbox API follows an overridden issuer (the sandbox's ephemeral port in tests).
    qputenv("MELDEKLIENT_ISSUER", "http://127.0.0.1:4711");
    QCOMPARE(Environment::fromProcessEnvironment("sandbox")->apiBaseUrl(), QUrl("http://127.0.0.1:4711/dodsmelding/api"));
}

void TestEnvironment::apiOverridesApply()
{
    qputenv("MELDEKLIENT_API_TRANSPORT", "nhn-fhir");
    QCOMPARE(Environment::fromProcessEnvironment("test")->apiTransport, QStringLiteral("nhn-fhir"));
    QCOMPARE(Environment::fromProcessEnvironment("test")->apiBaseUrl(), QUrl("https://fhir-dodsmelding.test.nhn.no"));
    qputenv("MELDEKLIENT_API_BASE_URL", "https://dodsmelding.example.no/api/");
    const auto production = Environment::fromProcessEnvironment("production");
    QCOMPARE(production->apiBaseUrl(), QUrl("https://dodsmelding.example.no/api/"));
    QCOMPARE(production->apiBaseUrl("nhn-rest"), QUrl("https://dodsmelding.example.no/api/"));
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "TestEnvironment.moc"
