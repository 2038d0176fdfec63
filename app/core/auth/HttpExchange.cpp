#include "core/auth/HttpExchange.h"

#include "core/auth/DiscoveryDocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "meldeklient.auth.http", QtInfoMsg)

namespace Meldeklient::Auth {

namespace {
// Qt's errorString() is English only: in a Bokmål message it would mix two languages. Our own words, by kind.
QString networkErrorText(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("Auth", "the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("Auth", "the server closed the connection");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("Auth", "the server name was not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QCoreApplication::translate("Auth", "no answer in time");
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("Auth", "the secure connection (TLS) could not be set up");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate("Auth", "the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("Auth", "the proxy server did not let the connection through");
    default:
        break;
    }
    return QCoreApplication::translate("Auth", "network error %1").arg(int(error));
}
} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager* network, AuthClock clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(std::move(clock))
{
}

Result<void> HttpExchange::checkEndpoint(const QUrl& url)
{
    if (DiscoveryDocument::isAcceptableEndpoint(url))
        return {};
    return Error {QStringLiteral("insecure-endpoint"),
        QCoreApplication::translate("Auth",
            "Refusing to contact %1: sign-in endpoints must use https (plain http is allowed only on this computer).")
            .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo))};
}

QByteArray HttpExchange::encodeForm(const Form& form)
{
    QByteArray body;
    for (const auto& [key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QDateTime HttpExchange::parseHttpDate(const QByteArray& value)
{
    const QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return {};
    return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
}

void HttpExchange::get(const QUrl& url, const Headers& headers, Callback callback)
{
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    send(std::move(request), QByteArrayLiteral("GET"), {}, std::move(callback));
}

void HttpExchange::postForm(const QUrl& url, const Form& form, const Headers& headers, Callback callback)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    send(std::move(request), QByteArrayLiteral("POST"), encodeForm(form), std::move(callback));
}

void HttpExchange::send(QNetworkRequest request, const QByteArray& method, const QByteArray& body, Callback callback)
{
    const QUrl url = request.url();
    const auto refuse = [this, &callback](Error error) {
        HttpResponse response;
        response.transportError = std::move(error);
        QTimer::singleShot(0, this, [callback = std::move(callback), response] { callback(response); });
    };
    if (const Result<void> secure = checkEndpoint(url); !secure) {
        refuse(secure.error());
        return;
    }
    if (!m_network) {
        refuse(Error {QStringLiteral("network-unavailable"),
            QCoreApplication::translate("Auth", "The network connection is not available.")});
        return;
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // A caller with its own limit (API requests) sets it on the request; everything else gets the exchange's.
    if (request.transferTimeout() <= 0)
        request.setTransferTimeout(m_timeoutMs);
    if (request.rawHeader("Accept").isEmpty())
        request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, method, url, callback = std::move(callback)] {
        reply->deleteLater();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        qCDebug(lcHttp) << method << url.host() << url.path() << "->" << response.status;
        if (response.status == 0) {
            qCWarning(lcHttp) << method << url.host() << url.path() << "failed:" << reply->error();
            response.transportError = Error {QStringLiteral("network-error"),
                QCoreApplication::translate("Auth", "Could not reach %1: %2").arg(url.host(), networkErrorText(reply->error()))};
        } else {
            learnClock(response);
        }
        callback(response);
    });
}

void HttpExchange::learnClock(const HttpResponse& response)
{
    const QDateTime serverTime = parseHttpDate(response.header("Date"));
    if (!serverTime.isValid())
        return;
    const qint64 difference = serverTime.toSecsSinceEpoch() - m_clock.nowSeconds();
    if (qAbs(difference) > ToleratedSkewSeconds) {
        qCInfo(lcHttp) << "correcting the local clock for sign-in by" << difference << "seconds";
        m_clock.synchronizeTo(serverTime);
    }
}

} // namespace Meldeklient::Auth
