#include "core/auth/HeadlessBrowser.h"

#include "core/auth/HttpExchange.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>

namespace Meldeklient::Auth {

HeadlessBrowser::HeadlessBrowser(QNetworkAccessManager* network, QObject* parent)
    : BrowserLauncher(parent)
    , m_network(network)
    , m_cookies(new QNetworkCookieJar(this))
{
}

void HeadlessBrowser::open(const QUrl& url)
{
    step(url, 0);
}

void HeadlessBrowser::step(const QUrl& url, int hops)
{
    if (const Result<void> secure = HttpExchange::checkEndpoint(url); !secure) {
        Q_EMIT navigationFailed(secure.error());
        return;
    }
    if (!m_network || hops > MaxRedirects) {
        Q_EMIT navigationFailed(Error {QStringLiteral("browser-redirect-loop"),
            QCoreApplication::translate("Auth", "The sign-in pages redirected too many times.")});
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    // Cookies are set by hand so that this browser's session never mixes with the injected manager's jar.
    const QList<QNetworkCookie> cookies = m_cookies->cookiesForUrl(url);
    if (!cookies.isEmpty()) {
        QByteArray header;
        for (const QNetworkCookie& cookie : cookies) {
            if (!header.isEmpty())
                header += "; ";
            header += cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
        }
        request.setRawHeader("Cookie", header);
    }
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, hops] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QVariant setCookies = reply->header(QNetworkRequest::SetCookieHeader);
        if (setCookies.isValid())
            m_cookies->setCookiesFromUrl(setCookies.value<QList<QNetworkCookie>>(), url);
        m_lastStatus = status;
        if (status >= 300 && status < 400) {
            const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (location.isEmpty()) {
                Q_EMIT navigationFailed(Error {QStringLiteral("browser-bad-redirect"),
                    QCoreApplication::translate("Auth", "A sign-in page redirected without a target.")});
                return;
            }
            step(url.resolved(location), hops + 1);
            return;
        }
        if (status == 0) {
            Q_EMIT navigationFailed(Error {QStringLiteral("browser-network-error"),
                QCoreApplication::translate("Auth", "The sign-in page could not be loaded: %1")
                    .arg(reply->errorString())});
            return;
        }
        if (status >= 400 && url.path() != u"/callback") {
            // The provider shows its errors as a page (JSON in the sandbox); pass its reason on.
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            const QString reason = body.value(QLatin1StringView("error_description")).toString().left(200);
            Q_EMIT navigationFailed(Error {QStringLiteral("browser-error-page"),
                QCoreApplication::translate("Auth", "The sign-in page answered HTTP %1. %2").arg(status).arg(reason)
                    .trimmed()});
            return;
        }
        Q_EMIT finished();
    });
}

} // namespace Meldeklient::Auth
