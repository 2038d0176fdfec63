#pragma once

#include "core/api/SubmitOutcome.h"
#include "core/auth/HttpResponse.h"

#include <QDateTime>

namespace Meldeklient::Api {

// Decides what an API answer that is not a usable 2xx means for the outbox item (app/core/api/README.md, "Outcomes"):
//   400 404 409 410 422, other 4xx, and 5xx whose OperationOutcome only refuses content → Rejected
//   401, and "sign-in-required"/"not-signed-in" from HelseIdClient                      → SignInRequired
//   401 error="invalid_dpop_proof" (after HelseIdClient's resend with a fresh proof)     → Transient
//   403                                                                                  → SignInRequired "api-forbidden"
//   408 425 429 5xx, no answer (network, timeout)                                        → Transient (+ Retry-After)
// HelseIdClient has already retried a 401 with a DPoP nonce, with a fresh proof, and after one refresh
// (invalid_token).
class ResponseClassifier
{
public:
    // The largest request body sent. A notification at every field limit is far smaller; anything larger is refused
    // before it is sent (needs correction, "api-too-large"): a server that refuses it may close the connection
    // during the upload, which would look like a network failure and be re-uploaded forever.
    static constexpr qsizetype MaxRequestBytes = 1024 * 1024;

    static bool isSuccess(const Auth::HttpResponse& response);
    // Needs correction, "api-too-large": for a 413 answer, and for a body over MaxRequestBytes (never sent).
    static SubmitOutcome tooLarge();
    static SubmitOutcome classifyFailure(const Auth::HttpResponse& response, const QDateTime& now);
    // A 2xx whose body could not be read: Transient, since the idempotent resend returns the original receipt.
    static SubmitOutcome unreadableAnswer(const Error& why);
};

} // namespace Meldeklient::Api
