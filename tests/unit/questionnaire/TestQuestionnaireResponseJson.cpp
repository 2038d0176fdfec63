#include "QuestionnaireTestData.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;
using Form = Meldeklient::Questionnaire::Questionnaire;

namespace {

QByteArray responseJson(const QByteArray& items, const QByteArray& extra = {})
{
    return R"({"resourceType":"QuestionnaireResponse","status":"in-progress",)" + extra + R"("item":)" + items + "}";
}

QuestionnaireResponse completeDodsaarsak()
{
    QuestionnaireResponse response;
    response.setQuestionnaire("https://example.invalid/meldeklient/fhir/Questionnaire/dodsaarsak|1.0.0");
    response.setStatus(QuestionnaireResponse::Status::Completed);
    response.setOtherMember("subject", QJsonObject {{"reference", "Patient/1028"}});
    response.setOtherMember("authored", "2021-12-20T18:35:20+01:00");
    response.setAnswer("timeOfDeath", *AnswerValue::fromTemporal(ValueType::Time, "10:00:00"));
    response.setAnswer("placeOfDeath",
        AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.99003", "4", "Annen helseinstitusjon", ""}));
    response.setAnswer("institution", AnswerValue::fromString("Sykehjemmet"));
    response.setAnswer(
        "municipality", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.3402", "0301", "Oslo", ""}));
    response.setAnswer(
        "causeOfDeath_question_A_code", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.7110", "I219", "", ""}));
    response.setAnswer(
        "causeOfDeath_question_A_time", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.99004", "1", "", ""}));
    response.setAnswer("causeOfDeath_question_B_text", AnswerValue::fromString("Aterosklerose"));
    response.setAnswers("causeOfDeath_question_secondary_code",
        {AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.7110", "E119", "", ""}),
            AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.7110", "I10", "", ""})});
    response.setAnswer(
        "additionalInfoAboutDamage_q1", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.1102", "1", "Ja", ""}));
    response.setAnswer(
        "additionalInfoAboutDamage_timeOfDamage", *AnswerValue::fromTemporal(ValueType::Date, "2021-12-18"));
    response.setAnswer("additionalInfoAboutDamage_description", AnswerValue::fromString("Fall i trapp"));
    response.setAnswer(
        "additionalInfoAboutDamage_place", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.99005", "0", "", ""}));
    response.setAnswer("additionalInfoAboutDamage_activity",
        AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.99006", "4", "", ""}));
    response.setAnswer(
        "operation_impact_on_death", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.1102", "2", "Nei", ""}));
    response.setAnswer(
        "classification_death", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.99000", "2", "Ulykke", ""}));
    response.setAnswer(
        "classification_autopsy", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.1102", "9", "", ""}));
    response.setAnswer(
        "classification_reevaluate", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.1102", "2", "", ""}));
    response.setAnswer("report_unnatural", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.1102", "1", "", ""}));
    return response;
}

} // namespace

class TestQuestionnaireResponseJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsNestedItems();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void writesNestedAsTheForm();
    void writeDropsHiddenAnswers();
    void roundTrip();

private:
    std::optional<Form> m_form;
};

void TestQuestionnaireResponseJson::initTestCase()
{
    m_form = Test::loadForm(":/forms/dodsaarsak.json");
}

void TestQuestionnaireResponseJson::readsNestedItems()
{
    const Result<QuestionnaireResponse> read = QuestionnaireResponseJson::read(*m_form,
        responseJson(R"([
        {"linkId":"1_timeOfDeath_group","text":"Klokkeslett","item":[{"linkId":"timeOfDeath","answer":[{"valueTime":"23:15:00"}]}]},
        {"linkId":"3_causeOfDeath_group","item":[
            {"linkId":"causeOfDeath_question_A_text","answer":[{"valueString":"Sepsis"}]},
            {"linkId":"causeOfDeath_question_secondary_code","answer":[{"valueCoding":{"system":"7110","code":"E119"}},{"valueCoding":{"system":"7110","code":"I10"}}]}]}])",
            R"("questionnaire":"/Questionnaire/1","subject":{"reference":"Patient/1"},"id":"abc",)"));
    QVERIFY2(read.isOk(), qPrintable(read.isOk() ? QString() : read.error().message));
    QCOMPARE(read->questionnaire(), "/Questionnaire/1");
    QCOMPARE(read->status(), QuestionnaireResponse::Status::InProgress);
    QCOMPARE(read->text("timeOfDeath"), "23:15:00");
    QCOMPARE(read->text("causeOfDeath_question_A_text"), "Sepsis");
    QCOMPARE(read->answers("causeOfDeath_question_secondary_code").size(), 2);
    QCOMPARE(read->otherMembers().value("id").toString(), "abc");
    QCOMPARE(read->otherMembers().value("subject").toObject().value("reference").toString(), "Patient/1");
}

void TestQuestionnaireResponseJson::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    const QByteArray time
        = R"({"linkId":"1_timeOfDeath_group","item":[{"linkId":"timeOfDeath","answer":[{"valueTime":"10:00:00"}]}]})";
    QTest::newRow("not json") << QByteArray("{") << "response-json"
                              << "offset";
    QTest::newRow("wrong resource") << QByteArray(R"({"resourceType":"Questionnaire","status":"completed"})")
                                    << "response-resource-type"
                                    << "";
    QTest::newRow("no status") << QByteArray(R"({"resourceType":"QuestionnaireResponse"})") << "response-status"
                               << "status";
    QTest::newRow("bad status") << QByteArray(R"({"resourceType":"QuestionnaireResponse","status":"done"})")
                                << "response-status"
                                << "status";
    QTest::newRow("questionnaire not string")
        << responseJson("[" + time + "]", R"("questionnaire":1,)") << "response-invalid-member"
        << "questionnaire";
    QTest::newRow("subject not object") << responseJson("[" + time + "]", R"("subject":"Patient/1",)")
                                        << "response-invalid-member"
                                        << "subject";
    QTest::newRow("item not array") << responseJson("{}") << "response-invalid-member"
                                    << "item";
    QTest::newRow("empty item array") << responseJson("[]") << "response-invalid-member"
                                      << "item";
    QTest::newRow("item not object") << responseJson("[1]") << "response-invalid-member"
                                     << "item[0]";
    QTest::newRow("missing linkId") << responseJson(R"([{"answer":[{"valueString":"x"}]}])")
                                    << "response-invalid-member"
                                    << "linkId";
    QTest::newRow("unknown linkId") << responseJson(R"([{"linkId":"nope","answer":[{"valueString":"x"}]}])")
                                    << "response-unknown-link-id"
                                    << "nope";
    QTest::newRow("duplicate linkId") << responseJson("[" + time + "," + time + "]") << "response-duplicate-link-id"
                                      << "item[1]";
    QTest::newRow("flattened") << responseJson(R"([{"linkId":"timeOfDeath","answer":[{"valueTime":"10:00:00"}]}])")
                               << "response-misplaced-item"
                               << "timeOfDeath";
    QTest::newRow("under the wrong group") << responseJson(
        R"([{"linkId":"2_placeOfDeath_group","item":[{"linkId":"timeOfDeath","answer":[{"valueTime":"10:00:00"}]}]}])")
                                           << "response-misplaced-item"
                                           << "item[0].item[0]";
    QTest::newRow("answer on group") << responseJson(
        R"([{"linkId":"1_timeOfDeath_group","answer":[{"valueString":"x"}]}])")
                                     << "response-unexpected-answer"
                                     << "1_timeOfDeath_group";
    QTest::newRow("answer on display") << responseJson(
        R"([{"linkId":"3_causeOfDeath_group","item":[{"linkId":"causeOfDeath_question_text","answer":[{"valueString":"x"}]}]}])")
                                       << "response-unexpected-answer"
                                       << "causeOfDeath_question_text";
    QTest::newRow("items under question") << responseJson(
        R"([{"linkId":"1_timeOfDeath_group","item":[{"linkId":"timeOfDeath","item":[{"linkId":"placeOfDeath"}]}]}])")
                                          << "response-misplaced-item"
                                          << "timeOfDeath";
    QTest::newRow("string for time") << responseJson(
        R"([{"linkId":"1_timeOfDeath_group","item":[{"linkId":"timeOfDeath","answer":[{"valueString":"10:00"}]}]}])")
                                     << "response-answer-type"
                                     << "answer[0]";
    QTest::newRow("string for choice") << responseJson(
        R"([{"linkId":"2_placeOfDeath_group","item":[{"linkId":"placeOfDeath","answer":[{"valueString":"Hjemme"}]}]}])")
                                       << "response-answer-type"
                                       << "placeOfDeath";
    QTest::newRow("coding for text") << responseJson(
        R"([{"linkId":"3_causeOfDeath_group","item":[{"linkId":"causeOfDeath_question_A_text","answer":[{"valueCoding":{"code":"A00"}}]}]}])")
                                     << "response-answer-type"
                                     << "causeOfDeath_question_A_text";
    QTest::newRow("invalid time") << responseJson(
        R"([{"linkId":"1_timeOfDeath_group","item":[{"linkId":"timeOfDeath","answer":[{"valueTime":"24:00:00"}]}]}])")
                                  << "response-invalid-answer"
                                  << "answer[0]";
    QTest::newRow("empty answer array") << responseJson(
        R"([{"linkId":"1_timeOfDeath_group","item":[{"linkId":"timeOfDeath","answer":[]}]}])")
                                        << "response-invalid-answer"
                                        << "timeOfDeath";
    QTest::newRow("answer without value")
        << responseJson(R"([{"linkId":"1_timeOfDeath_group","item":[{"linkId":"timeOfDeath","answer":[{}]}]}])")
        << "response-invalid-answer"
        << "answer[0]";
    QTest::newRow("answer with nested items") << responseJson(
        R"([{"linkId":"1_timeOfDeath_group","item":[{"linkId":"timeOfDeath","answer":[{"valueTime":"10:00:00","item":[]}]}]}])")
                                              << "response-invalid-answer"
                                              << "answer[0]";
    QTest::newRow("unknown item member") << responseJson(
        R"([{"linkId":"1_timeOfDeath_group","item":[{"linkId":"timeOfDeath","answers":[{"valueTime":"10:00:00"}]}]}])")
                                         << "response-invalid-member"
                                         << "answers";
}

void TestQuestionnaireResponseJson::rejectsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const Result<QuestionnaireResponse> read = QuestionnaireResponseJson::read(*m_form, json);
    QVERIFY(!read.isOk());
    QCOMPARE(read.error().code, code);
    QVERIFY2(read.error().message.contains(mentions), qPrintable(read.error().message));
}

void TestQuestionnaireResponseJson::writesNestedAsTheForm()
{
    QuestionnaireResponse response = completeDodsaarsak();
    const QJsonObject written = QuestionnaireResponseJson::write(*m_form, response);
    QCOMPARE(written.value("resourceType").toString(), "QuestionnaireResponse");
    QCOMPARE(written.value("status").toString(), "completed");
    QCOMPARE(written.value("questionnaire").toString(), response.questionnaire());
    QCOMPARE(written.value("authored").toString(), "2021-12-20T18:35:20+01:00");
    const QJsonArray groups = written.value("item").toArray();
    QStringList groupIds;
    for (const QJsonValue& group : groups)
        groupIds << group.toObject().value("linkId").toString();
    QCOMPARE(groupIds,
        (QStringList {"1_timeOfDeath_group", "2_placeOfDeath_group", "3_causeOfDeath_group",
            "4_additionalInfoAboutDamage_group", "5_operation_group", "6_classification_group",
            "7_obligation_to_notify"}));
    const QJsonObject time = groups.at(0).toObject().value("item").toArray().at(0).toObject();
    QCOMPARE(time.value("linkId").toString(), "timeOfDeath");
    QCOMPARE(time.value("answer").toArray().at(0).toObject().value("valueTime").toString(), "10:00:00");
    const QJsonArray causes = groups.at(2).toObject().value("item").toArray();
    QCOMPARE(causes.size(), 4); // A_code, A_time, B_text, secondary (display items are never written)
    QCOMPARE(causes.at(3).toObject().value("answer").toArray().size(), 2);

    // A response without answers has no items at all.
    QVERIFY(!QuestionnaireResponseJson::write(*m_form, QuestionnaireResponse()).contains("item"));
}

void TestQuestionnaireResponseJson::writeDropsHiddenAnswers()
{
    QuestionnaireResponse response = completeDodsaarsak();
    // The user first answered "injury: yes" and filled in the details, then changed to "no"; and typed both a code
    // and a free text on line A.
    response.setAnswer("additionalInfoAboutDamage_q1", AnswerValue::fromCoding({"1102", "2", "Nei", ""}));
    response.setAnswer("causeOfDeath_question_A_text", AnswerValue::fromString("Hjerteinfarkt"));
    response.setAnswer("placeOfDeath", AnswerValue::fromCoding({"99003", "5", "", ""}));
    const QByteArray written = QuestionnaireResponseJson::writeJson(*m_form, response);
    for (const char* hidden : {"additionalInfoAboutDamage_timeOfDamage", "additionalInfoAboutDamage_description",
             "additionalInfoAboutDamage_place", "additionalInfoAboutDamage_activity", "causeOfDeath_question_A_text",
             "\"institution\"", "Fall i trapp", "Sykehjemmet"})
        QVERIFY2(!written.contains(hidden), hidden);
    QVERIFY(written.contains("additionalInfoAboutDamage_q1"));
    // The model keeps them, so switching back restores what was typed.
    QVERIFY(response.hasAnswer("additionalInfoAboutDamage_description"));

    const Result<QuestionnaireResponse> reread = QuestionnaireResponseJson::read(*m_form, written);
    QVERIFY(reread.isOk());
    QVERIFY(!reread->hasAnswer("additionalInfoAboutDamage_description"));
    QVERIFY(!reread->hasAnswer("institution"));
    QCOMPARE(reread->answeredLinkIds().size(), response.answeredLinkIds().size() - 6);
}

void TestQuestionnaireResponseJson::roundTrip()
{
    const QuestionnaireResponse response = completeDodsaarsak();
    const QByteArray written = QuestionnaireResponseJson::writeJson(*m_form, response);
    const Result<QuestionnaireResponse> reread = QuestionnaireResponseJson::read(*m_form, written);
    QVERIFY2(reread.isOk(), qPrintable(reread.isOk() ? QString() : reread.error().message));
    QCOMPARE(*reread, response);
    QCOMPARE(QuestionnaireResponseJson::writeJson(*m_form, *reread), written);

    // Del 1, PUF branch.
    const Form del1 = Test::loadForm(":/forms/dodsfall.json");
    QuestionnaireResponse puf = QuestionnaireResponse::withInitialValues(del1);
    puf.setAnswer("deceased_has_norwegian_id", AnswerValue::fromBoolean(false));
    puf.setAnswer("foreign_id_type", AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.8116", "DUF", "", ""}));
    puf.setAnswer("foreign_id", AnswerValue::fromString("11111Asc"));
    puf.setAnswer("birth_date", *AnswerValue::fromTemporal(ValueType::Date, "2001-10-01"));
    puf.setAnswer("death_date", *AnswerValue::fromTemporal(ValueType::Date, "2021-10-02"));
    const Result<QuestionnaireResponse> pufBack
        = QuestionnaireResponseJson::read(del1, QuestionnaireResponseJson::writeJson(del1, puf));
    QVERIFY(pufBack.isOk());
    QCOMPARE(*pufBack, puf);
}

QTEST_GUILESS_MAIN(TestQuestionnaireResponseJson)
#include "TestQuestionnaireResponseJson.moc"
