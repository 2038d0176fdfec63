#include "FormsCodeSystemResolver.h"
#include "QuestionnaireTestData.h"
#include "core/questionnaire/QuestionnaireValidator.h"
#include "support/ReferenceData.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;
using Form = Meldeklient::Questionnaire::Questionnaire;

namespace {

const QString oid = "urn:oid:2.16.578.1.12.4.1.1.";

AnswerValue code(const QString& system, const QString& value)
{
    return AnswerValue::fromCoding({oid + system, value, "", ""});
}

// A complete, valid cause-of-death response: natural death at home.
QuestionnaireResponse validDodsaarsak()
{
    QuestionnaireResponse response;
    response.setAnswer("timeOfDeath", *AnswerValue::fromTemporal(ValueType::Time, "04:30:00"));
    response.setAnswer("placeOfDeath", code("99003", "5"));
    response.setAnswer("municipality", code("3402", "0301"));
    response.setAnswer("causeOfDeath_question_A_text", AnswerValue::fromString("Lungebetennelse"));
    response.setAnswer("causeOfDeath_question_A_time", code("99004", "1"));
    response.setAnswer("additionalInfoAboutDamage_q1", code("1102", "2"));
    response.setAnswer("operation_impact_on_death", code("1102", "2"));
    response.setAnswer("classification_death", code("99000", "1"));
    response.setAnswer("classification_autopsy", code("1102", "2"));
    response.setAnswer("classification_reevaluate", code("1102", "2"));
    response.setAnswer("report_unnatural", code("1102", "2"));
    return response;
}

QStringList rules(const QList<ValidationIssue>& issues)
{
    QStringList out;
    for (const ValidationIssue& issue : issues)
        out << issue.rule + "@" + issue.linkId;
    return out;
}

} // namespace

class TestQuestionnaireValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validResponseHasNoIssues();
    void emptyResponse();
    void requiredFollowsEnableWhen();
    void maxLength();
    void notRepeating();
    void answerOptions();
    void answerType();
    void hiddenItemsAreNotValidated();
    void valueSets();
    void pattern();
    void constraintSeesOnlyEnabledAnswers();
    void del1Constraint();
    void requiredGroupAndWarningConstraint();
    void issueFields();

private:
    std::optional<Form> m_dodsaarsak;
    std::optional<Form> m_dodsfall;
    Test::FormsCodeSystemResolver m_resolver;
};

void TestQuestionnaireValidator::initTestCase()
{
    m_dodsaarsak = Test::loadForm(":/forms/dodsaarsak.json");
    m_dodsfall = Test::loadForm(":/forms/dodsfall.json");
    QVERIFY(m_resolver.load(Test::sourceFile("forms/codesystems")));
}

void TestQuestionnaireValidator::validResponseHasNoIssues()
{
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak).validate(validDodsaarsak())), QStringList());
    // With the code registry, only the municipality (imported at run time, absent here) cannot be verified.
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak, &m_resolver).validate(validDodsaarsak())),
        QStringList {"q-code-not-verified@municipality"});
}

void TestQuestionnaireValidator::emptyResponse()
{
    const QList<ValidationIssue> issues = QuestionnaireValidator(*m_dodsaarsak).validate(QuestionnaireResponse());
    QCOMPARE(rules(issues),
        (QStringList {"q-required@timeOfDeath", "q-required@placeOfDeath", "q-required@municipality",
            "q-required@causeOfDeath_question_A_code", "q-required@causeOfDeath_question_A_text",
            "q-required@causeOfDeath_question_A_time", "q-required@additionalInfoAboutDamage_q1",
            "q-required@operation_impact_on_death", "q-required@classification_death",
            "q-required@classification_autopsy", "q-required@classification_reevaluate", "q-required@report_unnatural",
            "q-constraint:MinstEtArsaksfeltSkalVæreUtfylt@"}));
}

void TestQuestionnaireValidator::requiredFollowsEnableWhen()
{
    QuestionnaireResponse response = validDodsaarsak();
    response.setAnswer("placeOfDeath", code("99003", "4"));
    response.setAnswer("additionalInfoAboutDamage_q1", code("1102", "1"));
    response.setAnswer("operation_impact_on_death", code("1102", "1"));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak).validate(response)),
        (QStringList {"q-required@institution", "q-required@additionalInfoAboutDamage_timeOfDamage",
            "q-required@additionalInfoAboutDamage_description", "q-required@additionalInfoAboutDamage_place",
            "q-required@additionalInfoAboutDamage_activity", "q-required@operation_time",
            "q-required@operation_description"}));
    // "Don't know" removes the institution name and the municipality from what is required.
    response = validDodsaarsak();
    response.setAnswer("placeOfDeath", code("99003", "4"));
    response.setAnswer("institution_unknown_checkbox", AnswerValue::fromBoolean(true));
    response.setAnswer("municipality_unknown_checkbox", AnswerValue::fromBoolean(true));
    response.clearAnswer("municipality");
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak).validate(response)), QStringList());
}

void TestQuestionnaireValidator::maxLength()
{
    QuestionnaireResponse response = validDodsaarsak();
    response.setAnswer("operation_impact_on_death", code("1102", "1"));
    response.setAnswer("operation_time", *AnswerValue::fromTemporal(ValueType::Date, "2021-12-01"));
    response.setAnswer("operation_description", AnswerValue::fromString(QString(220, u'x')));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak).validate(response)), QStringList());
    response.setAnswer("operation_description", AnswerValue::fromString(QString(221, u'x')));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak).validate(response)),
        QStringList {"q-max-length@operation_description"});
    // Length counts characters, not bytes: 220 Norwegian letters are fine.
    response.setAnswer("operation_description", AnswerValue::fromString(QString(220, u'å')));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak).validate(response)), QStringList());
}

void TestQuestionnaireValidator::notRepeating()
{
    QuestionnaireResponse response = validDodsaarsak();
    response.setAnswers("placeOfDeath", {code("99003", "5"), code("99003", "1")});
    response.setAnswers("causeOfDeath_question_secondary_code", {code("7110", "E119"), code("7110", "I10")});
    QCOMPARE(
        rules(QuestionnaireValidator(*m_dodsaarsak).validate(response)), QStringList {"q-not-repeating@placeOfDeath"});
}

void TestQuestionnaireValidator::answerOptions()
{
    QuestionnaireResponse response = validDodsaarsak();
    response.setAnswer("placeOfDeath", code("99003", "7"));
    response.setAnswer("classification_death", code("99004", "1")); // right code, wrong system
    response.setAnswer("additionalInfoAboutDamage_q1", AnswerValue::fromCoding({"1102", "2", "", ""})); // NHN spelling
    response.setAnswer("operation_impact_on_death", code("1102", "9")); // 9 is not offered for this question
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak).validate(response)),
        (QStringList {"q-answer-not-in-options@placeOfDeath", "q-answer-not-in-options@operation_impact_on_death",
            "q-answer-not-in-options@classification_death"}));
}

void TestQuestionnaireValidator::answerType()
{
    QuestionnaireResponse response = validDodsaarsak();
    response.setAnswer("timeOfDeath", AnswerValue::fromString("kl. 04"));
    response.setAnswer("placeOfDeath", AnswerValue::fromString("Hjemme"));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak).validate(response)),
        (QStringList {"q-answer-type@timeOfDeath", "q-answer-type@placeOfDeath"}));
}

void TestQuestionnaireValidator::hiddenItemsAreNotValidated()
{
    QuestionnaireResponse response = validDodsaarsak();
    // Injury "no": the details are hidden, so their (invalid) answers do not count.
    response.setAnswer("additionalInfoAboutDamage_description", AnswerValue::fromString(QString(500, u'x')));
    response.setAnswers("additionalInfoAboutDamage_place", {code("99005", "0"), code("99005", "77")});
    response.setAnswer("institution", AnswerValue::fromString(QString(300, u'x')));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak).validate(response)), QStringList());
}

void TestQuestionnaireValidator::valueSets()
{
    QuestionnaireResponse response = QuestionnaireResponse::withInitialValues(*m_dodsfall);
    response.setAnswer("deceased_has_norwegian_id", AnswerValue::fromBoolean(false));
    response.setAnswer("foreign_id_type", code("8116", "DUF"));
    response.setAnswer("foreign_id", AnswerValue::fromString("11111Asc"));
    response.setAnswer("family_name", AnswerValue::fromString("Etternavn"));
    response.setAnswer("given_names", AnswerValue::fromString("Fornavn Mellomnavn"));
    response.setAnswer("birth_date", *AnswerValue::fromTemporal(ValueType::Date, "2001-10-01"));
    response.setAnswer("sex", code("3101", "1"));
    response.setAnswer("country_of_residence", AnswerValue::fromString("DK"));
    response.setAnswer("death_date", *AnswerValue::fromTemporal(ValueType::Date, "2021-10-02"));
    response.setAnswer("reporter_organisation", AnswerValue::fromString("Test Sykehuset"));
    response.setAnswer("reporter_email", AnswerValue::fromString("lege@example.invalid"));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsfall, &m_resolver).validate(response)), QStringList());
    response.setAnswer("foreign_id_type", code("8116", "ZZZ"));
    response.setAnswer("sex", AnswerValue::fromCoding({"3101", "3", "", ""}));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsfall, &m_resolver).validate(response)),
        (QStringList {"q-answer-not-in-value-set@foreign_id_type", "q-answer-not-in-value-set@sex"}));
    // Without a resolver, value-set membership is not checked.
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsfall).validate(response)), QStringList());
}

void TestQuestionnaireValidator::pattern()
{
    QuestionnaireResponse response = QuestionnaireResponse::withInitialValues(*m_dodsfall);
    response.setAnswer("deceased_has_norwegian_id", AnswerValue::fromBoolean(false));
    response.setAnswer("country_of_residence", AnswerValue::fromString("dk"));
    const QList<ValidationIssue> issues = QuestionnaireValidator(*m_dodsfall).validate(response);
    QVERIFY(rules(issues).contains("q-pattern@country_of_residence"));
    response.setAnswer("country_of_residence", AnswerValue::fromString("DNK"));
    const QStringList tooLong = rules(QuestionnaireValidator(*m_dodsfall).validate(response));
    QVERIFY(tooLong.contains("q-max-length@country_of_residence"));
    QVERIFY(tooLong.contains("q-pattern@country_of_residence"));
}

void TestQuestionnaireValidator::constraintSeesOnlyEnabledAnswers()
{
    QuestionnaireResponse response = validDodsaarsak();
    response.clearAnswer("causeOfDeath_question_A_text");
    response.clearAnswer("causeOfDeath_question_A_time");
    // Only a contributing cause: the constraint holds, line A is still required.
    response.setAnswer("causeOfDeath_question_secondary_code", code("7110", "E119"));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsaarsak).validate(response)),
        (QStringList {"q-required@causeOfDeath_question_A_code", "q-required@causeOfDeath_question_A_text",
            "q-required@causeOfDeath_question_A_time"}));
    response.clearAnswer("causeOfDeath_question_secondary_code");
    QVERIFY(rules(QuestionnaireValidator(*m_dodsaarsak).validate(response))
                .contains("q-constraint:MinstEtArsaksfeltSkalVæreUtfylt@"));
}

void TestQuestionnaireValidator::del1Constraint()
{
    QuestionnaireResponse response = QuestionnaireResponse::withInitialValues(*m_dodsfall);
    response.setAnswer("deceased_identifier", AnswerValue::fromString("24047230752"));
    response.setAnswer("death_date", *AnswerValue::fromTemporal(ValueType::Date, "2021-11-06"));
    response.setAnswer("reporter_organisation", AnswerValue::fromString("Test Sykehuset"));
    QCOMPARE(
        rules(QuestionnaireValidator(*m_dodsfall).validate(response)), QStringList {"q-constraint:reporter-contact@"});
    response.setAnswer("reporter_phone", AnswerValue::fromString("007007"));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsfall).validate(response)), QStringList());
    response.clearAnswer("reporter_phone");
    response.setAnswer("reporter_email", AnswerValue::fromString("tes@test.no"));
    QCOMPARE(rules(QuestionnaireValidator(*m_dodsfall).validate(response)), QStringList());
}

void TestQuestionnaireValidator::requiredGroupAndWarningConstraint()
{
    const Form form = Test::loadQuestionnaire(R"([
        {"linkId":"g","type":"group","required":true,"item":[{"linkId":"a","type":"string"},{"linkId":"b","type":"integer"}]}])",
        R"("extension":[{"url":"http://hl7.org/fhir/StructureDefinition/questionnaire-constraint","extension":[
            {"url":"key","valueId":"small"},{"url":"severity","valueCode":"warning"},
            {"url":"expression","valueString":"%resource.repeat(item).where(linkId='b').answer.count() = 0"}]}])");
    QuestionnaireResponse response;
    QCOMPARE(rules(QuestionnaireValidator(form).validate(response)), QStringList {"q-required@g"});
    response.setAnswer("b", AnswerValue::fromInteger(1));
    const QList<ValidationIssue> issues = QuestionnaireValidator(form).validate(response);
    QCOMPARE(rules(issues), QStringList {"q-constraint:small@"});
    QCOMPARE(issues.constFirst().severity, ValidationIssue::Severity::Warning);
    QVERIFY(!issues.constFirst().isError());
    QVERIFY(issues.constFirst().message.contains("small")); // no human text: the key names the rule
}

void TestQuestionnaireValidator::issueFields()
{
    QuestionnaireResponse response = validDodsaarsak();
    response.clearAnswer("timeOfDeath");
    const QList<ValidationIssue> issues = QuestionnaireValidator(*m_dodsaarsak).validate(response);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst(),
        (ValidationIssue {
            ValidationIssue::Severity::Error, "q-required", "timeOfDeath", "This field must be filled in."}));
    QCOMPARE(QString(ValidationIssue::severityName(ValidationIssue::Severity::Warning)), "warning");
}

QTEST_GUILESS_MAIN(TestQuestionnaireValidator)
#include "TestQuestionnaireValidator.moc"
