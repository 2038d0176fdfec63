// libFuzzer target for what the national API answers when it refuses, and for stored submissions.
// Input: two bytes of HTTP status (mapped onto 100..599), then the body.
// Invariants: the readable text is never empty and starts with the status line; only an OperationOutcome can refuse
// content; the classification follows the status (401/403 → sign in, 5xx → transient unless the content was refused,
// 4xx → rejected); a body that reads as a SubmissionDocument round-trips byte for byte.
#include "core/api/ApiErrorParser.h"
#include "core/api/ResponseClassifier.h"
#include "core/api/SubmissionDocument.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>
#include <cstdlib>

using namespace Meldeklient;
using namespace Meldeklient::Api;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2 || size > 16384)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body(reinterpret_cast<const char*>(data + 2), static_cast<qsizetype>(size - 2));

    const ServerMessage message = ApiErrorParser::parse(status, body);
    if (message.text.isEmpty() || !message.text.contains(ApiErrorParser::statusLine(status)))
        std::abort();
    if (message.contentRefused && message.format != ServerMessage::Format::OperationOutcome)
        std::abort();

    Auth::HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({QByteArrayLiteral("Retry-After"), body.left(40)});
    static const QDateTime now(QDate(2026, 11, 22), QTime(3, 0), QTimeZone::utc());
    if (!ResponseClassifier::isSuccess(response)) {
        const SubmitOutcome outcome = ResponseClassifier::classifyFailure(response, now);
        if (outcome.error.code.isEmpty() || outcome.error.message.isEmpty() || outcome.serverMessage.isEmpty())
            std::abort();
        using Kind = SubmitOutcome::Kind;
        if ((status == 401 || status == 403) && outcome.kind != Kind::SignInRequired)
            std::abort();
        if (status >= 500 && outcome.kind != (message.contentRefused ? Kind::Rejected : Kind::Transient))
            std::abort();
        if (status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 425
            && status != 429 && outcome.kind != Kind::Rejected)
            std::abort();
        if (outcome.retryAfterMs && (*outcome.retryAfterMs < 0 || *outcome.retryAfterMs > 24LL * 60 * 60 * 1000))
            std::abort();
    }

    const Result<SubmissionDocument> document = SubmissionDocument::fromJson(body);
    if (document) {
        const QByteArray json = document->toJson();
        const Result<SubmissionDocument> again = SubmissionDocument::fromJson(json);
        if (!again || !(again.value() == document.value()) || again->toJson() != json)
            std::abort();
    }
    return 0;
}
