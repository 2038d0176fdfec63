#include "core/api/FolkeregisteretClient.h"

#include "core/api/ApiLogging.h"
#include "core/api/DecisionFeedParser.h"
#include "core/api/FolkeregisteretMottakTransport.h"
#include "core/api/OrganisationCertificate.h"
#include "core/api/ResponseClassifier.h"
#include "core/auth/AuthClock.h"
#include "core/auth/HttpExchange.h"
#include "core/outbox/ItemKind.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace Meldeklient::Api {

namespace {
QUrl urlFor(const QUrl& base, const ApiRequest& request)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

SubmitOutcome transient(const Error& error)
{
    SubmitOutcome outcome;
    outcome.kind = SubmitOutcome::Kind::Transient;
    outcome.error = error;
    return outcome;
}
} // namespace

FolkeregisteretClient::FolkeregisteretClient(QNetworkAccessManager* network, SecretStore& secrets,
    Config::FolkeregisteretSettings settings, int requestTimeoutMs, QObject* parent)
    : QObject(parent)
    , m_http(new Auth::HttpExchange(network, Auth::AuthClock(), this))
    , m_secrets(secrets)
    , m_settings(std::move(settings))
    , m_timeoutMs(requestTimeoutMs)
{
}

FolkeregisteretClient::~FolkeregisteretClient() = default;

Result<void> FolkeregisteretClient::checkBaseUrl(const QUrl& baseUrl)
{
    if (baseUrl.isEmpty()) {
        return Error {QStringLiteral("birth-not-configured"),
            QCoreApplication::translate("Api",
                "No address is configured for Folkeregisteret in this environment (set FolkeregisteretUrl).")};
    }
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || baseUrl.hasQuery() || baseUrl.hasFragment()) {
        return Error {QStringLiteral("api-invalid-url"),
            QCoreApplication::translate("Api", "The Folkeregisteret address is not a valid base URL.")};
    }
    return Auth::HttpExchange::checkEndpoint(baseUrl);
}

void FolkeregisteretClient::later(std::function<void()> work)
{
    QTimer::singleShot(0, this, std::move(work));
}

Result<QSslConfiguration> FolkeregisteretClient::tls()
{
    if (m_tls)
        return *m_tls;
    Result<QSslConfiguration> loaded = OrganisationCertificate::load(m_settings, m_secrets);
    if (loaded)
        m_tls = loaded.value();
    return loaded;
}

void FolkeregisteretClient::submit(const Outbox::SendClaim& claim, SubmitCallback callback)
{
    const auto finishLater = [this, &callback](const SubmitOutcome& outcome) {
        later([callback, outcome] { callback(outcome); });
    };
    if (const Result<void> usable = checkBaseUrl(m_settings.baseUrl); !usable) {
        finishLater(transient(usable.error()));
        return;
    }
    const Result<ApiRequest> request = FolkeregisteretMottakTransport::render(claim.payload);
    if (!request) {
        SubmitOutcome outcome;
        outcome.kind = SubmitOutcome::Kind::Rejected;
        outcome.error = request.error();
        finishLater(outcome);
        return;
    }
    if (request->body.size() > ResponseClassifier::MaxRequestBytes) {
        finishLater(ResponseClassifier::tooLarge());
        return;
    }
    const Result<QSslConfiguration> certificate = tls();
    if (!certificate) {
        qCWarning(lcApi) << "birth item" << claim.id << "not sent:" << certificate.error().code;
        finishLater(transient(certificate.error()));
        return;
    }
    QNetworkRequest network(urlFor(m_settings.baseUrl, request.value()));
    network.setSslConfiguration(certificate.value());
    network.setHeader(QNetworkRequest::ContentTypeHeader, request->contentType);
    network.setRawHeader("Accept", "application/xml");
    network.setRawHeader("Idempotency-Key", request->idempotencyKey.toUtf8());
    network.setTransferTimeout(m_timeoutMs);
    const QString messageId = request->idempotencyKey;
    const qint64 id = claim.id;
    qCInfo(lcApi) << "sending outbox item" << id << Outbox::kindCode(claim.kind) << "attempt" << claim.attempt << "via"
                  << FolkeregisteretMottakTransport::Name;
    QPointer<FolkeregisteretClient> self(this);
    m_http->send(network, request->method, request->body,
        [self, id, messageId, callback = std::move(callback)](const Auth::HttpResponse& response) {
            if (!self)
                return;
            qCInfo(lcApi) << "POST" << FolkeregisteretMottakTransport::MottakPath << "->" << response.status
                          << "item" << id;
            if (response.status == 202 || (ResponseClassifier::isSuccess(response) && response.status != 204)) {
                const Result<StepResult> receipt = FolkeregisteretMottakTransport::parseReceipt(response.body, messageId);
                if (!receipt) {
                    callback(ResponseClassifier::unreadableAnswer(receipt.error()));
                    return;
                }
                SubmitOutcome outcome;
                outcome.kind = SubmitOutcome::Kind::AcceptedForProcessing;
                outcome.receipt.serverId = receipt->id;
                outcome.receipt.receivedAt = QDateTime::currentDateTimeUtc();
                outcome.receipt.responseBody = response.body;
                callback(outcome);
                return;
            }
            SubmitOutcome outcome = ResponseClassifier::classifyFailure(response, QDateTime::currentDateTimeUtc());
            if (outcome.kind == SubmitOutcome::Kind::SignInRequired) {
                // 401/403 here is the certificate (Skatteetaten knows no HelseID sign-in): IT's matter, kept waiting.
                outcome.kind = SubmitOutcome::Kind::Transient;
                outcome.error = Error {QStringLiteral("birth-certificate-refused"),
                    QCoreApplication::translate("Api",
                        "Folkeregisteret refused the organisation certificate. IT must check that the certificate is "
                        "valid and registered with Skatteetaten for this organisation.")};
            }
            callback(outcome);
        });
}

void FolkeregisteretClient::readFeed(const Outbox::FeedPosition& position, FeedCallback callback)
{
    const auto failLater = [this, &callback](const Error& error) {
        later([callback, error] { callback(error); });
    };
    if (const Result<void> usable = checkBaseUrl(m_settings.baseUrl); !usable) {
        failLater(usable.error());
        return;
    }
    const Result<QSslConfiguration> certificate = tls();
    if (!certificate) {
        failLater(certificate.error());
        return;
    }
    const ApiRequest request = FolkeregisteretMottakTransport::feedRequest(position);
    QNetworkRequest network(urlFor(m_settings.baseUrl, request));
    network.setSslConfiguration(certificate.value());
    network.setRawHeader("Accept", "application/json");
    if (!position.etag.isEmpty())
        network.setRawHeader("If-None-Match", position.etag);
    network.setTransferTimeout(m_timeoutMs);
    const qint64 from = position.nextSequence;
    QPointer<FolkeregisteretClient> self(this);
    m_http->send(network, request.method, {}, [self, from, callback = std::move(callback)](const Auth::HttpResponse& response) {
        if (!self)
            return;
        qCInfo(lcApi) << "GET" << FolkeregisteretMottakTransport::FeedPath << "->" << response.status;
        FeedAnswer answer;
        answer.etag = response.header("ETag");
        if (response.status == 304) {
            answer.notModified = true;
            callback(answer);
            return;
        }
        if (response.status != 200) {
            const SubmitOutcome failed = ResponseClassifier::classifyFailure(response, QDateTime::currentDateTimeUtc());
            callback(Error {QStringLiteral("feed-unavailable"),
                QCoreApplication::translate("Api", "Folkeregisteret's decision feed could not be read: %1")
                    .arg(failed.error.message)});
            return;
        }
        Result<QList<Outbox::RegisterDecision>> decisions = DecisionFeedParser::parse(response.body, from);
        if (!decisions) {
            callback(decisions.error());
            return;
        }
        answer.decisions = std::move(decisions).value();
        callback(answer);
    });
}

} // namespace Meldeklient::Api
