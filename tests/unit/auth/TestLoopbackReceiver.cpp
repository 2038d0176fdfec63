#include "core/auth/LoopbackReceiver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Meldeklient;
using namespace Meldeklient::Auth;
using namespace std::chrono_literals;

// Real sockets on 127.0.0.1: the receiver is driven by an HTTP client exactly as a browser would.
class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackOnly();
    void validCallbackDeliversCodeAndClosePage();
    void otherPathsGet404AndAreIgnored();
    void postIsRefused();
    void wrongStateIsIgnoredAndTheSignInKeepsWaiting();
    void wrongIssuerIsRefused();
    void missingIssuerIsRefused();
    void providerErrorIsReported();
    void formEncodedDescriptionIsDecoded();
    void missingCodeIsReported();
    void timeoutEndsTheWait();
    void fixedPortIsUsed();
    void closesAfterFirstValidHit();

private:
    struct Reply {
        int status = 0;
        QByteArray body;
    };
    Reply get(const QUrl& url, const QByteArray& method = "GET");
    QUrl callback(const LoopbackReceiver& receiver, const QList<QPair<QString, QString>>& items);

    QNetworkAccessManager m_network;
    const QString m_issuer = QStringLiteral("https://helseid-sts.test.nhn.no");
};

TestLoopbackReceiver::Reply TestLoopbackReceiver::get(const QUrl& url, const QByteArray& method)
{
    QNetworkRequest request(url);
    QNetworkReply* reply = method == "GET" ? m_network.get(request) : m_network.post(request, QByteArray("x=1"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return {};
    Reply result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

QUrl TestLoopbackReceiver::callback(const LoopbackReceiver& receiver, const QList<QPair<QString, QString>>& items)
{
    QUrl url = receiver.redirectUri();
    QUrlQuery query;
    for (const auto& [key, value] : items)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url;
}

void TestLoopbackReceiver::listensOnLoopbackOnly()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    QVERIFY(receiver.port() != 0);
    QCOMPARE(receiver.redirectUri().toString(),
        QStringLiteral("http://127.0.0.1:%1/callback").arg(receiver.port()));
    // Bound to 127.0.0.1 only: the same port is still free on the wildcard address of another interface would be
    // hard to prove portably, so check what the server reports.
    const auto servers = receiver.findChildren<QTcpServer*>();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.first()->serverAddress(), QHostAddress(QHostAddress::LocalHost));
}

void TestLoopbackReceiver::validCallbackDeliversCodeAndClosePage()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("st-123", m_issuer, 10s);
    QSignalSpy codes(&receiver, &LoopbackReceiver::codeReceived);
    QSignalSpy failures(&receiver, &LoopbackReceiver::failed);
    const Reply reply = get(callback(receiver, {{"code", "c+o/d=e"}, {"state", "st-123"}, {"iss", m_issuer},
                                                   {"session_state", "x"}}));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("Du kan lukke denne fanen"));
    QVERIFY(reply.body.contains("You can close this tab"));
    QVERIFY(!reply.body.contains("c+o/d=e"));
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().first().toString(), QStringLiteral("c+o/d=e"));
    QCOMPARE(failures.size(), 0);
    QVERIFY(!receiver.isListening());
}

void TestLoopbackReceiver::otherPathsGet404AndAreIgnored()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("s", m_issuer, 10s);
    QSignalSpy codes(&receiver, &LoopbackReceiver::codeReceived);
    QSignalSpy failures(&receiver, &LoopbackReceiver::failed);
    QUrl favicon = receiver.redirectUri();
    favicon.setPath("/favicon.ico");
    QCOMPARE(get(favicon).status, 404);
    QUrl nested = callback(receiver, {{"code", "c"}, {"state", "s"}, {"iss", m_issuer}});
    nested.setPath("/callback/extra");
    QCOMPARE(get(nested).status, 404);
    QVERIFY(receiver.isListening());
    QCOMPARE(codes.size() + failures.size(), 0);
    QCOMPARE(get(callback(receiver, {{"code", "c"}, {"state", "s"}, {"iss", m_issuer}})).status, 200);
    QCOMPARE(codes.size(), 1);
}

void TestLoopbackReceiver::postIsRefused()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("s", m_issuer, 10s);
    QSignalSpy codes(&receiver, &LoopbackReceiver::codeReceived);
    QCOMPARE(get(callback(receiver, {{"code", "c"}, {"state", "s"}, {"iss", m_issuer}}), "POST").status, 405);
    QCOMPARE(codes.size(), 0);
    QVERIFY(receiver.isListening());
}

void TestLoopbackReceiver::wrongStateIsIgnoredAndTheSignInKeepsWaiting()
{
    // Issue 9 item 14: any local process can send a forged callback; it gets an error page and must not end the wait.
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("expected", m_issuer, 10s);
    QSignalSpy codes(&receiver, &LoopbackReceiver::codeReceived);
    QSignalSpy failures(&receiver, &LoopbackReceiver::failed);
    for (const QString& forged : {QStringLiteral("forged"), QString()}) {
        const Reply reply = get(callback(receiver, {{"code", "c"}, {"state", forged}, {"iss", m_issuer}}));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("Sign-in failed"));
    }
    const Reply error = get(callback(receiver, {{"error", "access_denied"}, {"state", "forged"}, {"iss", m_issuer}}));
    QCOMPARE(error.status, 400);
    QCOMPARE(codes.size(), 0);
    QCOMPARE(failures.size(), 0);
    QVERIFY(receiver.isListening());

    const Reply real = get(callback(receiver, {{"code", "real"}, {"state", "expected"}, {"iss", m_issuer}}));
    QCOMPARE(real.status, 200);
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().first().toString(), QStringLiteral("real"));
    QCOMPARE(failures.size(), 0);
    QVERIFY(!receiver.isListening());
}

void TestLoopbackReceiver::wrongIssuerIsRefused()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("s", m_issuer, 10s);
    QSignalSpy codes(&receiver, &LoopbackReceiver::codeReceived);
    QSignalSpy failures(&receiver, &LoopbackReceiver::failed);
    QCOMPARE(get(callback(receiver, {{"code", "c"}, {"state", "s"}, {"iss", "https://evil.example"}})).status, 400);
    QCOMPARE(codes.size(), 0);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().first().value<Error>().code, QStringLiteral("callback-issuer-mismatch"));
}

void TestLoopbackReceiver::missingIssuerIsRefused()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("s", m_issuer, 10s);
    QSignalSpy failures(&receiver, &LoopbackReceiver::failed);
    QCOMPARE(get(callback(receiver, {{"code", "c"}, {"state", "s"}})).status, 400);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().first().value<Error>().code, QStringLiteral("callback-issuer-mismatch"));
}

void TestLoopbackReceiver::providerErrorIsReported()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("s", m_issuer, 10s);
    QSignalSpy failures(&receiver, &LoopbackReceiver::failed);
    QCOMPARE(get(callback(receiver, {{"error", "access_denied"}, {"error_description", "User cancelled"},
                                        {"state", "s"}, {"iss", m_issuer}}))
                 .status,
        400);
    QCOMPARE(failures.size(), 1);
    const auto error = failures.first().first().value<Error>();
    QCOMPARE(error.code, QStringLiteral("callback-error"));
    QVERIFY(error.message.contains("access_denied"));
    QVERIFY(error.message.contains("User cancelled"));
}

// Issue 9 item 16: the provider's form-encoded text shows with spaces, not '+'; an encoded '+' stays a '+'.
void TestLoopbackReceiver::formEncodedDescriptionIsDecoded()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("s+1", m_issuer, 10s);
    QSignalSpy failures(&receiver, &LoopbackReceiver::failed);
    const QByteArray query = "error=access_denied&error_description=Ingen+tilgang+til+%C3%A6%C3%B8%C3%A5%2B&state=s%2B1&iss="
        + QUrl::toPercentEncoding(m_issuer);
    QCOMPARE(get(QUrl::fromEncoded(receiver.redirectUri().toEncoded() + '?' + query)).status, 400);
    QCOMPARE(failures.size(), 1);
    const QString message = failures.first().first().value<Error>().message;
    QVERIFY2(message.contains(QStringLiteral("Ingen tilgang til æøå+")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("Ingen+tilgang")));
}

void TestLoopbackReceiver::missingCodeIsReported()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("s", m_issuer, 10s);
    QSignalSpy failures(&receiver, &LoopbackReceiver::failed);
    QCOMPARE(get(callback(receiver, {{"state", "s"}, {"iss", m_issuer}})).status, 400);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().first().value<Error>().code, QStringLiteral("callback-missing-code"));
}

void TestLoopbackReceiver::timeoutEndsTheWait()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("s", m_issuer, 200ms);
    QSignalSpy failures(&receiver, &LoopbackReceiver::failed);
    QVERIFY(failures.wait(3000));
    QCOMPARE(failures.first().first().value<Error>().code, QStringLiteral("callback-timeout"));
    QVERIFY(!receiver.isListening());
}

void TestLoopbackReceiver::fixedPortIsUsed()
{
    quint16 freePort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        freePort = probe.serverPort();
    }
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen(freePort).isOk());
    QCOMPARE(receiver.port(), freePort);
    QCOMPARE(receiver.redirectUri().port(), int(freePort));
    // A second receiver on the same fixed port fails plainly.
    LoopbackReceiver clash;
    const Result<void> second = clash.listen(freePort);
    QVERIFY(!second.isOk());
    QCOMPARE(second.error().code, QStringLiteral("loopback-listen-failed"));
}

void TestLoopbackReceiver::closesAfterFirstValidHit()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen().isOk());
    receiver.expect("s", m_issuer, 10s);
    QSignalSpy codes(&receiver, &LoopbackReceiver::codeReceived);
    const QUrl url = callback(receiver, {{"code", "c"}, {"state", "s"}, {"iss", m_issuer}});
    QCOMPARE(get(url).status, 200);
    // A replay of the same URL finds nobody listening.
    QCOMPARE(get(url).status, 0);
    QCOMPARE(codes.size(), 1);
}

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "TestLoopbackReceiver.moc"
