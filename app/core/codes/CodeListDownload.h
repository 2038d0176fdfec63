#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Meldeklient::Codes {

// Downloads one code-list file: https only (plain http to loopback for the sandbox), a size limit, a timeout, and
// the raw bytes with their SHA-256 on success. Error codes: codes-url-insecure, codes-http (the server's status),
// codes-network, codes-timeout, codes-too-large.
class CodeListDownload : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxBytes = 128LL * 1024 * 1024;
    static constexpr int timeoutMs = 120000;

    struct Body {
        QByteArray bytes;
        QString sha256;     // hex
        QByteArray contentType;
    };

    explicit CodeListDownload(QNetworkAccessManager* network, QObject* parent = nullptr);

    // `accept` is sent as the Accept header (Klass chooses its format by it).
    void start(const QUrl& url, const QByteArray& accept = QByteArrayLiteral("application/json"));
    bool isFinished() const { return m_result.has_value(); }
    const Result<Body>& result() const { return *m_result; }

    static Result<void> checkUrl(const QUrl& url);

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void finish(Result<Body> result);

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    std::optional<Result<Body>> m_result;
    bool m_tooLarge = false;
};

} // namespace Meldeklient::Codes
