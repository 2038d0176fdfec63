#pragma once

#include "core/auth/AuthClock.h"
#include "core/auth/HttpResponse.h"
#include "core/common/Result.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Meldeklient::Auth {

// HTTP for the sign-in: requests on the injected QNetworkAccessManager, no redirects followed (endpoints come from
// metadata), a transfer time limit, TLS for every host that is not loopback, and the clock corrected from the
// server's Date header (FAPI 2.0 Note 1). Logs method, host, path and status only: never queries or bodies.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    using Form = QList<QPair<QString, QString>>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Callback = std::function<void(const HttpResponse&)>;

    // Differences up to this are Date-header rounding, not a wrong clock.
    static constexpr qint64 ToleratedSkewSeconds = 5;

    HttpExchange(QNetworkAccessManager* network, AuthClock clock, QObject* parent = nullptr);

    // The transfer time limit for requests that do not set QNetworkRequest::transferTimeout() themselves.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // The callback runs once, later, from the event loop (also for refused URLs), unless this object is gone.
    void get(const QUrl& url, const Headers& headers, Callback callback);
    void postForm(const QUrl& url, const Form& form, const Headers& headers, Callback callback);
    void send(QNetworkRequest request, const QByteArray& method, const QByteArray& body, Callback callback);

    // https, or http to a loopback address. Error "insecure-endpoint".
    static Result<void> checkEndpoint(const QUrl& url);
    static QByteArray encodeForm(const Form& form);
    // IMF-fixdate (RFC 9110 §5.6.7); invalid when unparsable.
    static QDateTime parseHttpDate(const QByteArray& value);

private:
    void learnClock(const HttpResponse& response);

    QPointer<QNetworkAccessManager> m_network;
    AuthClock m_clock;
    int m_timeoutMs = 30000;
};

} // namespace Meldeklient::Auth
