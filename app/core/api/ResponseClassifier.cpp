#include "core/api/ResponseClassifier.h"

#include "core/api/ApiErrorParser.h"
#include "core/outbox/RetryAfter.h"

#include <QCoreApplication>

namespace Meldeklient::Api {

namespace {
SubmitOutcome outcome(SubmitOutcome::Kind kind, const QString& code, const QString& message)
{
    SubmitOutcome result;
    result.kind = kind;
    result.error = Error {code, message};
    return result;
}
} // namespace

bool ResponseClassifier::isSuccess(const Auth::HttpResponse& response)
{
    return response.status >= 200 && response.status < 300;
}

SubmitOutcome ResponseClassifier::tooLarge()
{
    return outcome(SubmitOutcome::Kind::Rejected, QStringLiteral("api-too-large"),
        QCoreApplication::translate("Api",
            "The notification is too large for the registry. Shorten the longest free-text fields and submit it "
            "again."));
}

SubmitOutcome ResponseClassifier::unreadableAnswer(const Error& why)
{
    return outcome(SubmitOutcome::Kind::Transient, QStringLiteral("api-unreadable-answer"),
        QCoreApplication::translate("Api", "The registry's answer could not be read (%1); it will be asked again.")
            .arg(why.message));
}

SubmitOutcome ResponseClassifier::classifyFailure(const Auth::HttpResponse& response, const QDateTime& now)
{
    using Kind = SubmitOutcome::Kind;
    const int status = response.status;
    if (status == 0) {
        const QString code = response.transportError.code;
        if (code == u"sign-in-required" || code == u"not-signed-in") {
            return outcome(Kind::SignInRequired, QStringLiteral("api-sign-in-required"),
                QCoreApplication::translate("Api", "Please sign in again to send notifications."));
        }
        return outcome(Kind::Transient, QStringLiteral("api-unreachable"),
            QCoreApplication::translate("Api", "The registry could not be reached: %1").arg(response.transportError.message));
    }

    const ServerMessage message = ApiErrorParser::parse(status, response.body);
    SubmitOutcome result;
    if (status == 401 && response.header("WWW-Authenticate").contains("invalid_dpop_proof")) {
        // A proof refused even after a fresh one (e.g. a clock far off): a new sign-in would not change it.
        result = outcome(Kind::Transient, QStringLiteral("api-proof-refused"),
            QCoreApplication::translate("Api",
                "The registry refused the request's security proof, although a fresh one was made. This usually "
                "means that this computer's date and time are wrong: set them to be updated automatically. The "
                "notification stays in the outbox and is sent again later."));
    } else if (status == 401) {
        result = outcome(Kind::SignInRequired, QStringLiteral("api-unauthorized"),
            QCoreApplication::translate("Api",
                "The registry did not accept your HelseID sign-in, even after it was renewed. Sign in again "
                "(meldeklient-cli login, or Sign in in the app); nothing is lost. If it happens again, this "
                "Meldeklient installation may lack access to the registry: contact your IT department."));
    } else if (status == 403) {
        result = outcome(Kind::SignInRequired, QStringLiteral("api-forbidden"),
            QCoreApplication::translate("Api",
                "The signed-in person may not send this notification. A physician who may must sign in."));
    } else if (status == 413) {
        result = tooLarge();
    } else if (status == 408 || status == 425 || status == 429 || (status >= 500 && !message.contentRefused)) {
        result = outcome(Kind::Transient, QStringLiteral("api-unavailable"),
            QCoreApplication::translate("Api", "The registry is busy or unavailable (%1); it will be tried again.")
                .arg(ApiErrorParser::statusLine(status)));
        result.retryAfterMs = Outbox::RetryAfter::parseMs(response.header("Retry-After"), now);
    } else if (status >= 400) {
        result = outcome(Kind::Rejected, QStringLiteral("api-rejected"),
            QCoreApplication::translate("Api", "The registry refused the notification (%1). See its message.")
                .arg(ApiErrorParser::statusLine(status)));
    } else {
        // 1xx/3xx: redirects are not followed; a misconfigured address, not the content.
        result = outcome(Kind::Transient, QStringLiteral("api-unexpected-status"),
            QCoreApplication::translate("Api", "The registry gave an unexpected answer (%1).")
                .arg(ApiErrorParser::statusLine(status)));
    }
    result.serverMessage = message.text.toUtf8();
    return result;
}

} // namespace Meldeklient::Api
