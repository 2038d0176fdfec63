#include "core/auth/AuthorizationRequest.h"
#include "core/auth/jose/Pkce.h"

#include <QTest>
#include <QUrlQuery>

using namespace Meldeklient;
using namespace Meldeklient::Auth;

class TestAuthorizationRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshRandomValuesEachTime();
    void parametersFollowHelseIdPar();
    void acrValuesPerIdentityProvider();
    void testIdpOnlyInTestEnvironments();
    void authorizeUrlCarriesOnlyClientIdAndRequestUri();

private:
    static QString value(const HttpExchange::Form& form, const QString& key)
    {
        for (const auto& [name, content] : form) {
            if (name == key)
                return content;
        }
        return {};
    }
    static QStringList values(const HttpExchange::Form& form, const QString& key)
    {
        QStringList found;
        for (const auto& [name, content] : form) {
            if (name == key)
                found.append(content);
        }
        return found;
    }
};

void TestAuthorizationRequest::freshRandomValuesEachTime()
{
    const QUrl redirect("http://127.0.0.1:5000/callback");
    const Result<AuthorizationRequest> first = AuthorizationRequest::create(redirect);
    const Result<AuthorizationRequest> second = AuthorizationRequest::create(redirect);
    QVERIFY(first.isOk() && second.isOk());
    QVERIFY(first->state != second->state);
    QVERIFY(first->nonce != second->nonce);
    QVERIFY(first->codeVerifier != second->codeVerifier);
    QVERIFY(first->state.size() >= 22); // 16+ random bytes
    QVERIFY(first->nonce.size() <= 64);  // FAPI 2.0 nonce limit
    QVERIFY(first->codeVerifier.size() >= 43);
}

void TestAuthorizationRequest::parametersFollowHelseIdPar()
{
    const Result<AuthorizationRequest> request = AuthorizationRequest::create(QUrl("http://127.0.0.1:5000/callback"));
    QVERIFY(request.isOk());
    const Result<HttpExchange::Form> form = request->parameters(Config::Environment::helseIdTest(), {});
    QVERIFY(form.isOk());
    QCOMPARE(value(*form, "response_type"), QStringLiteral("code"));
    QCOMPARE(value(*form, "redirect_uri"), QStringLiteral("http://127.0.0.1:5000/callback"));
    QCOMPARE(value(*form, "code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(value(*form, "code_challenge").toLatin1(), Jose::Pkce::challengeFor(request->codeVerifier));
    QCOMPARE(value(*form, "state"), request->state);
    QCOMPARE(value(*form, "nonce"), request->nonce);
    const QStringList scopes = value(*form, "scope").split(' ');
    QVERIFY(scopes.contains("openid"));
    QVERIFY(scopes.contains("offline_access"));
    QVERIFY(scopes.contains("helseid://scopes/identity/pid"));
    QVERIFY(scopes.contains("nhn:dodsmelding/api"));
    QCOMPARE(values(*form, "resource"), QStringList({"nhn:dodsmelding", "nhn:fodselsmelding"}));
    // The verifier itself never goes to the PAR endpoint; client authentication is added by the token client.
    for (const auto& [name, content] : *form) {
        QVERIFY(content.toLatin1() != request->codeVerifier);
        QVERIFY(name != "client_assertion");
    }
    QVERIFY(values(*form, "test_pid").isEmpty());
}

void TestAuthorizationRequest::acrValuesPerIdentityProvider()
{
    QCOMPARE(AuthorizationRequest::acrValues(IdentityProvider::HelseId), QStringLiteral("Level4"));
    QCOMPARE(AuthorizationRequest::acrValues(IdentityProvider::IdPorten), QStringLiteral("idp:idporten-oidc Level4"));
    QCOMPARE(AuthorizationRequest::acrValues(IdentityProvider::TestIdp), QStringLiteral("idp:testidp-oidc"));
    const Result<AuthorizationRequest> request = AuthorizationRequest::create(QUrl("http://127.0.0.1:1/callback"));
    SignInOptions options;
    options.provider = IdentityProvider::IdPorten;
    QCOMPARE(value(*request->parameters(Config::Environment::helseIdProduction(), options), "acr_values"),
        QStringLiteral("idp:idporten-oidc Level4"));
}

void TestAuthorizationRequest::testIdpOnlyInTestEnvironments()
{
    const Result<AuthorizationRequest> request = AuthorizationRequest::create(QUrl("http://127.0.0.1:1/callback"));
    SignInOptions options;
    options.provider = IdentityProvider::TestIdp;
    options.testPid = "14927604036";
    options.testSecurityLevel = "4";
    const Result<HttpExchange::Form> test = request->parameters(Config::Environment::helseIdTest(), options);
    QVERIFY(test.isOk());
    QCOMPARE(value(*test, "test_pid"), QStringLiteral("14927604036"));
    QCOMPARE(value(*test, "test_security_level"), QStringLiteral("4"));

    const Result<HttpExchange::Form> production
        = request->parameters(Config::Environment::helseIdProduction(), options);
    QVERIFY(!production.isOk());
    QCOMPARE(production.error().code, QStringLiteral("test-idp-not-allowed"));
    // Test parameters alone, with another IdP, are refused in production too.
    SignInOptions sneaky;
    sneaky.testSecurityLevel = "4";
    QCOMPARE(request->parameters(Config::Environment::helseIdProduction(), sneaky).error().code,
        QStringLiteral("test-idp-not-allowed"));
}

void TestAuthorizationRequest::authorizeUrlCarriesOnlyClientIdAndRequestUri()
{
    const QUrl url = AuthorizationRequest::authorizeUrl(QUrl("https://helseid-sts.test.nhn.no/connect/authorize"),
        "my client", "urn:ietf:params:oauth:request_uri:abc+def");
    const QUrlQuery query(url);
    QCOMPARE(query.queryItems().size(), 2);
    QCOMPARE(query.queryItemValue("client_id", QUrl::FullyDecoded), QStringLiteral("my client"));
    QCOMPARE(query.queryItemValue("request_uri", QUrl::FullyDecoded),
        QStringLiteral("urn:ietf:params:oauth:request_uri:abc+def"));
    QVERIFY(url.toString(QUrl::FullyEncoded).contains("abc%2Bdef"));
}

QTEST_GUILESS_MAIN(TestAuthorizationRequest)
#include "TestAuthorizationRequest.moc"
