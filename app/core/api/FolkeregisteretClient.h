#pragma once

#include "core/api/SubmitOutcome.h"
#include "core/common/Result.h"
#include "core/config/FolkeregisteretSettings.h"
#include "core/outbox/FeedPosition.h"
#include "core/outbox/RegisterDecision.h"
#include "core/outbox/SendClaim.h"

#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Meldeklient {
class SecretStore;
}
namespace Meldeklient::Auth {
class HttpExchange;
struct HttpResponse;
} // namespace Meldeklient::Auth

namespace Meldeklient::Api {

// Skatteetaten's Folkeregisteret API for births over mutual TLS with the organisation certificate
// (OrganisationCertificate): sends a birth item's frozen foedselsmelding (FolkeregisteretMottakTransport) and reads
// the decision feed. Answers are classified by the one ResponseClassifier: 202 with a receipt is
// AcceptedForProcessing, 4xx Rejected with the register's message, 5xx/429/timeouts Transient. A certificate that is
// missing, unreadable or refused is Transient with a birth-certificate-* code (the content is fine; IT must act),
// never a sign-in matter. TLS for every host that is not loopback (Auth::HttpExchange).
class FolkeregisteretClient : public QObject
{
    Q_OBJECT

public:
    using SubmitCallback = std::function<void(const SubmitOutcome&)>;
    struct FeedAnswer {
        bool notModified = false;                   // 304: nothing new since the ETag
        QList<Outbox::RegisterDecision> decisions;  // in sequence order
        QByteArray etag;
    };
    using FeedCallback = std::function<void(const Result<FeedAnswer>&)>;
    static constexpr int DefaultTimeoutMs = 30000;

    FolkeregisteretClient(QNetworkAccessManager* network, SecretStore& secrets,
        Config::FolkeregisteretSettings settings, int requestTimeoutMs = DefaultTimeoutMs, QObject* parent = nullptr);
    ~FolkeregisteretClient() override;

    // Errors: "birth-not-configured" (no address: the sandbox without MELDEKLIENT_FOLKEREGISTERET_URL),
    // "insecure-endpoint" (http to a host that is not loopback), "api-invalid-url".
    static Result<void> checkBaseUrl(const QUrl& baseUrl);
    const Config::FolkeregisteretSettings& settings() const { return m_settings; }

    // Sends one claimed birth item; the callback runs once, later.
    void submit(const Outbox::SendClaim& claim, SubmitCallback callback);
    // Reads the decision feed from `position` (If-None-Match with its ETag). Errors: checkBaseUrl's, the
    // certificate's, "feed-unavailable" (no answer, or not 200/304), DecisionFeedParser's "feed-invalid".
    void readFeed(const Outbox::FeedPosition& position, FeedCallback callback);

private:
    Result<QSslConfiguration> tls();
    void later(std::function<void()> work);

    Auth::HttpExchange* m_http;
    SecretStore& m_secrets;
    Config::FolkeregisteretSettings m_settings;
    int m_timeoutMs;
    std::optional<QSslConfiguration> m_tls; // loaded once it works; a failure is tried again next time
};

} // namespace Meldeklient::Api
