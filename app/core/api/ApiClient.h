#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/RegistryPerson.h"
#include "core/api/SubmitOutcome.h"
#include "core/api/Transport.h"
#include "core/auth/HttpResponse.h"
#include "core/common/Result.h"
#include "core/outbox/SendClaim.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace Meldeklient::Auth {
class HelseIdClient;
}

namespace Meldeklient::Api {

// The national death-notification API: person lookup and sending outbox items, through one Transport (nhn-rest or
// nhn-fhir) with DPoP-bound HelseID access tokens (HelseIdClient::sendAuthorized: nonce retry, one refresh on
// invalid_token). Every POST carries an Idempotency-Key, so a resend after an unclear end is safe. TLS for every
// host that is not loopback. Logs method, path (never a query), status and error codes only.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using LookUpCallback = std::function<void(const Result<QList<RegistryPerson>>&)>;
    using SubmitCallback = std::function<void(const SubmitOutcome&)>;
    static constexpr int DefaultTimeoutMs = 30000;

    ApiClient(Auth::HelseIdClient& auth, std::unique_ptr<Transport> transport, QUrl baseUrl,
        int requestTimeoutMs = DefaultTimeoutMs, QObject* parent = nullptr);
    ~ApiClient() override;

    // Errors: "api-not-configured" (empty), "insecure-endpoint" (http to a host that is not loopback),
    // "api-invalid-url".
    static Result<void> checkBaseUrl(const QUrl& baseUrl);

    const Transport& transport() const { return *m_transport; }
    QUrl baseUrl() const { return m_baseUrl; }

    // The registry's persons with this fødselsnummer or D-nummer (11 digits; empty list when unknown).
    // Errors: "api-invalid-identifier", checkBaseUrl's, and the outcome's error (e.g. "api-unreachable",
    // "api-sign-in-required", "api-forbidden", "api-rejected" with the server's text in the message).
    // The callback runs once, later.
    void lookUpPerson(const QString& identifier, LookUpCallback callback);
    // Sends one claimed outbox item: its steps in order, each with its Idempotency-Key; the callback (once, later)
    // gets how it ended. A payload that is not a SubmissionDocument, or does not match the claim, is Rejected
    // ("api-payload-invalid"): resending it could never succeed.
    void submit(const Outbox::SendClaim& claim, SubmitCallback callback);

private:
    struct Submission;
    void runStep(std::shared_ptr<Submission> submission);
    void send(const ApiRequest& request, std::function<void(const Auth::HttpResponse&)> callback);
    void later(std::function<void()> work);

    Auth::HelseIdClient& m_auth;
    std::unique_ptr<Transport> m_transport;
    QUrl m_baseUrl;
    int m_timeoutMs;
};

} // namespace Meldeklient::Api
