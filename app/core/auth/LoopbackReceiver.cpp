#include "core/auth/LoopbackReceiver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcLoopback, "meldeklient.auth.loopback", QtInfoMsg)

namespace Meldeklient::Auth {

namespace {
// A browser request head is well under this; anything larger is not our callback.
constexpr qsizetype MaxRequestHead = 16 * 1024;
// A connection that sends nothing useful (browsers open speculative ones) is dropped after this.
constexpr int ConnectionIdleMs = 10000;

QByteArray page(const QString& titleNb, const QString& textNb, const QString& titleEn, const QString& textEn)
{
    const QString html = u"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Meldeklient</title>"
                         u"<style>body{font-family:sans-serif;max-width:36em;margin:4em auto;line-height:1.5}</style>"
                         u"</head><body><h1>"
        + titleNb.toHtmlEscaped() + u"</h1><p>" + textNb.toHtmlEscaped() + u"</p><h2 lang=\"en\">"
        + titleEn.toHtmlEscaped() + u"</h2><p lang=\"en\">" + textEn.toHtmlEscaped() + u"</p></body></html>";
    return html.toUtf8();
}

QByteArray successPage()
{
    return page(QStringLiteral("Innloggingen er fullført"),
        QStringLiteral("Du kan lukke denne fanen og gå tilbake til Meldeklient."), QStringLiteral("Signed in"),
        QStringLiteral("You can close this tab and return to Meldeklient."));
}

QByteArray failurePage()
{
    return page(QStringLiteral("Innloggingen mislyktes"),
        QStringLiteral("Du kan lukke denne fanen. Meldeklient forteller hva som gikk galt."),
        QStringLiteral("Sign-in failed"), QStringLiteral("You can close this tab. Meldeklient tells you what went wrong."));
}

QByteArray notFoundPage()
{
    return QByteArrayLiteral("Not found\n");
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    default:
        return QByteArrayLiteral("Error");
    }
}

// The provider's error_description is shown to the user; keep it short and printable.
QString sanitizedDescription(const QString& text)
{
    QString cleaned;
    for (const QChar c : text.left(200)) {
        if (c.isPrint())
            cleaned.append(c);
    }
    return cleaned;
}
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_timeout.setSingleShot(true);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(nullptr,
            Error {QStringLiteral("callback-timeout"),
                QCoreApplication::translate("Auth",
                    "The sign-in in the browser was not completed in time. Please try again.")});
    });
}

LoopbackReceiver::~LoopbackReceiver() = default;

Result<void> LoopbackReceiver::listen(quint16 port)
{
    // LocalHost (127.0.0.1) only: QHostAddress::Any would make the callback reachable from the network.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcLoopback) << "cannot listen on loopback port" << port << m_server->errorString();
        return Error {QStringLiteral("loopback-listen-failed"),
            QCoreApplication::translate("Auth", "Cannot receive the sign-in response on local port %1: %2")
                .arg(port)
                .arg(m_server->errorString())};
    }
    return {};
}

quint16 LoopbackReceiver::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackReceiver::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/callback"));
    return url;
}

void LoopbackReceiver::expect(const QString& state, const QString& issuer, std::chrono::milliseconds timeout)
{
    m_state = state;
    m_issuer = issuer;
    m_armed = true;
    m_timeout.start(timeout);
}

void LoopbackReceiver::close()
{
    m_armed = false;
    m_timeout.stop();
    m_server->close();
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        QTimer::singleShot(ConnectionIdleMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket* socket)
{
    const QByteArray buffered = socket->peek(MaxRequestHead + 1);
    const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffered.size() > MaxRequestHead)
            finish(socket, 400, notFoundPage());
        return;
    }
    const QByteArray head = socket->read(headEnd + 4);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        finish(socket, 400, notFoundPage());
        return;
    }
    handleRequest(socket, requestLine.at(0), requestLine.at(1));
}

void LoopbackReceiver::handleRequest(QTcpSocket* socket, const QByteArray& method, const QByteArray& target)
{
    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (!url.isValid() || url.path() != u"/callback" || !m_armed) {
        finish(socket, 404, notFoundPage());
        return;
    }
    if (method != "GET") {
        finish(socket, 405, notFoundPage());
        return;
    }
    const QUrlQuery query(url);
    // The redirect's query is form-encoded (RFC 6749 §4.1.2, appendix B): '+' stands for a space, so the provider's
    // error_description reads "Ingen tilgang", not "Ingen+tilgang". A literal '+' arrives as %2B and stays.
    const auto value = [&query](const QString& key) {
        QString encoded = query.queryItemValue(key, QUrl::FullyEncoded);
        encoded.replace(u'+', QStringLiteral("%20"));
        return QUrl::fromPercentEncoding(encoded.toLatin1());
    };
    if (value(QStringLiteral("state")) != m_state) {
        // Not the answer to our request: any local process can reach this port, so a forged or stale callback gets
        // an error page and the sign-in keeps waiting for the real one (it cannot know the state).
        finish(socket, 400, failurePage());
        qCWarning(lcLoopback) << "authorization response with a wrong state ignored";
        return;
    }
    if (value(QStringLiteral("iss")) != m_issuer) {
        fail(socket,
            Error {QStringLiteral("callback-issuer-mismatch"),
                QCoreApplication::translate("Auth",
                    "The sign-in response came from an unexpected issuer (iss does not match %1). It was refused.")
                    .arg(m_issuer)});
        return;
    }
    const QString providerError = value(QStringLiteral("error"));
    if (!providerError.isEmpty()) {
        const QString description = sanitizedDescription(value(QStringLiteral("error_description")));
        fail(socket,
            Error {QStringLiteral("callback-error"),
                QCoreApplication::translate("Auth", "HelseID did not complete the sign-in (%1). %2")
                    .arg(sanitizedDescription(providerError), description)
                    .trimmed()});
        return;
    }
    const QString code = value(QStringLiteral("code"));
    if (code.isEmpty()) {
        fail(socket,
            Error {QStringLiteral("callback-missing-code"),
                QCoreApplication::translate("Auth", "The sign-in response carried no authorization code.")});
        return;
    }
    succeed(socket, code);
}

void LoopbackReceiver::finish(QTcpSocket* socket, int status, const QByteArray& body)
{
    const bool html = body.startsWith("<!DOCTYPE");
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    response += html ? QByteArrayLiteral("Content-Type: text/html; charset=utf-8\r\n")
                     : QByteArrayLiteral("Content-Type: text/plain; charset=utf-8\r\n");
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page must not be cached, and the callback URL (it holds the code) must not leak as a Referer.
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

void LoopbackReceiver::succeed(QTcpSocket* socket, const QString& code)
{
    finish(socket, 200, successPage());
    close();
    qCInfo(lcLoopback) << "authorization response accepted";
    Q_EMIT codeReceived(code);
}

void LoopbackReceiver::fail(QTcpSocket* socket, Error error)
{
    if (socket)
        finish(socket, 400, failurePage());
    close();
    qCWarning(lcLoopback) << "authorization response refused:" << error.code;
    Q_EMIT failed(error);
}

} // namespace Meldeklient::Auth
