#include "core/auth/HttpExchange.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Auth;

class TestHttpExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tlsRequiredExceptOnLoopback_data();
    void tlsRequiredExceptOnLoopback();
    void plainHttpToRemoteHostIsNeverSent();
    void formValuesArePercentEncoded();
    void httpDatesParse();
};

void TestHttpExchange::tlsRequiredExceptOnLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << "https://helseid-sts.nhn.no/connect/token" << true;
    QTest::newRow("loopback v4") << "http://127.0.0.1:47101/connect/token" << true;
    QTest::newRow("loopback v6") << "http://[::1]:47101/connect/token" << true;
    QTest::newRow("localhost") << "http://localhost:47101/connect/token" << true;
    QTest::newRow("http remote") << "http://helseid-sts.nhn.no/connect/token" << false;
    QTest::newRow("http lan") << "http://192.168.1.10/connect/token" << false;
    QTest::newRow("http lookalike") << "http://127.0.0.1.evil.example/connect/token" << false;
    QTest::newRow("ftp") << "ftp://helseid-sts.nhn.no/x" << false;
}

void TestHttpExchange::tlsRequiredExceptOnLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const Result<void> checked = HttpExchange::checkEndpoint(QUrl(url));
    QCOMPARE(checked.isOk(), accepted);
    if (!accepted) {
        QCOMPARE(checked.error().code, QStringLiteral("insecure-endpoint"));
        QVERIFY(checked.error().message.contains("https"));
    }
}

void TestHttpExchange::plainHttpToRemoteHostIsNeverSent()
{
    QNetworkAccessManager network;
    int created = 0;
    connect(&network, &QNetworkAccessManager::finished, this, [&created] { ++created; });
    HttpExchange http(&network, AuthClock());
    std::optional<HttpResponse> outcome;
    http.postForm(QUrl("http://helseid-sts.nhn.no/connect/token"), {{"a", "b"}}, {},
        [&outcome](const HttpResponse& response) { outcome = response; });
    QVERIFY(!outcome); // always asynchronous
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->status, 0);
    QCOMPARE(outcome->transportError.code, QStringLiteral("insecure-endpoint"));
    QCOMPARE(created, 0);
}

void TestHttpExchange::formValuesArePercentEncoded()
{
    QCOMPARE(HttpExchange::encodeForm({{"refresh_token", "a+b/c=d&e f"}, {"scope", "openid nhn:x/y"}}),
        QByteArray("refresh_token=a%2Bb%2Fc%3Dd%26e%20f&scope=openid%20nhn%3Ax%2Fy"));
}

void TestHttpExchange::httpDatesParse()
{
    const QDateTime parsed = HttpExchange::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toSecsSinceEpoch(), qint64(784111777));
    QVERIFY(!HttpExchange::parseHttpDate("yesterday").isValid());
    QVERIFY(!HttpExchange::parseHttpDate("").isValid());
}

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "TestHttpExchange.moc"
