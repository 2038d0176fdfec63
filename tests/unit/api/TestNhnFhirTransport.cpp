#include "ApiSamples.h"

#include "core/api/NhnFhirTransport.h"
#include "core/notification/NotificationBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Api;
using Meldeklient::Notification::NotificationBundle;

namespace {
const QString Key = "6f1c2a8e-3b4d-4c5e-9f60-7a8b9c0d1e2f";
const QHash<QString, QString> RoleLearned {{"practitioner-role", "3024"}};

QList<SubmissionDocument> death(const QJsonObject& patient)
{
    return SubmissionDocument::forDeath(NotificationBundle::fromJson(ApiSamples::bundle(patient)).value()).value();
}
} // namespace

class TestNhnFhirTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySubmissionStartsWithThePractitionerRole();
    void practitionerRoleCarriesOnlyTheContactDetails();
    void deathPart1HasTheExactShape();
    void personWithoutNumberSendsTheirDetails();
    void deathPart2ReferencesTheDeathAndTheRole();
    void laterStepsNeedWhatEarlierOnesLearned();
    void voidSetsDeceasedFalse();
    void renderingIsByteIdenticalOnRepeat();
    void answersAreRead();
    void unreadableAnswersAreRefused_data();
    void unreadableAnswersAreRefused();
    void lookUpSearchesByIdentifierSystem();
    void lookUpBundleIsRead();
};

void TestNhnFhirTransport::everySubmissionStartsWithThePractitionerRole()
{
    NhnFhirTransport transport;
    const QList<SubmissionDocument> documents = death(ApiSamples::residentPatient());
    QCOMPARE(transport.steps(documents.at(0)), (QStringList {"practitioner-role", "patient"}));
    QCOMPARE(transport.steps(documents.at(1)), (QStringList {"practitioner-role", "questionnaire-response"}));
    const SubmissionDocument voiding =
        SubmissionDocument::forVoid(ApiSamples::residentPatient(), ApiSamples::practitionerRole(), "Feil").value();
    QCOMPARE(transport.steps(voiding), (QStringList {"practitioner-role", "patient"}));
}

void TestNhnFhirTransport::practitionerRoleCarriesOnlyTheContactDetails()
{
    const ApiRequest request =
        NhnFhirTransport().render("practitioner-role", RenderContext {death(ApiSamples::residentPatient()).at(0), Key, {}, {}}).value();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/PractitionerRole"));
    QCOMPARE(request.contentType, QByteArray("application/fhir+json"));
    // Its own key, derived from the item's, so the final step keeps the item's key.
    QCOMPARE(request.idempotencyKey, Key + ":practitioner-role");
    QCOMPARE(request.body,
        QByteArray(R"({"location":[{"display":"Avdeling ABC"}],"organization":{"display":"Test Sykehuset"},)"
                   R"("resourceType":"PractitionerRole","telecom":[{"system":"email","value":"lege@test.no"},)"
                   R"({"system":"phone","value":"007007"}]})"));
}

void TestNhnFhirTransport::deathPart1HasTheExactShape()
{
    const ApiRequest request =
        NhnFhirTransport().render("patient", RenderContext {death(ApiSamples::residentPatient()).at(0), Key, {}, RoleLearned}).value();
    QCOMPARE(request.path, QStringLiteral("/Patient"));
    QCOMPARE(request.idempotencyKey, Key);
    // NHN's sample-Patient request: identifier, death time, the role; no name or local ids for a resident.
    QCOMPARE(request.body,
        QByteArray(R"({"deceasedDateTime":"2021-11-06T10:11:00+01:00","generalPractitioner":[{"reference":)"
                   R"("PractitionerRole/3024"}],"identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.1","use":"usual",)"
                   R"("value":"24047230752"}],"resourceType":"Patient"})"));
}

void TestNhnFhirTransport::personWithoutNumberSendsTheirDetails()
{
    const ApiRequest request =
        NhnFhirTransport().render("patient", RenderContext {death(ApiSamples::foreignPatient()).at(0), Key, {}, RoleLearned}).value();
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject original = ApiSamples::foreignPatient();
    for (const char* member : {"name", "birthDate", "gender", "address", "extension", "deceasedDateTime"})
        QCOMPARE(body.value(QLatin1String(member)), original.value(QLatin1String(member)));
    const QJsonObject identifier = body.value("identifier").toArray().first().toObject();
    QCOMPARE(identifier.value("value").toString(), QStringLiteral("11111Asc"));
    QCOMPARE(identifier.value("type").toObject().value("coding").toArray().first().toObject().value("code").toString(),
        QStringLiteral("DUF"));
}

void TestNhnFhirTransport::deathPart2ReferencesTheDeathAndTheRole()
{
    const SubmissionDocument part2 = death(ApiSamples::residentPatient()).at(1);
    const ApiRequest request = NhnFhirTransport().render("questionnaire-response", RenderContext {part2, Key, "1028", RoleLearned}).value();
    QCOMPARE(request.path, QStringLiteral("/QuestionnaireResponse"));
    QCOMPARE(request.idempotencyKey, Key);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value("resourceType").toString(), QStringLiteral("QuestionnaireResponse"));
    QCOMPARE(body.value("questionnaire").toString(), QStringLiteral("Questionnaire/1"));
    QCOMPARE(body.value("status").toString(), QStringLiteral("completed"));
    QCOMPARE(body.value("subject").toObject(), ApiSamples::object(R"({"reference":"Patient/1028"})"));
    QCOMPARE(body.value("author").toObject(), ApiSamples::object(R"({"reference":"PractitionerRole/3024"})"));
    QCOMPARE(body.value("item"), ApiSamples::questionnaireResponse().value("item"));
    QCOMPARE(body.size(), 6);
}

void TestNhnFhirTransport::laterStepsNeedWhatEarlierOnesLearned()
{
    NhnFhirTransport transport;
    const QList<SubmissionDocument> documents = death(ApiSamples::residentPatient());
    const Result<ApiRequest> noRole = transport.render("patient", RenderContext {documents.at(0), Key, {}, {}});
    QVERIFY(!noRole.isOk());
    QCOMPARE(noRole.error().code, QStringLiteral("api-render-failed"));
    const Result<ApiRequest> noDeath = transport.render("questionnaire-response", RenderContext {documents.at(1), Key, {}, RoleLearned});
    QVERIFY(!noDeath.isOk());
    QCOMPARE(noDeath.error().code, QStringLiteral("api-render-failed"));
    QVERIFY(!transport.render("questionnaire-response", RenderContext {documents.at(0), Key, "1", RoleLearned}).isOk());
}

void TestNhnFhirTransport::voidSetsDeceasedFalse()
{
    const SubmissionDocument voiding =
        SubmissionDocument::forVoid(ApiSamples::residentPatient(), ApiSamples::practitionerRole(), "Feil").value();
    const ApiRequest request = NhnFhirTransport().render("patient", RenderContext {voiding, Key, {}, RoleLearned}).value();
    QCOMPARE(request.body,
        QByteArray(R"({"deceasedBoolean":false,"generalPractitioner":[{"reference":"PractitionerRole/3024"}],)"
                   R"("identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.1","use":"usual","value":"24047230752"}],)"
                   R"("resourceType":"Patient"})"));
}

void TestNhnFhirTransport::renderingIsByteIdenticalOnRepeat()
{
    NhnFhirTransport transport;
    for (const SubmissionDocument& document : death(ApiSamples::foreignPatient())) {
        const QByteArray stored = document.toJson();
        for (const QString& step : transport.steps(document)) {
            const QByteArray first =
                transport.render(step, RenderContext {SubmissionDocument::fromJson(stored).value(), Key, "1028", RoleLearned})->body;
            const QByteArray again =
                transport.render(step, RenderContext {SubmissionDocument::fromJson(stored).value(), Key, "1028", RoleLearned})->body;
            QCOMPARE(again, first);
        }
    }
}

void TestNhnFhirTransport::answersAreRead()
{
    NhnFhirTransport transport;
    QCOMPARE(transport.parse("practitioner-role", R"({"resourceType":"PractitionerRole","id":"3028"})")->id, QStringLiteral("3028"));
    QCOMPARE(transport.parse("patient", R"({"resourceType":"Patient","id":"1028","deceasedDateTime":"2021-11-06"})")->id,
        QStringLiteral("1028"));
    const Result<StepResult> response = transport.parse("questionnaire-response",
        R"({"resourceType":"QuestionnaireResponse","id":"b4e8","authored":"2021-12-20T18:35:20.439+01:00"})");
    QVERIFY(response.isOk());
    QCOMPARE(response->id, QStringLiteral("b4e8"));
    QCOMPARE(response->receivedAt.toUTC(), QDateTime(QDate(2021, 12, 20), QTime(17, 35, 20, 439), Qt::UTC));
}

void TestNhnFhirTransport::unreadableAnswersAreRefused_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << "patient" << QByteArray();
    QTest::newRow("not JSON") << "patient" << QByteArray("Created");
    QTest::newRow("other resource") << "patient" << QByteArray(R"({"resourceType":"OperationOutcome","id":"1"})");
    QTest::newRow("no id") << "practitioner-role" << QByteArray(R"({"resourceType":"PractitionerRole"})");
    QTest::newRow("numeric id") << "patient" << QByteArray(R"({"resourceType":"Patient","id":1028})");
}

void TestNhnFhirTransport::unreadableAnswersAreRefused()
{
    QFETCH(QString, step);
    QFETCH(QByteArray, body);
    const Result<StepResult> parsed = NhnFhirTransport().parse(step, body);
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().code, QStringLiteral("api-unreadable-answer"));
}

void TestNhnFhirTransport::lookUpSearchesByIdentifierSystem()
{
    const ApiRequest fnr = NhnFhirTransport().lookUpRequest("24047230752");
    QCOMPARE(fnr.method, QByteArray("GET"));
    QCOMPARE(fnr.path, QStringLiteral("/Patient"));
    QVERIFY(fnr.body.isEmpty());
    QCOMPARE(fnr.query.queryItemValue("identifier"), QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.1|24047230752"));
    const ApiRequest dnr = NhnFhirTransport().lookUpRequest("41017012345");
    QCOMPARE(dnr.query.queryItemValue("identifier"), QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.2|41017012345"));
}

void TestNhnFhirTransport::lookUpBundleIsRead()
{
    NhnFhirTransport transport;
    const Result<QList<RegistryPerson>> persons = transport.parseLookUp(R"({"resourceType":"Bundle","type":"searchset","total":1,
        "entry":[{"resource":{"resourceType":"Patient","id":"9",
          "identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.1","value":"24047230752"}],
          "name":[{"family":"Nordmann","given":["Kari","Testa","Mari"]}],"birthDate":"1972-04-24","gender":"female",
          "deceasedDateTime":"2021-11-06T10:11:00+01:00"}},
          {"resource":{"resourceType":"OperationOutcome"}}]})");
    QVERIFY(persons.isOk());
    QCOMPARE(persons->size(), 1);
    const RegistryPerson& kari = persons->at(0);
    QCOMPARE(kari.identifier, QStringLiteral("24047230752"));
    QCOMPARE(kari.givenName, QStringLiteral("Kari"));
    QCOMPARE(kari.middleName, QStringLiteral("Testa Mari"));
    QCOMPARE(kari.familyName, QStringLiteral("Nordmann"));
    QCOMPARE(kari.sex, Identity::Sex::Female);
    QVERIFY(kari.deceased);
    QCOMPARE(kari.deathDate, std::optional<QDate>(QDate(2021, 11, 6)));
    QVERIFY(transport.parseLookUp(R"({"resourceType":"Bundle","type":"searchset","total":0})")->isEmpty());
    QCOMPARE(transport.parseLookUp(R"({"resourceType":"Patient"})").error().code, QStringLiteral("api-unreadable-answer"));
    QCOMPARE(transport.parseLookUp("").error().code, QStringLiteral("api-unreadable-answer"));
    QCOMPARE(transport.parseLookUp(R"({"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","identifier":[{"system":"x","value":"1"}]}}]})")
                 .error()
                 .code,
        QStringLiteral("api-unreadable-answer"));
}

QTEST_GUILESS_MAIN(TestNhnFhirTransport)
#include "TestNhnFhirTransport.moc"
