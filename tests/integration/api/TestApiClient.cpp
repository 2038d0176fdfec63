#include "ApiHarness.h"

#include "core/common/KeychainSecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>
#include <QUuid>

using namespace Meldeklient;
using namespace Meldeklient::Api;
using Meldeklient::Test::ApiHarness;
using Meldeklient::Test::SandboxProcess;

namespace {
QString describe(const SubmitOutcome& outcome)
{
    return outcome.error.code + ": " + outcome.error.message + "\n" + QString::fromUtf8(outcome.serverMessage);
}

// Log lines of the API client, to prove they carry no personal data.
QStringList apiLog;
QtMessageHandler previousHandler = nullptr;
void captureApiLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category).startsWith("meldeklient."))
        apiLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

// ApiClient against the sandbox's national API with a real HelseID sign-in and DPoP: person lookup and Del 1 +
// Del 2 on both transports, idempotent resends, rejections, and the token/nonce paths of HelseIdClient.
class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void baseUrlMustBeConfiguredAndSecure();
    void unusablePayloadIsRejectedWithoutSending();
    void lookUpFindsRegistryPersons_data();
    void lookUpFindsRegistryPersons();
    void lookUpRefusesWhatIsNotANumber();
    void deathPart1AndPart2AreAccepted_data();
    void deathPart1AndPart2AreAccepted();
    void resendWithTheSameKeyGetsTheOriginalReceipt_data();
    void resendWithTheSameKeyGetsTheOriginalReceipt();
    void personWithoutNumberIsAccepted_data();
    void personWithoutNumberIsAccepted();
    void voidWithdrawsARecordedDeath_data();
    void voidWithdrawsARecordedDeath();
    void refusedContentIsRejectedWithTheServersMessage_data();
    void refusedContentIsRejectedWithTheServersMessage();
    void apiNonceIsRetriedOnce();
    void expiredTokenIsRefreshedOnceAndResent();
    void tokenRefusedAgainAfterRefreshMeansSignIn();
    void logsCarryNoPersonalData();
    void lostSessionMeansSignIn(); // last: it ends the session

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ApiHarness> m_api;
};

void TestApiClient::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    m_secrets = std::make_unique<KeychainSecretStore>(
        "no.meldeklient.test.api." + QUuid::createUuid().toString(QUuid::WithoutBraces), 10000);
    if (!m_secrets->probe())
        QSKIP("The Secret Service keychain does not accept writes here (no unlocked gnome-keyring).");
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    m_api = std::make_unique<ApiHarness>(m_sandbox, m_secrets.get(), "meldeklient-test-api");
    const Result<void> signedIn = m_api->signIn();
    QVERIFY2(signedIn.isOk(), qPrintable(signedIn.isOk() ? QString() : signedIn.error().message));
    previousHandler = qInstallMessageHandler(captureApiLog);
}

void TestApiClient::init()
{
    if (m_api)
        QVERIFY(m_api->resetApi());
}

void TestApiClient::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    if (m_secrets) {
        (void)m_secrets->remove(Auth::HelseIdClient::sessionSecretKey());
        (void)m_secrets->remove(Auth::ClientKeyStore::secretKey());
    }
    m_sandbox.stop();
}

void TestApiClient::baseUrlMustBeConfiguredAndSecure()
{
    QCOMPARE(ApiClient::checkBaseUrl(QUrl()).error().code, QStringLiteral("api-not-configured"));
    QCOMPARE(ApiClient::checkBaseUrl(QUrl("http://api.dodsmelding.test.nhn.no")).error().code,
        QStringLiteral("insecure-endpoint"));
    QCOMPARE(ApiClient::checkBaseUrl(QUrl("https://x.no/api?debug=1")).error().code, QStringLiteral("api-invalid-url"));
    QVERIFY(ApiClient::checkBaseUrl(QUrl("https://api.dodsmelding.test.nhn.no")).isOk());
    QVERIFY(ApiClient::checkBaseUrl(QUrl("http://127.0.0.1:47101/dodsmelding/api")).isOk());

    // Nothing leaves for an address that is not secure.
    ApiClient insecure(*m_api->auth.client, Transport::create("nhn-rest").value(), QUrl("http://example.org/api"));
    const int before = m_api->auth.network.urls.size();
    const SubmitOutcome outcome = ApiHarness::submit(insecure, ApiHarness::claim(ApiHarness::death("17853842044").at(0)));
    QCOMPARE(outcome.kind, SubmitOutcome::Kind::Transient);
    QCOMPARE(outcome.error.code, QStringLiteral("insecure-endpoint"));
    QCOMPARE(m_api->auth.network.urls.size(), before);
}

void TestApiClient::unusablePayloadIsRejectedWithoutSending()
{
    auto client = m_api->client("nhn-fhir");
    const int before = m_api->auth.network.urls.size();
    Outbox::SendClaim garbage = ApiHarness::claim(ApiHarness::death("17853842044").at(0));
    garbage.payload = "{\"resourceType\":\"Bundle\"}";
    const SubmitOutcome unreadable = ApiHarness::submit(*client, garbage);
    QCOMPARE(unreadable.kind, SubmitOutcome::Kind::Rejected);
    QCOMPARE(unreadable.error.code, QStringLiteral("api-payload-invalid"));

    Outbox::SendClaim mismatched = ApiHarness::claim(ApiHarness::death("17853842044").at(0));
    mismatched.kind = Outbox::ItemKind::DeathPart2;
    QCOMPARE(ApiHarness::submit(*client, mismatched).error.code, QStringLiteral("api-payload-invalid"));

    // Del 2 without the registry's id of the death cannot be rendered.
    const SubmitOutcome orphan = ApiHarness::submit(*client, ApiHarness::claim(ApiHarness::death("17853842044").at(1)));
    QCOMPARE(orphan.kind, SubmitOutcome::Kind::Rejected);
    QCOMPARE(orphan.error.code, QStringLiteral("api-render-failed"));
    QCOMPARE(m_api->auth.network.urls.size(), before);
}

void TestApiClient::lookUpFindsRegistryPersons_data()
{
    QTest::addColumn<QString>("transport");
    QTest::newRow("nhn-rest") << "nhn-rest";
    QTest::newRow("nhn-fhir") << "nhn-fhir";
}

void TestApiClient::lookUpFindsRegistryPersons()
{
    QFETCH(QString, transport);
    auto client = m_api->client(transport);
    QVERIFY(client);

    const auto astrid = ApiHarness::lookUp(*client, "17853842044");
    QVERIFY2(astrid.isOk(), qPrintable(astrid.isOk() ? QString() : astrid.error().code + ": " + astrid.error().message));
    QCOMPARE(astrid->size(), 1);
    QCOMPARE(astrid->at(0).identifier, QStringLiteral("17853842044"));
    QCOMPARE(astrid->at(0).givenName, QStringLiteral("Astrid"));
    QCOMPARE(astrid->at(0).familyName, QStringLiteral("Prøveland"));
    QCOMPARE(astrid->at(0).birthDate, std::optional<QDate>(QDate(1938, 5, 17)));
    QCOMPARE(astrid->at(0).sex, Identity::Sex::Female);
    QVERIFY(!astrid->at(0).deceased);

    const auto bjorn = ApiHarness::lookUp(*client, "02914542122");
    QVERIFY(bjorn.isOk());
    QCOMPARE(bjorn->at(0).givenName, QStringLiteral("Bjørn"));
    QCOMPARE(bjorn->at(0).middleName, QStringLiteral("Testesen"));
    QCOMPARE(bjorn->at(0).familyName, QStringLiteral("Eksempelvik"));
    QCOMPARE(bjorn->at(0).sex, Identity::Sex::Male);

    const auto dNumber = ApiHarness::lookUp(*client, "44879042132");
    QVERIFY(dNumber.isOk());
    QCOMPARE(dNumber->size(), 1);
    QCOMPARE(dNumber->at(0).familyName, QStringLiteral("Gjestemann"));

    const auto dead = ApiHarness::lookUp(*client, "20813042054");
    QVERIFY(dead.isOk());
    QVERIFY(dead->at(0).deceased);
    QCOMPARE(dead->at(0).deathDate, std::optional<QDate>(QDate(2026, 10, 1)));

    // A valid synthetic number the registry does not know: an empty list, not an error.
    const auto unknown = ApiHarness::lookUp(*client, "01818050034");
    QVERIFY2(unknown.isOk(), qPrintable(unknown.isOk() ? QString() : unknown.error().code + ": " + unknown.error().message));
    QVERIFY(unknown->isEmpty());
}

void TestApiClient::lookUpRefusesWhatIsNotANumber()
{
    auto client = m_api->client("nhn-rest");
    const int before = m_api->auth.network.urls.size();
    for (const char* input : {"", "1785384204", "178538420444", "1785384204a", "17853842044 "}) {
        const auto result = ApiHarness::lookUp(*client, QString::fromLatin1(input));
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().code, QStringLiteral("api-invalid-identifier"));
    }
    QCOMPARE(m_api->auth.network.urls.size(), before);
}

void TestApiClient::deathPart1AndPart2AreAccepted_data()
{
    lookUpFindsRegistryPersons_data();
}

void TestApiClient::deathPart1AndPart2AreAccepted()
{
    QFETCH(QString, transport);
    auto client = m_api->client(transport);
    const QList<SubmissionDocument> documents = ApiHarness::death("09836242030");
    QCOMPARE(documents.size(), 2);

    const Outbox::SendClaim part1 = ApiHarness::claim(documents.at(0));
    const SubmitOutcome death = ApiHarness::submit(*client, part1);
    QVERIFY2(death.kind == SubmitOutcome::Kind::Accepted, qPrintable(describe(death)));
    QVERIFY(!death.receipt.serverId.isEmpty());
    QVERIFY(death.receipt.receivedAt.isValid());
    QVERIFY(qAbs(death.receipt.receivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(!death.receipt.responseBody.isEmpty());

    const Outbox::SendClaim part2 = ApiHarness::claim(documents.at(1), death.receipt.serverId);
    const SubmitOutcome causes = ApiHarness::submit(*client, part2);
    QVERIFY2(causes.kind == SubmitOutcome::Kind::Accepted, qPrintable(describe(causes)));
    QVERIFY(!causes.receipt.serverId.isEmpty());

    const QJsonObject records = m_api->records();
    QCOMPARE(records.value("counts").toObject().value("deaths").toInt(), 1);
    QCOMPARE(records.value("counts").toObject().value("causes").toInt(), 1);
    const QJsonObject deathRecord = records.value("deaths").toArray().first().toObject();
    QCOMPARE(deathRecord.value("id").toString(), death.receipt.serverId);
    QCOMPARE(deathRecord.value("transport").toString(), transport);
    QCOMPARE(deathRecord.value("idempotencyKey").toString(), part1.idempotencyKey);
    const QJsonObject causeRecord = records.value("causes").toArray().first().toObject();
    QCOMPARE(causeRecord.value("id").toString(), causes.receipt.serverId);
    QCOMPARE(causeRecord.value("dodsfallId").toString(), death.receipt.serverId);
    QCOMPARE(causeRecord.value("idempotencyKey").toString(), part2.idempotencyKey);
}

void TestApiClient::resendWithTheSameKeyGetsTheOriginalReceipt_data()
{
    lookUpFindsRegistryPersons_data();
}

void TestApiClient::resendWithTheSameKeyGetsTheOriginalReceipt()
{
    QFETCH(QString, transport);
    auto client = m_api->client(transport);
    const Outbox::SendClaim part1 = ApiHarness::claim(ApiHarness::death("31925142150").at(0));
    const SubmitOutcome first = ApiHarness::submit(*client, part1);
    QVERIFY2(first.kind == SubmitOutcome::Kind::Accepted, qPrintable(describe(first)));
    Outbox::SendClaim again = part1;
    again.attempt = 2;
    const SubmitOutcome second = ApiHarness::submit(*client, again);
    QVERIFY2(second.kind == SubmitOutcome::Kind::Accepted, qPrintable(describe(second)));
    QCOMPARE(second.receipt.serverId, first.receipt.serverId);
    QCOMPARE(second.receipt.responseBody, first.receipt.responseBody);
    QCOMPARE(m_api->count("deaths"), 1);
}

void TestApiClient::personWithoutNumberIsAccepted_data()
{
    lookUpFindsRegistryPersons_data();
}

void TestApiClient::personWithoutNumberIsAccepted()
{
    QFETCH(QString, transport);
    auto client = m_api->client(transport);
    // NHN's sample-Patient-foreigner: a DUF number, name, birth date, sex, country and reason for stay.
    SubmissionDocument part1 = ApiHarness::death("17853842044").at(0);
    part1.patient = QJsonDocument::fromJson(R"({"resourceType":"Patient",
        "identifier":[{"use":"usual","system":" ","type":{"coding":[{"system":"https://api.helsepunkt.no/api/koder/8116","code":"DUF"}]},"value":"201234567890"}],
        "deceasedDateTime":"2026-11-20T08:00:00+01:00","birthDate":"1971-10-01","gender":"male",
        "name":[{"family":"Etternavn","given":["Fornavn","Mellomnavn"]}],"address":[{"country":"DK"}],
        "extension":[{"url":"http://nhn.no/dodsmelding/fhir/StructureDefinition/ReasonForStay",
            "valueCodeableConcept":{"coding":[{"system":"https://api.helsepunkt.no/api/koder/99012","code":"3"}]}}]})")
                        .object();
    const SubmitOutcome death = ApiHarness::submit(*client, ApiHarness::claim(part1));
    QVERIFY2(death.kind == SubmitOutcome::Kind::Accepted, qPrintable(describe(death)));
    QCOMPARE(m_api->count("deaths"), 1);
}

void TestApiClient::voidWithdrawsARecordedDeath_data()
{
    lookUpFindsRegistryPersons_data();
}

void TestApiClient::voidWithdrawsARecordedDeath()
{
    QFETCH(QString, transport);
    auto client = m_api->client(transport);
    const SubmissionDocument part1 = ApiHarness::death("02914542122").at(0);
    const SubmitOutcome death = ApiHarness::submit(*client, ApiHarness::claim(part1));
    QVERIFY2(death.kind == SubmitOutcome::Kind::Accepted, qPrintable(describe(death)));

    const SubmissionDocument voiding =
        SubmissionDocument::forVoid(part1.patient, ApiHarness::practitionerRole(), "Meldt død ved en feil").value();
    const Outbox::SendClaim claim = ApiHarness::claim(voiding, death.receipt.serverId);
    const SubmitOutcome withdrawn = ApiHarness::submit(*client, claim);
    QVERIFY2(withdrawn.kind == SubmitOutcome::Kind::Accepted, qPrintable(describe(withdrawn)));
    QVERIFY(!withdrawn.receipt.serverId.isEmpty());
    const QJsonObject records = m_api->records();
    QCOMPARE(records.value("counts").toObject().value("voids").toInt(), 1);
    const QJsonObject voidRecord = records.value("voids").toArray().first().toObject();
    QCOMPARE(voidRecord.value("dodsfallId").toString(), death.receipt.serverId);
    QCOMPARE(voidRecord.value("idempotencyKey").toString(), claim.idempotencyKey);

    // A person the registry has no death for cannot be withdrawn.
    const SubmissionDocument unknown = SubmissionDocument::forVoid(
        ApiHarness::death("09836242030").at(0).patient, ApiHarness::practitionerRole(), "Feil").value();
    const SubmitOutcome refused = ApiHarness::submit(*client, ApiHarness::claim(unknown));
    QVERIFY2(refused.kind == SubmitOutcome::Kind::Rejected, qPrintable(describe(refused)));
    QCOMPARE(m_api->count("voids"), 1);
}

void TestApiClient::refusedContentIsRejectedWithTheServersMessage_data()
{
    lookUpFindsRegistryPersons_data();
}

void TestApiClient::refusedContentIsRejectedWithTheServersMessage()
{
    QFETCH(QString, transport);
    auto client = m_api->client(transport);
    // Already dead in the register: Del 1 is refused.
    const SubmitOutcome dead = ApiHarness::submit(*client, ApiHarness::claim(ApiHarness::death("20813042054").at(0)));
    QVERIFY2(dead.kind == SubmitOutcome::Kind::Rejected, qPrintable(describe(dead)));
    QCOMPARE(dead.error.code, QStringLiteral("api-rejected"));
    QVERIFY(dead.serverMessage.startsWith("The registry answered HTTP 422"));
    QVERIFY2(dead.serverMessage.count('\n') >= 1, dead.serverMessage.constData());
    // Our own message carries no server text (it is stored in plain columns).
    QVERIFY(!dead.error.message.contains("20813042054"));

    // Del 2 for a death the registry does not have.
    const SubmitOutcome orphan =
        ApiHarness::submit(*client, ApiHarness::claim(ApiHarness::death("17853842044").at(1), "no-such-death"));
    QVERIFY2(orphan.kind == SubmitOutcome::Kind::Rejected, qPrintable(describe(orphan)));
    QCOMPARE(m_api->count("deaths"), 0);
    QCOMPARE(m_api->count("causes"), 0);
}

void TestApiClient::apiNonceIsRetriedOnce()
{
    auto client = m_api->client("nhn-fhir");
    QVERIFY(m_api->addFault({{"fault", "use_dpop_nonce"}, {"count", 1}}));
    const auto persons = ApiHarness::lookUp(*client, "17853842044");
    QVERIFY2(persons.isOk(), qPrintable(persons.isOk() ? QString() : persons.error().message));
    QCOMPARE(persons->size(), 1);
    // Both steps of a FHIR submission carry the nonce the API asked for.
    const SubmitOutcome death = ApiHarness::submit(*client, ApiHarness::claim(ApiHarness::death("17853842044").at(0)));
    QVERIFY2(death.kind == SubmitOutcome::Kind::Accepted, qPrintable(describe(death)));
    QCOMPARE(m_api->count("deaths"), 1);
}

void TestApiClient::expiredTokenIsRefreshedOnceAndResent()
{
    auto client = m_api->client("nhn-rest");
    QVERIFY(m_api->addFault({{"fault", "expired-token"}, {"count", 1}, {"path", "/dodsfall"}}));
    const QByteArray tokenBefore = m_api->auth.accessToken();
    const int tokenRequests = m_api->auth.client->tokenRequestCount();
    const SubmitOutcome death = ApiHarness::submit(*client, ApiHarness::claim(ApiHarness::death("02914542122").at(0)));
    QVERIFY2(death.kind == SubmitOutcome::Kind::Accepted, qPrintable(describe(death)));
    QCOMPARE(m_api->auth.client->tokenRequestCount(), tokenRequests + 1);
    QVERIFY(m_api->auth.accessToken() != tokenBefore);
    QCOMPARE(m_api->count("deaths"), 1);
}

void TestApiClient::tokenRefusedAgainAfterRefreshMeansSignIn()
{
    auto client = m_api->client("nhn-rest");
    QVERIFY(m_api->addFault({{"fault", "expired-token"}, {"count", 2}, {"path", "/dodsfall"}}));
    const int tokenRequests = m_api->auth.client->tokenRequestCount();
    const SubmitOutcome death = ApiHarness::submit(*client, ApiHarness::claim(ApiHarness::death("02914542122").at(0)));
    QVERIFY2(death.kind == SubmitOutcome::Kind::SignInRequired, qPrintable(describe(death)));
    QCOMPARE(death.error.code, QStringLiteral("api-unauthorized"));
    // One refresh, not a loop.
    QCOMPARE(m_api->auth.client->tokenRequestCount(), tokenRequests + 1);
    QCOMPARE(m_api->count("deaths"), 0);
}

void TestApiClient::logsCarryNoPersonalData()
{
    auto client = m_api->client("nhn-fhir");
    (void)ApiHarness::lookUp(*client, "17853842044");
    (void)ApiHarness::submit(*client, ApiHarness::claim(ApiHarness::death("17853842044").at(0)));
    const QString log = apiLog.join('\n');
    QVERIFY2(log.contains("/dodsmelding/fhir/Patient"), qPrintable(log));
    for (const char* secret : {"17853842044", "09836242030", "Astrid", "Prøveland", "Test Sykehuset", "lege@test.no",
             "J189", "identifier="})
        QVERIFY2(!log.contains(QString::fromUtf8(secret)), secret);
}

void TestApiClient::lostSessionMeansSignIn()
{
    auto client = m_api->client("nhn-rest");
    // The API refuses the token and the refresh token has been revoked: nothing but a new sign-in helps.
    QVERIFY(m_sandbox.admin("revoke-refresh-tokens", {{"pid", ApiHarness::physicianPid()}}).ok());
    QVERIFY(m_api->addFault({{"fault", "expired-token"}, {"count", 1}}));
    const SubmitOutcome death = ApiHarness::submit(*client, ApiHarness::claim(ApiHarness::death("02914542122").at(0)));
    QVERIFY2(death.kind == SubmitOutcome::Kind::SignInRequired, qPrintable(describe(death)));
    QCOMPARE(death.error.code, QStringLiteral("api-sign-in-required"));
    QCOMPARE(m_api->auth.client->state(), Auth::HelseIdClient::State::MustSignInAgain);
    const auto lookUp = ApiHarness::lookUp(*client, "17853842044");
    QVERIFY(!lookUp.isOk());
    QCOMPARE(lookUp.error().code, QStringLiteral("api-sign-in-required"));
    QCOMPARE(m_api->count("deaths"), 0);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
