#include "core/auth/HttpExchange.h"
#include "core/common/Translations.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTcpServer>
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
    void requestTimeoutReplacesTheDefault();
    void networkErrorsAreInOneLanguage();
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

void TestHttpExchange::requestTimeoutReplacesTheDefault()
{
    // A server that accepts and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QNetworkAccessManager network;
    HttpExchange http(&network, AuthClock());
    http.setTimeoutMs(60000);
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(silent.serverPort())));
    request.setTransferTimeout(300);
    std::optional<HttpResponse> outcome;
    QElapsedTimer elapsed;
    elapsed.start();
    http.send(request, "GET", {}, [&outcome](const HttpResponse& response) { outcome = response; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QCOMPARE(outcome->status, 0);
    QCOMPARE(outcome->transportError.code, QStringLiteral("network-error"));
    QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));

    // Without its own limit the exchange's applies.
    http.setTimeoutMs(300);
    outcome.reset();
    elapsed.restart();
    http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/other").arg(silent.serverPort())), {},
        [&outcome](const HttpResponse& response) { outcome = response; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QCOMPARE(outcome->status, 0);
    QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
}

// Issue 9 item 16: a network failure reads in the user's language throughout, never with Qt's English errorString.
void TestHttpExchange::networkErrorsAreInOneLanguage()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: connection refused
    QVERIFY(Translations::install(QStringLiteral("nb")));
    QNetworkAccessManager network;
    HttpExchange http(&network, AuthClock());
    std::optional<HttpResponse> outcome;
    http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)), {},
        [&outcome](const HttpResponse& response) { outcome = response; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    const QString message = outcome->transportError.message;
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY2(!message.contains(QStringLiteral("Connection refused")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("avvist")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "TestHttpExchange.moc"
