#include "ApiSamples.h"

#include "core/api/NhnRestTransport.h"
#include "core/notification/NotificationBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Api;
using Meldeklient::Notification::NotificationBundle;

namespace {
const QString Key = "6f1c2a8e-3b4d-4c5e-9f60-7a8b9c0d1e2f";

QList<SubmissionDocument> death(const QJsonObject& patient)
{
    return SubmissionDocument::forDeath(NotificationBundle::fromJson(ApiSamples::bundle(patient)).value()).value();
}

QJsonObject bodyOf(const ApiRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}
} // namespace

class TestNhnRestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createKnowsBothTransportsAndRefusesOthers();
    void deathPart1HasTheExactShape();
    void renderingIsByteIdenticalOnRepeat();
    void personWithoutNumberSendsTheirDetails();
    void deathPart2CarriesTheDeathIdAndFlatAnswers();
    void deathPart2NeedsTheDeathId();
    void voidCarriesReasonAndDeathId();
    void unsupportedAnswerTypeIsRefused();
    void receiptsAreRead();
    void unreadableReceiptsAreRefused_data();
    void unreadableReceiptsAreRefused();
    void lookUpIsAPostWithTheNumberInTheBody();
    void lookUpAnswerIsRead();
    void unreadableLookUpAnswersAreRefused_data();
    void unreadableLookUpAnswersAreRefused();
};

void TestNhnRestTransport::createKnowsBothTransportsAndRefusesOthers()
{
    QCOMPARE(Transport::create("nhn-rest").value()->name(), QStringLiteral("nhn-rest"));
    QCOMPARE(Transport::create("nhn-fhir").value()->name(), QStringLiteral("nhn-fhir"));
    const auto unknown = Transport::create("soap");
    QVERIFY(!unknown.isOk());
    QCOMPARE(unknown.error().code, QStringLiteral("api-unknown-transport"));
    QVERIFY(unknown.error().message.contains("nhn-rest"));
}

void TestNhnRestTransport::deathPart1HasTheExactShape()
{
    NhnRestTransport transport;
    const SubmissionDocument part1 = death(ApiSamples::residentPatient()).at(0);
    QCOMPARE(transport.steps(part1), QStringList {"dodsfall"});
    const Result<ApiRequest> request = transport.render("dodsfall", RenderContext {part1, Key, {}, {}});
    QVERIFY(request.isOk());
    QCOMPARE(request->method, QByteArray("POST"));
    QCOMPARE(request->path, QStringLiteral("/dodsfall"));
    QCOMPARE(request->contentType, QByteArray("application/json"));
    QCOMPARE(request->idempotencyKey, Key);
    // Only what Folkeregisteret needs: no name, no local ids or meta of the resident.
    QCOMPARE(request->body,
        QByteArray(R"({"doedstidspunkt":"2021-11-06T10:11:00+01:00","identifikator":{"type":"FNR","verdi":"24047230752"},)"
                   R"("meldendeLege":{"avdeling":"Avdeling ABC","epost":"lege@test.no","telefon":"007007",)"
                   R"("virksomhet":"Test Sykehuset"}})"));
}

void TestNhnRestTransport::renderingIsByteIdenticalOnRepeat()
{
    NhnRestTransport transport;
    const QList<SubmissionDocument> documents = death(ApiSamples::foreignPatient());
    for (const SubmissionDocument& document : documents) {
        // From the stored bytes, as every attempt does.
        const SubmissionDocument stored = SubmissionDocument::fromJson(document.toJson()).value();
        const QString step = transport.steps(stored).constFirst();
        const RenderContext context {stored, Key, "D-17", {}};
        const QByteArray first = transport.render(step, context).value().body;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(transport.render(step, RenderContext {SubmissionDocument::fromJson(document.toJson()).value(), Key, "D-17", {}}).value().body, first);
    }
}

void TestNhnRestTransport::personWithoutNumberSendsTheirDetails()
{
    NhnRestTransport transport;
    const ApiRequest request = transport.render("dodsfall", RenderContext {death(ApiSamples::foreignPatient()).at(0), Key, {}, {}}).value();
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.value("identifikator").toObject(), ApiSamples::object(R"({"type":"DUF","verdi":"11111Asc"})"));
    QCOMPARE(body.value("personUtenFoedselsnummer").toObject(),
        ApiSamples::object(R"({"fornavn":"Fornavn","mellomnavn":"Mellomnavn","etternavn":"Etternavn","foedselsdato":"2001-10-01",
            "kjoenn":"mann","bostedsland":"DK","oppholdsgrunn":"3"})"));
    QCOMPARE(body.value("doedstidspunkt").toString(), QStringLiteral("2021-10-02"));
}

void TestNhnRestTransport::deathPart2CarriesTheDeathIdAndFlatAnswers()
{
    NhnRestTransport transport;
    const SubmissionDocument part2 = death(ApiSamples::residentPatient()).at(1);
    QCOMPARE(transport.steps(part2), QStringList {"dodsarsaker"});
    const ApiRequest request = transport.render("dodsarsaker", RenderContext {part2, Key, "D-17", {}}).value();
    QCOMPARE(request.path, QStringLiteral("/dodsarsaker"));
    QCOMPARE(request.idempotencyKey, Key);
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.value("dodsfallId").toString(), QStringLiteral("D-17"));
    QCOMPARE(body.value("skjema").toObject(), ApiSamples::object(R"({"navn":"dodsaarsak_1","versjon":"1.0.0"})"));
    QCOMPARE(body.value("meldendeLege").toObject().value("virksomhet").toString(), QStringLiteral("Test Sykehuset"));
    // One entry per answer, in questionnaire order, groups flattened away.
    const QJsonArray expected = QJsonDocument::fromJson(R"([
        {"linkId":"timeOfDeath","verdi":"10:00:00"},
        {"linkId":"placeOfDeath","verdi":{"system":"urn:oid:2.16.578.1.12.4.1.1.99003","kode":"5"}},
        {"linkId":"municipality_unknown_checkbox","verdi":true},
        {"linkId":"causeOfDeath_question_A_code","verdi":{"system":"urn:oid:2.16.578.1.12.4.1.1.7110","kode":"J189","visning":"Pneumoni"}},
        {"linkId":"causeOfDeath_question_A_time","verdi":{"system":"urn:oid:2.16.578.1.12.4.1.1.99004","kode":"1"}}])").array();
    QCOMPARE(body.value("svar").toArray(), expected);
    QVERIFY(!request.body.contains("24047230752"));
}

void TestNhnRestTransport::deathPart2NeedsTheDeathId()
{
    NhnRestTransport transport;
    const Result<ApiRequest> request = transport.render("dodsarsaker", RenderContext {death(ApiSamples::residentPatient()).at(1), Key, {}, {}});
    QVERIFY(!request.isOk());
    QCOMPARE(request.error().code, QStringLiteral("api-render-failed"));
    const Result<ApiRequest> wrongStep = transport.render("dodsfall", RenderContext {death(ApiSamples::residentPatient()).at(1), Key, "D-1", {}});
    QVERIFY(!wrongStep.isOk());
    QCOMPARE(wrongStep.error().code, QStringLiteral("api-render-failed"));
}

void TestNhnRestTransport::voidCarriesReasonAndDeathId()
{
    NhnRestTransport transport;
    const SubmissionDocument voiding =
        SubmissionDocument::forVoid(ApiSamples::residentPatient(), ApiSamples::practitionerRole(), "Feil person").value();
    QCOMPARE(transport.steps(voiding), QStringList {"annullering"});
    const ApiRequest withId = transport.render("annullering", RenderContext {voiding, Key, "D-17", {}}).value();
    QCOMPARE(withId.path, QStringLiteral("/dodsfall/annullering"));
    QCOMPARE(withId.body,
        QByteArray(R"({"begrunnelse":"Feil person","dodsfallId":"D-17","identifikator":{"type":"FNR","verdi":"24047230752"},)"
                   R"("meldendeLege":{"avdeling":"Avdeling ABC","epost":"lege@test.no","telefon":"007007",)"
                   R"("virksomhet":"Test Sykehuset"}})"));
    const ApiRequest withoutId = transport.render("annullering", RenderContext {voiding, Key, {}, {}}).value();
    QVERIFY(!bodyOf(withoutId).contains("dodsfallId"));
}

void TestNhnRestTransport::unsupportedAnswerTypeIsRefused()
{
    const Result<QJsonArray> flattened = NhnRestTransport::flattenAnswers(
        ApiSamples::object(R"({"item":[{"linkId":"a","answer":[{"valueAttachment":{"url":"x"}}]}]})"));
    QVERIFY(!flattened.isOk());
    QCOMPARE(flattened.error().code, QStringLiteral("api-render-failed"));
    const Result<QJsonArray> empty = NhnRestTransport::flattenAnswers(
        ApiSamples::object(R"({"item":[{"linkId":"a","answer":[{}]}]})"));
    QVERIFY(!empty.isOk());
    // Nested answers of an answer come right after it.
    const Result<QJsonArray> nested = NhnRestTransport::flattenAnswers(ApiSamples::object(
        R"({"item":[{"linkId":"a","answer":[{"valueInteger":3,"item":[{"linkId":"b","answer":[{"valueDecimal":1.5}]}]}]},{"linkId":"c","answer":[{"valueDate":"2024-01-02"}]}]})"));
    QVERIFY(nested.isOk());
    QCOMPARE(nested.value(), QJsonDocument::fromJson(R"([{"linkId":"a","verdi":3},{"linkId":"b","verdi":1.5},{"linkId":"c","verdi":"2024-01-02"}])").array());
}

void TestNhnRestTransport::receiptsAreRead()
{
    NhnRestTransport transport;
    const Result<StepResult> death = transport.parse("dodsfall", R"({"dodsfallId":"D-17","mottatt":"2026-11-22T15:00:01.250Z"})");
    QVERIFY(death.isOk());
    QCOMPARE(death->id, QStringLiteral("D-17"));
    QCOMPARE(death->receivedAt, QDateTime(QDate(2026, 11, 22), QTime(15, 0, 1, 250), Qt::UTC));
    QCOMPARE(transport.parse("dodsarsaker", R"({"dodsarsakId":"C-3","mottatt":"x","legeerklaering":"u"})")->id, QStringLiteral("C-3"));
    QVERIFY(!transport.parse("dodsarsaker", R"({"dodsarsakId":"C-3","mottatt":"x"})")->receivedAt.isValid());
    QCOMPARE(transport.parse("annullering", R"({"annulleringId":"A-1","dodsfallId":"D-17"})")->id, QStringLiteral("A-1"));
}

void TestNhnRestTransport::unreadableReceiptsAreRefused_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << "dodsfall" << QByteArray();
    QTest::newRow("html") << "dodsfall" << QByteArray("<html>ok</html>");
    QTest::newRow("array") << "dodsfall" << QByteArray("[]");
    QTest::newRow("no id") << "dodsfall" << QByteArray(R"({"mottatt":"2026-01-01T00:00:00Z"})");
    QTest::newRow("other step's id") << "dodsarsaker" << QByteArray(R"({"dodsfallId":"D-17"})");
    QTest::newRow("id not text") << "dodsfall" << QByteArray(R"({"dodsfallId":17})");
}

void TestNhnRestTransport::unreadableReceiptsAreRefused()
{
    QFETCH(QString, step);
    QFETCH(QByteArray, body);
    const Result<StepResult> parsed = NhnRestTransport().parse(step, body);
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().code, QStringLiteral("api-unreadable-answer"));
}

void TestNhnRestTransport::lookUpIsAPostWithTheNumberInTheBody()
{
    const ApiRequest request = NhnRestTransport().lookUpRequest("24047230752");
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/personoppslag"));
    QVERIFY(request.query.isEmpty());
    QCOMPARE(request.body, QByteArray(R"({"identifikator":"24047230752"})"));
}

void TestNhnRestTransport::lookUpAnswerIsRead()
{
    const Result<QList<RegistryPerson>> persons = NhnRestTransport().parseLookUp(R"({"personer":[
        {"identifikator":"24047230752","fornavn":"Kari","mellomnavn":"Testa","etternavn":"Nordmann",
         "foedselsdato":"1972-04-24","kjoenn":"kvinne","doed":true,"doedsdato":"2021-11-06"},
        {"identifikator":"41017012345","fornavn":"Ola","etternavn":"D","foedselsdato":"1970-01-01","kjoenn":"mann","doed":false}]})");
    QVERIFY(persons.isOk());
    QCOMPARE(persons->size(), 2);
    const RegistryPerson& kari = persons->at(0);
    QCOMPARE(kari.identifier, QStringLiteral("24047230752"));
    QCOMPARE(kari.givenName, QStringLiteral("Kari"));
    QCOMPARE(kari.middleName, QStringLiteral("Testa"));
    QCOMPARE(kari.familyName, QStringLiteral("Nordmann"));
    QCOMPARE(kari.birthDate, std::optional<QDate>(QDate(1972, 4, 24)));
    QCOMPARE(kari.sex, Identity::Sex::Female);
    QVERIFY(kari.deceased);
    QCOMPARE(kari.deathDate, std::optional<QDate>(QDate(2021, 11, 6)));
    QCOMPARE(persons->at(1).sex, Identity::Sex::Male);
    QVERIFY(!persons->at(1).deceased);
    QVERIFY(!persons->at(1).deathDate.has_value());
    QVERIFY(NhnRestTransport().parseLookUp(R"({"personer":[]})")->isEmpty());
}

void TestNhnRestTransport::unreadableLookUpAnswersAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no list") << QByteArray(R"({"person":{}})");
    QTest::newRow("list not an array") << QByteArray(R"({"personer":{}})");
    QTest::newRow("person without identifier") << QByteArray(R"({"personer":[{"fornavn":"Kari"}]})");
}

void TestNhnRestTransport::unreadableLookUpAnswersAreRefused()
{
    QFETCH(QByteArray, body);
    const Result<QList<RegistryPerson>> persons = NhnRestTransport().parseLookUp(body);
    QVERIFY(!persons.isOk());
    QCOMPARE(persons.error().code, QStringLiteral("api-unreadable-answer"));
}

QTEST_GUILESS_MAIN(TestNhnRestTransport)
#include "TestNhnRestTransport.moc"
