#include "core/codes/CodeListDownload.h"

#include "core/codes/CodesLogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Meldeklient::Codes {

CodeListDownload::CodeListDownload(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

Result<void> CodeListDownload::checkUrl(const QUrl& url)
{
    const bool loopback = QHostAddress(url.host()).isLoopback() || url.host() == u"localhost";
    if (!url.isValid() || (url.scheme() != u"https" && !(url.scheme() == u"http" && loopback))) {
        return Result<void>::failure(QStringLiteral("codes-url-insecure"),
            QCoreApplication::translate("Codes", "Code lists are fetched over https only (plain http only from this "
                                                 "computer): %1")
                .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    }
    return {};
}

void CodeListDownload::start(const QUrl& url, const QByteArray& accept)
{
    m_result.reset();
    m_tooLarge = false;
    if (Result<void> ok = checkUrl(url); !ok) {
        finish(ok.error());
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", accept);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            m_tooLarge = true;
            m_reply->abort(); // finished() follows with OperationCanceledError
            return;
        }
        Q_EMIT progress(received, total);
    });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply* reply = m_reply;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_tooLarge) {
            finish(Error {QStringLiteral("codes-too-large"),
                QCoreApplication::translate("Codes", "The file is larger than %1 MB and was not downloaded.")
                    .arg(maxBytes / (1024 * 1024))});
            return;
        }
        // The transfer timeout aborts the request.
        if (reply->error() == QNetworkReply::TimeoutError || reply->error() == QNetworkReply::OperationCanceledError) {
            finish(Error {QStringLiteral("codes-timeout"), QCoreApplication::translate("Codes", "The download timed out.")});
            return;
        }
        if (status >= 400 || (reply->error() != QNetworkReply::NoError && status > 0)) {
            finish(Error {QStringLiteral("codes-http"),
                QCoreApplication::translate("Codes", "The server answered %1; the current list is kept.").arg(status)});
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            finish(Error {QStringLiteral("codes-network"),
                QCoreApplication::translate("Codes", "The code list could not be downloaded: %1").arg(reply->errorString())});
            return;
        }
        Body body;
        body.bytes = reply->readAll();
        body.sha256 = QString::fromLatin1(QCryptographicHash::hash(body.bytes, QCryptographicHash::Sha256).toHex());
        body.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        qCInfo(lcCodes) << "Downloaded" << reply->url().path() << body.bytes.size() << "bytes";
        finish(std::move(body));
    });
}

void CodeListDownload::finish(Result<Body> result)
{
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace Meldeklient::Codes
