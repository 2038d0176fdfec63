#include "core/api/ApiClient.h"

#include "core/api/ApiErrorParser.h"
#include "core/api/ApiLogging.h"
#include "core/api/ResponseClassifier.h"
#include "core/api/SubmissionDocument.h"
#include "core/auth/HelseIdClient.h"
#include "core/auth/HttpExchange.h"
#include "core/common/SecureRandom.h"
#include "core/outbox/ItemKind.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace Meldeklient::Api {

struct ApiClient::Submission {
    RenderContext context;
    QStringList steps;
    int next = 0;
    SubmitCallback callback;
};

ApiClient::ApiClient(Auth::HelseIdClient& auth, std::unique_ptr<Transport> transport, QUrl baseUrl,
    int requestTimeoutMs, QObject* parent)
    : QObject(parent)
    , m_auth(auth)
    , m_transport(std::move(transport))
    , m_baseUrl(std::move(baseUrl))
    , m_timeoutMs(requestTimeoutMs)
{
    Q_ASSERT(m_transport);
}

ApiClient::~ApiClient() = default;

Result<void> ApiClient::checkBaseUrl(const QUrl& baseUrl)
{
    if (baseUrl.isEmpty()) {
        return Error {QStringLiteral("api-not-configured"),
            QCoreApplication::translate("Api", "No address is configured for the national API in this environment "
                                               "(set MELDEKLIENT_API_BASE_URL).")};
    }
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || baseUrl.hasQuery() || baseUrl.hasFragment()) {
        return Error {QStringLiteral("api-invalid-url"),
            QCoreApplication::translate("Api", "The national API address is not a valid base URL.")};
    }
    return Auth::HttpExchange::checkEndpoint(baseUrl);
}

void ApiClient::later(std::function<void()> work)
{
    QTimer::singleShot(0, this, std::move(work));
}

void ApiClient::send(const ApiRequest& apiRequest, std::function<void(const Auth::HttpResponse&)> callback)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + apiRequest.path);
    if (!apiRequest.query.isEmpty())
        url.setQuery(apiRequest.query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", m_transport->acceptType());
    if (!apiRequest.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, apiRequest.contentType);
    QString key = apiRequest.idempotencyKey;
    if (key.isEmpty() && apiRequest.method == "POST") {
        // Lookups are POSTs too (so the number stays out of URLs); the API wants a key on every POST.
        const Result<QString> fresh = SecureRandom::uuidV4();
        if (fresh)
            key = fresh.value();
    }
    if (!key.isEmpty())
        request.setRawHeader("Idempotency-Key", key.toLatin1());
    request.setTransferTimeout(m_timeoutMs);

    const QByteArray method = apiRequest.method;
    const QString path = url.path();
    QPointer<ApiClient> self(this);
    m_auth.sendAuthorized(request, method, apiRequest.body,
        [self, method, path, callback = std::move(callback)](const Auth::HttpResponse& response) {
            if (!self)
                return;
            if (response.status == 0)
                qCInfo(lcApi) << method << path << "-> no answer:" << response.transportError.code;
            else
                qCInfo(lcApi) << method << path << "->" << response.status;
            callback(response);
        });
}

void ApiClient::lookUpPerson(const QString& identifier, LookUpCallback callback)
{
    if (const Result<void> usable = checkBaseUrl(m_baseUrl); !usable) {
        later([callback, error = usable.error()] { callback(error); });
        return;
    }
    static const QRegularExpression elevenDigits(QStringLiteral("^[0-9]{11}$"));
    if (!elevenDigits.match(identifier).hasMatch()) {
        later([callback] {
            callback(Error {QStringLiteral("api-invalid-identifier"),
                QCoreApplication::translate("Api", "A fødselsnummer or D-nummer has 11 digits.")});
        });
        return;
    }
    send(m_transport->lookUpRequest(identifier), [this, callback](const Auth::HttpResponse& response) {
        if (ResponseClassifier::isSuccess(response)) {
            callback(m_transport->parseLookUp(response.body));
            return;
        }
        const SubmitOutcome failed = ResponseClassifier::classifyFailure(response, QDateTime::currentDateTimeUtc());
        QString message = failed.error.message;
        if (!failed.serverMessage.isEmpty())
            message += u'\n' + QString::fromUtf8(failed.serverMessage);
        callback(Error {failed.error.code, message});
    });
}

void ApiClient::submit(const Outbox::SendClaim& claim, SubmitCallback callback)
{
    const auto finishLater = [this, &callback](SubmitOutcome outcome) {
        later([callback, outcome] { callback(outcome); });
    };
    if (const Result<void> usable = checkBaseUrl(m_baseUrl); !usable) {
        SubmitOutcome outcome;
        outcome.kind = SubmitOutcome::Kind::Transient;
        outcome.error = usable.error();
        finishLater(outcome);
        return;
    }
    const Result<SubmissionDocument> document = SubmissionDocument::fromJson(claim.payload);
    if (!document || document->kind != claim.kind) {
        SubmitOutcome outcome;
        outcome.kind = SubmitOutcome::Kind::Rejected;
        outcome.error = Error {QStringLiteral("api-payload-invalid"),
            document ? QCoreApplication::translate("Api", "The stored submission does not match its outbox item.")
                     : document.error().message};
        finishLater(outcome);
        return;
    }
    if (document->kind == Outbox::ItemKind::DeathPart2 && claim.parentReceiptId.isEmpty()) {
        // Checked before any step leaves: Del 2 can never be sent without Del 1's receipt.
        SubmitOutcome outcome;
        outcome.kind = SubmitOutcome::Kind::Rejected;
        outcome.error = Error {QStringLiteral("api-render-failed"),
            QCoreApplication::translate("Api", "The causes of death need the registry's id of the death.")};
        finishLater(outcome);
        return;
    }
    auto submission = std::make_shared<Submission>();
    submission->context = RenderContext {document.value(), claim.idempotencyKey, claim.parentReceiptId, {}};
    submission->steps = m_transport->steps(document.value());
    if (submission->steps.isEmpty()) {
        SubmitOutcome outcome;
        outcome.kind = SubmitOutcome::Kind::Rejected;
        outcome.error = Error {QStringLiteral("api-payload-invalid"),
            QCoreApplication::translate("Api", "This kind of submission cannot be sent with the %1 API.")
                .arg(m_transport->name())};
        finishLater(outcome);
        return;
    }
    submission->callback = std::move(callback);
    qCInfo(lcApi) << "sending outbox item" << claim.id << Outbox::kindCode(claim.kind) << "attempt" << claim.attempt << "via"
                  << m_transport->name();
    runStep(std::move(submission));
}

void ApiClient::runStep(std::shared_ptr<Submission> submission)
{
    const QString step = submission->steps.at(submission->next);
    const Result<ApiRequest> request = m_transport->render(step, submission->context);
    if (!request) {
        SubmitOutcome outcome;
        outcome.kind = SubmitOutcome::Kind::Rejected;
        outcome.error = request.error();
        later([submission, outcome] { submission->callback(outcome); });
        return;
    }
    if (request->body.size() > ResponseClassifier::MaxRequestBytes) {
        const SubmitOutcome outcome = ResponseClassifier::tooLarge();
        later([submission, outcome] { submission->callback(outcome); });
        return;
    }
    send(request.value(), [this, submission, step](const Auth::HttpResponse& response) {
        if (!ResponseClassifier::isSuccess(response)) {
            submission->callback(ResponseClassifier::classifyFailure(response, QDateTime::currentDateTimeUtc()));
            return;
        }
        const Result<StepResult> parsed = m_transport->parse(step, response.body);
        if (!parsed) {
            submission->callback(ResponseClassifier::unreadableAnswer(parsed.error()));
            return;
        }
        submission->context.learned.insert(step, parsed->id);
        if (++submission->next < submission->steps.size()) {
            runStep(submission);
            return;
        }
        SubmitOutcome outcome;
        outcome.kind = SubmitOutcome::Kind::Accepted;
        outcome.receipt.serverId = parsed->id;
        outcome.receipt.receivedAt =
            parsed->receivedAt.isValid() ? parsed->receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
        outcome.receipt.responseBody = response.body;
        submission->callback(outcome);
    });
}

} // namespace Meldeklient::Api
