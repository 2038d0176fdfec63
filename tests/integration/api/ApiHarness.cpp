#include "ApiHarness.h"

#include "core/notification/NotificationBundle.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/DeathNotificationFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

namespace Meldeklient::Test {

ApiHarness::ApiHarness(SandboxProcess& sandboxProcess, SecretStore* secrets, const QString& clientId)
    : sandbox(sandboxProcess)
    , auth(sandboxProcess, secrets, clientId)
{
}

Result<void> ApiHarness::signIn()
{
    if (!auth.registerClient(sandbox))
        return Error {"register-failed", "the sandbox did not register the client"};
    Auth::SignInOptions options;
    options.provider = Auth::IdentityProvider::TestIdp;
    options.testPid = physicianPid();
    options.testSecurityLevel = "4";
    const Result<Auth::SignedInUser> user = auth.signIn(options);
    if (!user)
        return user.error();
    return {};
}

std::unique_ptr<Api::ApiClient> ApiHarness::client(const QString& transport, int timeoutMs)
{
    auto created = Api::Transport::create(transport);
    if (!created)
        return nullptr;
    return std::make_unique<Api::ApiClient>(
        *auth.client, std::move(created).value(), auth.environment.apiBaseUrl(transport), timeoutMs);
}

Api::SubmitOutcome ApiHarness::submit(Api::ApiClient& client, const Outbox::SendClaim& claim)
{
    std::optional<Api::SubmitOutcome> outcome;
    client.submit(claim, [&outcome](const Api::SubmitOutcome& result) { outcome = result; });
    for (int i = 0; i < 600 && !outcome; ++i)
        QTest::qWait(50);
    if (!outcome) {
        Api::SubmitOutcome timedOut;
        timedOut.error = Error {"test-timeout", "no outcome within 30 s"};
        return timedOut;
    }
    return *outcome;
}

Result<QList<Api::RegistryPerson>> ApiHarness::lookUp(Api::ApiClient& client, const QString& identifier)
{
    std::optional<Result<QList<Api::RegistryPerson>>> outcome;
    client.lookUpPerson(identifier, [&outcome](const Result<QList<Api::RegistryPerson>>& result) { outcome = result; });
    for (int i = 0; i < 600 && !outcome; ++i)
        QTest::qWait(50);
    if (!outcome)
        return Error {"test-timeout", "no lookup outcome within 30 s"};
    return *outcome;
}

QJsonObject ApiHarness::practitionerRole()
{
    return QJsonObject {{"resourceType", "PractitionerRole"}, {"organization", QJsonObject {{"display", "Test Sykehuset"}}},
        {"location", QJsonArray {QJsonObject {{"display", "Avdeling ABC"}}}},
        {"telecom", QJsonArray {QJsonObject {{"system", "email"}, {"value", "lege@test.no"}},
                        QJsonObject {{"system", "phone"}, {"value", "22000000"}}}}};
}

QList<Api::SubmissionDocument> ApiHarness::death(const QString& fnr, const QString& deceasedDateTime)
{
    static const Questionnaire::Questionnaire form =
        Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json").value();
    const QJsonObject bundle = DeathNotificationFixture::natural(form).bundle(
        DeathNotificationFixture::residentPatient(fnr, deceasedDateTime), practitionerRole());
    const auto parsed = Notification::NotificationBundle::fromJson(QJsonDocument(bundle).toJson());
    if (!parsed)
        return {};
    const auto documents = Api::SubmissionDocument::forDeath(parsed.value());
    return documents ? documents.value() : QList<Api::SubmissionDocument>();
}

Outbox::SendClaim ApiHarness::claim(const Api::SubmissionDocument& document, const QString& parentReceiptId)
{
    static qint64 nextId = 1;
    Outbox::SendClaim result;
    result.id = nextId++;
    result.kind = document.kind;
    result.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    result.payload = document.toJson();
    result.parentReceiptId = parentReceiptId;
    result.attempt = 1;
    return result;
}

QJsonObject ApiHarness::records()
{
    return sandbox.get("/_sandbox/api/records").body;
}

bool ApiHarness::addFault(const QJsonObject& fault)
{
    return sandbox.admin("api/faults", fault).ok();
}

bool ApiHarness::resetApi()
{
    return sandbox.admin("api/reset").ok();
}

} // namespace Meldeklient::Test
