#pragma once

#include "../auth/SignInHarness.h"

#include "core/api/ApiClient.h"
#include "core/api/SubmissionDocument.h"
#include "core/outbox/SendClaim.h"
#include "core/questionnaire/Questionnaire.h"

#include <QJsonObject>

#include <memory>

namespace Meldeklient::Test {

// A signed-in HelseIdClient against the sandbox and ApiClients for its national API, with helpers that drive the
// asynchronous calls to their end and read the sandbox's records.
class ApiHarness
{
public:
    // Synthetic physician of the sandbox's test IdP, with an HPR number.
    static QString physicianPid() { return QStringLiteral("14927604036"); }

    ApiHarness(SandboxProcess& sandbox, SecretStore* secrets, const QString& clientId);

    // Registers the client and signs the physician in. Errors as SignInHarness.
    Result<void> signIn();
    std::unique_ptr<Api::ApiClient> client(const QString& transport, int timeoutMs = 5000);

    static Api::SubmitOutcome submit(Api::ApiClient& client, const Outbox::SendClaim& claim);
    static Result<QList<Api::RegistryPerson>> lookUp(Api::ApiClient& client, const QString& identifier);

    // Del 1 and Del 2 of a plausible natural death of the person with this fødselsnummer.
    static QList<Api::SubmissionDocument> death(const QString& fnr,
        const QString& deceasedDateTime = QStringLiteral("2026-11-20T10:11:00+01:00"));
    static QJsonObject practitionerRole();
    static Outbox::SendClaim claim(const Api::SubmissionDocument& document, const QString& parentReceiptId = {});

    // GET /_sandbox/api/records; counts() is its "counts" member.
    QJsonObject records();
    int count(const QString& what) { return records().value(QStringLiteral("counts")).toObject().value(what).toInt(-1); }
    bool addFault(const QJsonObject& fault);
    bool resetApi();

    SandboxProcess& sandbox;
    SignInHarness auth;
};

} // namespace Meldeklient::Test
