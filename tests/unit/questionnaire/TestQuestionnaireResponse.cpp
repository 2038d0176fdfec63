#include "QuestionnaireTestData.h"
#include "core/questionnaire/QuestionnaireResponse.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;

class TestQuestionnaireResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialValues();
    void initialValuesOfOurForms();
    void typedAccess();
    void emptyAnswersClear();
    void statusCodes();
};

void TestQuestionnaireResponse::initialValues()
{
    const auto form = Test::loadQuestionnaire(R"([
        {"linkId":"b","type":"boolean","initial":[{"valueBoolean":false}]},
        {"linkId":"c","type":"choice","repeats":true,"answerOption":[
            {"valueCoding":{"code":"1"},"initialSelected":true},{"valueCoding":{"code":"2"}},
            {"valueCoding":{"code":"3"},"initialSelected":true}]},
        {"linkId":"s","type":"string"}])");
    const QuestionnaireResponse response = QuestionnaireResponse::withInitialValues(form);
    QCOMPARE(response.questionnaire(), "urn:test:q|1");
    QCOMPARE(response.status(), QuestionnaireResponse::Status::InProgress);
    QCOMPARE(response.boolean("b"), false);
    QCOMPARE(response.answers("c").size(), 2);
    QCOMPARE(response.answers("c").at(1).toCoding().code, "3");
    QVERIFY(!response.hasAnswer("s"));
    QCOMPARE(response.answeredLinkIds().size(), 2);
}

void TestQuestionnaireResponse::initialValuesOfOurForms()
{
    const QuestionnaireResponse del1
        = QuestionnaireResponse::withInitialValues(Test::loadForm(":/forms/dodsfall.json"));
    QCOMPARE(del1.boolean("deceased_has_norwegian_id"), true);
    QCOMPARE(del1.answeredLinkIds(), QStringList {"deceased_has_norwegian_id"});
    QVERIFY(del1.questionnaire().endsWith("/Questionnaire/dodsfall|1.0.0"));
    const QuestionnaireResponse del2
        = QuestionnaireResponse::withInitialValues(Test::loadForm(":/forms/dodsaarsak.json"));
    QVERIFY(del2.answeredLinkIds().isEmpty());
}

void TestQuestionnaireResponse::typedAccess()
{
    QuestionnaireResponse response;
    response.setAnswer("bool", AnswerValue::fromBoolean(true));
    response.setAnswer("code", AnswerValue::fromCoding({"99003", "4", "Annen helseinstitusjon", ""}));
    response.setAnswer("date", *AnswerValue::fromTemporal(ValueType::Date, "2021-10-02"));
    response.setAnswer("dateTime", *AnswerValue::fromTemporal(ValueType::DateTime, "2021-10-02T10:00:00+02:00"));
    response.setAnswer("int", AnswerValue::fromInteger(3));
    response.setAnswers("many", {AnswerValue::fromString("a"), AnswerValue::fromString("b")});
    QCOMPARE(response.boolean("bool"), true);
    QCOMPARE(response.boolean("code"), std::nullopt);
    QCOMPARE(response.coding("code")->code, "4");
    QCOMPARE(response.coding("bool"), std::nullopt);
    QCOMPARE(response.date("date"), QDate(2021, 10, 2));
    QCOMPARE(response.date("dateTime"), QDate(2021, 10, 2));
    QVERIFY(!response.date("int").isValid());
    QCOMPARE(response.text("date"), "2021-10-02");
    QCOMPARE(response.text("many"), "a");
    QCOMPARE(response.text("int"), std::nullopt);
    QCOMPARE(response.integer("int"), 3);
    QCOMPARE(response.decimal("int"), 3.0);
    QCOMPARE(response.integer("missing"), std::nullopt);
    QCOMPARE(response.answers("many").size(), 2);
}

void TestQuestionnaireResponse::emptyAnswersClear()
{
    QuestionnaireResponse response;
    response.setAnswer("s", AnswerValue::fromString("x"));
    QVERIFY(response.hasAnswer("s"));
    response.setAnswer("s", AnswerValue::fromString("   "));
    QVERIFY(!response.hasAnswer("s"));
    response.setAnswers("r", {AnswerValue::fromString(""), AnswerValue::fromString("y")});
    QCOMPARE(response.answers("r").size(), 1);
    response.setAnswers("r", {});
    QVERIFY(!response.hasAnswer("r"));
    response.setAnswer("t", AnswerValue::fromBoolean(false));
    response.clearAnswer("t");
    QVERIFY(!response.hasAnswer("t"));
}

void TestQuestionnaireResponse::statusCodes()
{
    for (auto status : {QuestionnaireResponse::Status::InProgress, QuestionnaireResponse::Status::Completed,
             QuestionnaireResponse::Status::Amended, QuestionnaireResponse::Status::EnteredInError,
             QuestionnaireResponse::Status::Stopped})
        QCOMPARE(QuestionnaireResponse::statusFromCode(QString(QuestionnaireResponse::statusCode(status))), status);
    QCOMPARE(QuestionnaireResponse::statusFromCode(u"done"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestQuestionnaireResponse)
#include "TestQuestionnaireResponse.moc"
