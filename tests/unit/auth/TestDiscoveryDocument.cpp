#include "core/auth/DiscoveryDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Meldeklient::Auth;

namespace {

const QString Issuer = "https://helseid-sts.test.nhn.no";

// Shaped like HelseID's test discovery document (helseid.md §1 "Environments").
QJsonObject helseIdDiscovery()
{
    return {{"issuer", Issuer}, {"jwks_uri", QString(Issuer + "/.well-known/openid-configuration/jwks")},
        {"authorization_endpoint", QString(Issuer + "/connect/authorize")}, {"token_endpoint", QString(Issuer + "/connect/token")},
        {"pushed_authorization_request_endpoint", QString(Issuer + "/connect/par")},
        {"end_session_endpoint", QString(Issuer + "/connect/endsession")},
        {"id_token_signing_alg_values_supported", QJsonArray {"RS256"}},
        {"dpop_signing_alg_values_supported", QJsonArray {"RS256", "PS256", "ES256"}},
        {"code_challenge_methods_supported", QJsonArray {"plain", "S256"}},
        {"authorization_response_iss_parameter_supported", true}, {"grant_types_supported", QJsonArray {"x"}}};
}

QByteArray text(const QJsonObject& json)
{
    return QJsonDocument(json).toJson();
}

QString errorCode(const QJsonObject& json, const QString& issuer = Issuer)
{
    const auto parsed = DiscoveryDocument::parse(text(json), issuer);
    return parsed.isOk() ? QString() : parsed.error().code;
}

} // namespace

class TestDiscoveryDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesHelseIdDocument();
    void endSessionIsOptional();
    void loopbackHttpAllowed();
    void rejects_data();
    void rejects();
    void acceptableEndpoint_data();
    void acceptableEndpoint();
};

void TestDiscoveryDocument::parsesHelseIdDocument()
{
    const auto discovery = DiscoveryDocument::parse(text(helseIdDiscovery()), Issuer);
    QVERIFY(discovery.isOk());
    QCOMPARE(discovery->issuer(), Issuer);
    QCOMPARE(discovery->authorizationEndpoint(), QUrl(Issuer + "/connect/authorize"));
    QCOMPARE(discovery->tokenEndpoint(), QUrl(Issuer + "/connect/token"));
    QCOMPARE(discovery->pushedAuthorizationRequestEndpoint(), QUrl(Issuer + "/connect/par"));
    QCOMPARE(discovery->jwksUri(), QUrl(Issuer + "/.well-known/openid-configuration/jwks"));
    QCOMPARE(discovery->endSessionEndpoint(), QUrl(Issuer + "/connect/endsession"));
    QCOMPARE(discovery->idTokenSigningAlgorithms(), QStringList({"RS256"}));
    QCOMPARE(discovery->dpopSigningAlgorithms(), QStringList({"RS256", "PS256", "ES256"}));
    QVERIFY(discovery->authorizationResponseIssParameterSupported());
}

void TestDiscoveryDocument::endSessionIsOptional()
{
    QJsonObject json = helseIdDiscovery();
    json.remove("end_session_endpoint");
    json.remove("code_challenge_methods_supported");
    json.remove("authorization_response_iss_parameter_supported");
    const auto discovery = DiscoveryDocument::parse(text(json), Issuer);
    QVERIFY(discovery.isOk());
    QVERIFY(discovery->endSessionEndpoint().isEmpty());
    QVERIFY(!discovery->authorizationResponseIssParameterSupported());
}

void TestDiscoveryDocument::loopbackHttpAllowed()
{
    // The oidc-provider test harness runs on loopback without TLS.
    const QString local = "http://127.0.0.1:3000";
    const QJsonObject json {{"issuer", local}, {"authorization_endpoint", QString(local + "/auth")},
        {"token_endpoint", QString(local + "/token")}, {"pushed_authorization_request_endpoint", QString(local + "/request")},
        {"jwks_uri", "http://localhost:3000/jwks"}};
    QVERIFY(DiscoveryDocument::parse(text(json), local).isOk());
}

void TestDiscoveryDocument::rejects_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("code");
    const QJsonObject good = helseIdDiscovery();
    const auto with = [&good](const QString& member, const QJsonValue& value) {
        QJsonObject object = good;
        object.insert(member, value);
        return object;
    };
    const auto without = [&good](const QString& member) {
        QJsonObject object = good;
        object.remove(member);
        return object;
    };
    QTest::newRow("issuer trailing slash") << with("issuer", QString(Issuer + "/")) << "discovery-issuer-mismatch";
    QTest::newRow("issuer other host") << with("issuer", "https://helseid-sts.nhn.no") << "discovery-issuer-mismatch";
    QTest::newRow("issuer upper case") << with("issuer", "https://HELSEID-sts.test.nhn.no") << "discovery-issuer-mismatch";
    QTest::newRow("issuer missing") << without("issuer") << "discovery-issuer-mismatch";
    QTest::newRow("issuer not a string") << with("issuer", 1) << "discovery-malformed";
    QTest::newRow("no authorization endpoint") << without("authorization_endpoint") << "discovery-missing-endpoint";
    QTest::newRow("no token endpoint") << without("token_endpoint") << "discovery-missing-endpoint";
    QTest::newRow("no PAR endpoint") << without("pushed_authorization_request_endpoint") << "discovery-missing-endpoint";
    QTest::newRow("no jwks_uri") << without("jwks_uri") << "discovery-missing-endpoint";
    QTest::newRow("token endpoint null") << with("token_endpoint", QJsonValue::Null) << "discovery-missing-endpoint";
    QTest::newRow("http token endpoint") << with("token_endpoint", "http://helseid-sts.test.nhn.no/connect/token")
                                         << "discovery-insecure-endpoint";
    QTest::newRow("http jwks") << with("jwks_uri", "http://evil.example/jwks") << "discovery-insecure-endpoint";
    QTest::newRow("http end session") << with("end_session_endpoint", "http://x.example/end")
                                      << "discovery-insecure-endpoint";
    QTest::newRow("relative endpoint") << with("token_endpoint", "/connect/token") << "discovery-invalid-endpoint";
    QTest::newRow("endpoint with fragment") << with("token_endpoint", QString(Issuer + "/token#x")) << "discovery-invalid-endpoint";
    QTest::newRow("javascript endpoint") << with("authorization_endpoint", "javascript:alert(1)")
                                         << "discovery-invalid-endpoint";
    QTest::newRow("ftp endpoint") << with("jwks_uri", "ftp://helseid-sts.test.nhn.no/jwks") << "discovery-invalid-endpoint";
    QTest::newRow("endpoint not a string") << with("token_endpoint", QJsonArray {"https://a"}) << "discovery-malformed";
    QTest::newRow("alg list not an array") << with("id_token_signing_alg_values_supported", "RS256")
                                           << "discovery-malformed";
    QTest::newRow("alg list with number") << with("id_token_signing_alg_values_supported", QJsonArray {1})
                                          << "discovery-malformed";
    QTest::newRow("iss flag not bool") << with("authorization_response_iss_parameter_supported", "true")
                                       << "discovery-malformed";
    QTest::newRow("PKCE plain only") << with("code_challenge_methods_supported", QJsonArray {"plain"})
                                     << "discovery-no-s256";
}

void TestDiscoveryDocument::rejects()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, code);
    QCOMPARE(errorCode(json), code);
}

void TestDiscoveryDocument::acceptableEndpoint_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("https") << QUrl("https://a.example/x") << true;
    QTest::newRow("http 127.0.0.1") << QUrl("http://127.0.0.1:8089/x") << true;
    QTest::newRow("http 127.1.2.3") << QUrl("http://127.1.2.3/x") << true;
    QTest::newRow("http ::1") << QUrl("http://[::1]:80/x") << true;
    QTest::newRow("http localhost") << QUrl("http://localhost/x") << true;
    QTest::newRow("http LAN") << QUrl("http://192.168.1.2/x") << false;
    QTest::newRow("http localhost.evil") << QUrl("http://localhost.evil.example/x") << false;
    QTest::newRow("http 127.0.0.1.nip.io") << QUrl("http://127.0.0.1.nip.io/x") << false;
    QTest::newRow("ws") << QUrl("ws://127.0.0.1/x") << false;
}

void TestDiscoveryDocument::acceptableEndpoint()
{
    QFETCH(QUrl, url);
    QFETCH(bool, acceptable);
    QCOMPARE(DiscoveryDocument::isAcceptableEndpoint(url), acceptable);
}

QTEST_APPLESS_MAIN(TestDiscoveryDocument)
#include "TestDiscoveryDocument.moc"
