#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace Meldeklient::Auth {

// The redirect target of the system browser (RFC 8252 §7.3): a one-shot HTTP listener on 127.0.0.1 that accepts
// exactly one `GET /callback` carrying the expected `state` and `iss` (RFC 9207). Anything else on another path gets
// 404 and is ignored; a callback with a wrong state gets an error page and is ignored too (any local process can send
// one, and it must not abort the sign-in); a callback with the right state but a wrong issuer ends the sign-in (a
// mix-up: only the real browser knows the state). Never listens on other interfaces, and never logs the request (it carries the code).
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackReceiver(QObject* parent = nullptr);
    ~LoopbackReceiver() override;

    // Port 0 picks an ephemeral port; a fixed port is for redirect URIs registered with a port (helseid.md R2).
    // Error code: "loopback-listen-failed".
    Result<void> listen(quint16 port = 0);
    quint16 port() const;
    // http://127.0.0.1:<port>/callback
    QUrl redirectUri() const;

    // Arms the receiver for one authorization response. `issuer` is compared exactly with the `iss` parameter.
    void expect(const QString& state, const QString& issuer, std::chrono::milliseconds timeout);
    void close();
    bool isListening() const;

Q_SIGNALS:
    // Exactly one of these is emitted per expect(); the listener is closed by then.
    void codeReceived(const QString& code);
    // Codes: "callback-timeout", "callback-issuer-mismatch", "callback-error"
    // (the provider said `error=`; the message carries its description), "callback-missing-code".
    void failed(const Meldeklient::Error& error);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handleRequest(QTcpSocket* socket, const QByteArray& method, const QByteArray& target);
    void finish(QTcpSocket* socket, int status, const QByteArray& page);
    void succeed(QTcpSocket* socket, const QString& code);
    void fail(QTcpSocket* socket, Error error);

    QTcpServer* m_server;
    QTimer m_timeout;
    QString m_state;
    QString m_issuer;
    bool m_armed = false;
};

} // namespace Meldeklient::Auth
