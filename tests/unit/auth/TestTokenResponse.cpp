#include "core/auth/TokenResponse.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Auth;

class TestTokenResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDpopResponse();
    void bearerIsRefused();
    void malformedIsRefused_data();
    void malformedIsRefused();
};

void TestTokenResponse::parsesDpopResponse()
{
    const Result<TokenResponse> parsed = TokenResponse::parse(
        R"({"access_token":"at","token_type":"DPoP","expires_in":600,"refresh_token":"rt","rt_expires_in":28800,)"
        R"("id_token":"a.b.c","scope":"openid nhn:dodsmelding/api"})");
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed->accessToken, QByteArray("at"));
    QCOMPARE(parsed->expiresIn, qint64(600));
    QCOMPARE(parsed->refreshToken, QByteArray("rt"));
    QCOMPARE(parsed->refreshExpiresIn, qint64(28800));
    QCOMPARE(parsed->idToken, QByteArray("a.b.c"));
    // token_type is case-insensitive (RFC 6749 §5.1).
    QVERIFY(TokenResponse::parse(R"({"access_token":"at","token_type":"dpop","expires_in":1})").isOk());
}

void TestTokenResponse::bearerIsRefused()
{
    const Result<TokenResponse> parsed
        = TokenResponse::parse(R"({"access_token":"at","token_type":"Bearer","expires_in":600})");
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().code, QStringLiteral("token-not-dpop"));
    QVERIFY(parsed.error().message.contains("Bearer"));
}

void TestTokenResponse::malformedIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no access token") << QByteArray(R"({"token_type":"DPoP","expires_in":600})");
    QTest::newRow("empty access token") << QByteArray(R"({"access_token":"","token_type":"DPoP","expires_in":600})");
    QTest::newRow("numeric token") << QByteArray(R"({"access_token":5,"token_type":"DPoP","expires_in":600})");
    QTest::newRow("no expiry") << QByteArray(R"({"access_token":"at","token_type":"DPoP"})");
    QTest::newRow("zero expiry") << QByteArray(R"({"access_token":"at","token_type":"DPoP","expires_in":0})");
    QTest::newRow("string expiry") << QByteArray(R"({"access_token":"at","token_type":"DPoP","expires_in":"600"})");
    QTest::newRow("no type") << QByteArray(R"({"access_token":"at","expires_in":600})");
}

void TestTokenResponse::malformedIsRefused()
{
    QFETCH(QByteArray, json);
    const Result<TokenResponse> parsed = TokenResponse::parse(json);
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().code, QStringLiteral("token-malformed"));
}

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "TestTokenResponse.moc"
