#include "QuestionnaireTestData.h"
#include "core/questionnaire/EnableWhenEvaluator.h"
#include "core/questionnaire/QuestionnaireResponse.h"

#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;
using Form = Meldeklient::Questionnaire::Questionnaire;

namespace {

const QByteArray fixture = R"([
    {"linkId":"q_bool","type":"boolean"},
    {"linkId":"q_int","type":"integer"},
    {"linkId":"q_dec","type":"decimal"},
    {"linkId":"q_date","type":"date"},
    {"linkId":"q_str","type":"string"},
    {"linkId":"q_choice","type":"choice","repeats":true,"answerOption":[
        {"valueCoding":{"system":"urn:oid:2.16.578.1.12.4.1.1.99003","code":"1"}},
        {"valueCoding":{"system":"urn:oid:2.16.578.1.12.4.1.1.99003","code":"4"}},
        {"valueCoding":{"system":"urn:oid:2.16.578.1.12.4.1.1.99003","code":"5"}}]},
    {"linkId":"t_exists_true","type":"string","enableWhen":[{"question":"q_str","operator":"exists","answerBoolean":true}]},
    {"linkId":"t_exists_false","type":"string","enableWhen":[{"question":"q_str","operator":"exists","answerBoolean":false}]},
    {"linkId":"t_eq_bool","type":"string","enableWhen":[{"question":"q_bool","operator":"=","answerBoolean":true}]},
    {"linkId":"t_ne_bool","type":"string","enableWhen":[{"question":"q_bool","operator":"!=","answerBoolean":true}]},
    {"linkId":"t_eq_coding","type":"string","enableWhen":[{"question":"q_choice","operator":"=","answerCoding":{"system":"99003","code":"4"}}]},
    {"linkId":"t_ne_coding","type":"string","enableWhen":[{"question":"q_choice","operator":"!=","answerCoding":{"system":"99003","code":"4"}}]},
    {"linkId":"t_gt_int","type":"string","enableWhen":[{"question":"q_int","operator":">","answerInteger":5}]},
    {"linkId":"t_lt_int","type":"string","enableWhen":[{"question":"q_int","operator":"<","answerInteger":5}]},
    {"linkId":"t_ge_int","type":"string","enableWhen":[{"question":"q_int","operator":">=","answerInteger":5}]},
    {"linkId":"t_le_int","type":"string","enableWhen":[{"question":"q_int","operator":"<=","answerInteger":5}]},
    {"linkId":"t_gt_dec","type":"string","enableWhen":[{"question":"q_dec","operator":">","answerDecimal":1.5}]},
    {"linkId":"t_lt_date","type":"string","enableWhen":[{"question":"q_date","operator":"<","answerDate":"2021-01-01"}]},
    {"linkId":"t_eq_str","type":"string","enableWhen":[{"question":"q_str","operator":"=","answerString":"x"}]},
    {"linkId":"t_any","type":"string","enableBehavior":"any","enableWhen":[
        {"question":"q_bool","operator":"=","answerBoolean":true},{"question":"q_int","operator":">","answerInteger":5}]},
    {"linkId":"t_all","type":"string","enableBehavior":"all","enableWhen":[
        {"question":"q_bool","operator":"=","answerBoolean":true},{"question":"q_int","operator":">","answerInteger":5}]},
    {"linkId":"chain1","type":"string","enableWhen":[{"question":"q_bool","operator":"=","answerBoolean":true}]},
    {"linkId":"chain2","type":"string","enableWhen":[{"question":"chain1","operator":"exists","answerBoolean":true}]},
    {"linkId":"chain3","type":"string","enableWhen":[{"question":"chain2","operator":"exists","answerBoolean":true}]},
    {"linkId":"chain_not","type":"string","enableWhen":[{"question":"chain1","operator":"exists","answerBoolean":false}]},
    {"linkId":"g","type":"group","enableWhen":[{"question":"q_bool","operator":"=","answerBoolean":true}],"item":[
        {"linkId":"g_child","type":"string"},
        {"linkId":"g_inner","type":"group","item":[{"linkId":"g_grandchild","type":"string"}]}]},
    {"linkId":"after_group","type":"string","enableWhen":[{"question":"g_child","operator":"exists","answerBoolean":true}]}])";

QList<AnswerValue> answers(const QByteArray& json)
{
    QList<AnswerValue> values;
    for (const QJsonValue& answer : QJsonDocument::fromJson(json).array())
        values.append(*AnswerValue::readFrom(answer.toObject(), u"value"));
    return values;
}

} // namespace

class TestEnableWhenEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operators_data();
    void operators();
    void withoutConditionsAlwaysEnabled();
    void hiddenChains();
    void hiddenGroupHidesDescendants();
    void nhnCodeOrFreeText_data();
    void nhnCodeOrFreeText();
    void nhnInstitutionAndMunicipality();

private:
    std::optional<Form> m_form;
};

void TestEnableWhenEvaluator::initTestCase()
{
    m_form = Test::loadQuestionnaire(fixture);
}

void TestEnableWhenEvaluator::operators_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("question");
    QTest::addColumn<QByteArray>("given"); // answers to `question`, as a JSON array of value[x] objects
    QTest::addColumn<bool>("enabled");
    const QByteArray none = "[]";
    QTest::newRow("exists true, unanswered") << "t_exists_true"
                                             << "q_str" << none << false;
    QTest::newRow("exists true, answered") << "t_exists_true"
                                           << "q_str" << QByteArray(R"([{"valueString":"a"}])") << true;
    QTest::newRow("exists false, unanswered") << "t_exists_false"
                                              << "q_str" << none << true;
    QTest::newRow("exists false, answered") << "t_exists_false"
                                            << "q_str" << QByteArray(R"([{"valueString":"a"}])") << false;
    QTest::newRow("= bool, true") << "t_eq_bool"
                                  << "q_bool" << QByteArray(R"([{"valueBoolean":true}])") << true;
    QTest::newRow("= bool, false") << "t_eq_bool"
                                   << "q_bool" << QByteArray(R"([{"valueBoolean":false}])") << false;
    QTest::newRow("= bool, unanswered") << "t_eq_bool"
                                        << "q_bool" << none << false;
    QTest::newRow("!= bool, true") << "t_ne_bool"
                                   << "q_bool" << QByteArray(R"([{"valueBoolean":true}])") << false;
    QTest::newRow("!= bool, false") << "t_ne_bool"
                                    << "q_bool" << QByteArray(R"([{"valueBoolean":false}])") << true;
    QTest::newRow("!= bool, unanswered") << "t_ne_bool"
                                         << "q_bool" << none << true;
    QTest::newRow("= coding, same code other spelling")
        << "t_eq_coding"
        << "q_choice" << QByteArray(R"([{"valueCoding":{"system":"urn:oid:2.16.578.1.12.4.1.1.99003","code":"4"}}])")
        << true;
    QTest::newRow("= coding, other code")
        << "t_eq_coding"
        << "q_choice" << QByteArray(R"([{"valueCoding":{"system":"99003","code":"5"}}])") << false;
    QTest::newRow("= coding, one of several")
        << "t_eq_coding"
        << "q_choice"
        << QByteArray(
               R"([{"valueCoding":{"system":"99003","code":"5"}},{"valueCoding":{"system":"99003","code":"4"}}])")
        << true;
    QTest::newRow("= coding, same code other system")
        << "t_eq_coding"
        << "q_choice" << QByteArray(R"([{"valueCoding":{"system":"99005","code":"4"}}])") << false;
    QTest::newRow("!= coding, one of several matches")
        << "t_ne_coding"
        << "q_choice"
        << QByteArray(
               R"([{"valueCoding":{"system":"99003","code":"5"}},{"valueCoding":{"system":"99003","code":"4"}}])")
        << false;
    QTest::newRow("!= coding, none matches")
        << "t_ne_coding"
        << "q_choice" << QByteArray(R"([{"valueCoding":{"system":"99003","code":"5"}}])") << true;
    QTest::newRow("!= coding, unanswered") << "t_ne_coding"
                                           << "q_choice" << none << true;
    QTest::newRow("> int, 6") << "t_gt_int"
                              << "q_int" << QByteArray(R"([{"valueInteger":6}])") << true;
    QTest::newRow("> int, 5") << "t_gt_int"
                              << "q_int" << QByteArray(R"([{"valueInteger":5}])") << false;
    QTest::newRow("> int, unanswered") << "t_gt_int"
                                       << "q_int" << none << false;
    QTest::newRow("< int, 4") << "t_lt_int"
                              << "q_int" << QByteArray(R"([{"valueInteger":4}])") << true;
    QTest::newRow("< int, 5") << "t_lt_int"
                              << "q_int" << QByteArray(R"([{"valueInteger":5}])") << false;
    QTest::newRow(">= int, 5") << "t_ge_int"
                               << "q_int" << QByteArray(R"([{"valueInteger":5}])") << true;
    QTest::newRow(">= int, 4") << "t_ge_int"
                               << "q_int" << QByteArray(R"([{"valueInteger":4}])") << false;
    QTest::newRow("<= int, 5") << "t_le_int"
                               << "q_int" << QByteArray(R"([{"valueInteger":5}])") << true;
    QTest::newRow("<= int, 6") << "t_le_int"
                               << "q_int" << QByteArray(R"([{"valueInteger":6}])") << false;
    QTest::newRow("> decimal, 1.6") << "t_gt_dec"
                                    << "q_dec" << QByteArray(R"([{"valueDecimal":1.6}])") << true;
    QTest::newRow("> decimal, 1.5") << "t_gt_dec"
                                    << "q_dec" << QByteArray(R"([{"valueDecimal":1.5}])") << false;
    QTest::newRow("< date, earlier") << "t_lt_date"
                                     << "q_date" << QByteArray(R"([{"valueDate":"2020-12-31"}])") << true;
    QTest::newRow("< date, same") << "t_lt_date"
                                  << "q_date" << QByteArray(R"([{"valueDate":"2021-01-01"}])") << false;
    QTest::newRow("< date, partial") << "t_lt_date"
                                     << "q_date" << QByteArray(R"([{"valueDate":"2020"}])") << false;
    QTest::newRow("= string") << "t_eq_str"
                              << "q_str" << QByteArray(R"([{"valueString":"x"}])") << true;
    QTest::newRow("= string, case") << "t_eq_str"
                                    << "q_str" << QByteArray(R"([{"valueString":"X"}])") << false;
}

void TestEnableWhenEvaluator::operators()
{
    QFETCH(QString, target);
    QFETCH(QString, question);
    QFETCH(QByteArray, given);
    QFETCH(bool, enabled);
    QuestionnaireResponse response;
    response.setAnswers(question, answers(given));
    QCOMPARE(EnableWhenEvaluator::evaluate(*m_form, response).isEnabled(target), enabled);
}

void TestEnableWhenEvaluator::withoutConditionsAlwaysEnabled()
{
    const EnabledItems enabled = EnableWhenEvaluator::evaluate(*m_form, QuestionnaireResponse());
    QCOMPARE(enabled.size(), m_form->items().size());
    QVERIFY(enabled.isEnabled("q_bool"));
    QVERIFY(enabled.isEnabled(0));
    QVERIFY(!enabled.isEnabled("no_such_item"));
    QVERIFY(!enabled.isEnabled(-1));
    QVERIFY(!enabled.isEnabled(enabled.size()));
}

void TestEnableWhenEvaluator::hiddenChains()
{
    // any/all over (q_bool = true, q_int > 5), with chain1 and chain2 answered throughout.
    auto evaluate = [this](bool q, bool a) {
        QuestionnaireResponse response;
        response.setAnswer("q_bool", AnswerValue::fromBoolean(q));
        response.setAnswer("q_int", AnswerValue::fromInteger(a ? 6 : 1));
        response.setAnswer("chain1", AnswerValue::fromString("1"));
        response.setAnswer("chain2", AnswerValue::fromString("2"));
        return EnableWhenEvaluator::evaluate(*m_form, response);
    };
    for (bool q : {false, true}) {
        for (bool a : {false, true}) {
            QCOMPARE(evaluate(q, a).isEnabled("t_any"), q || a);
            QCOMPARE(evaluate(q, a).isEnabled("t_all"), q && a);
        }
    }
    // q_bool = true: the whole chain is shown.
    EnabledItems enabled = evaluate(true, false);
    QVERIFY(enabled.isEnabled("chain1") && enabled.isEnabled("chain2") && enabled.isEnabled("chain3"));
    QVERIFY(!enabled.isEnabled("chain_not"));
    // q_bool = false hides chain1; chain2 depends on chain1's answer, which no longer counts, and so on down.
    enabled = evaluate(false, false);
    QVERIFY(!enabled.isEnabled("chain1"));
    QVERIFY(!enabled.isEnabled("chain2"));
    QVERIFY(!enabled.isEnabled("chain3"));
    QVERIFY(enabled.isEnabled("chain_not")); // "chain1 has no answer" holds for a hidden chain1
}

void TestEnableWhenEvaluator::hiddenGroupHidesDescendants()
{
    QuestionnaireResponse response;
    response.setAnswer("g_child", AnswerValue::fromString("x"));
    response.setAnswer("q_bool", AnswerValue::fromBoolean(false));
    EnabledItems enabled = EnableWhenEvaluator::evaluate(*m_form, response);
    QVERIFY(!enabled.isEnabled("g"));
    QVERIFY(!enabled.isEnabled("g_child"));
    QVERIFY(!enabled.isEnabled("g_inner"));
    QVERIFY(!enabled.isEnabled("g_grandchild"));
    QVERIFY(!enabled.isEnabled("after_group"));
    response.setAnswer("q_bool", AnswerValue::fromBoolean(true));
    enabled = EnableWhenEvaluator::evaluate(*m_form, response);
    QVERIFY(enabled.isEnabled("g_grandchild"));
    QVERIFY(enabled.isEnabled("after_group"));
}

void TestEnableWhenEvaluator::nhnCodeOrFreeText_data()
{
    QTest::addColumn<bool>("code");
    QTest::addColumn<bool>("text");
    QTest::addColumn<bool>("codeEnabled");
    QTest::addColumn<bool>("textEnabled");
    QTest::newRow("neither") << false << false << true << true;
    QTest::newRow("code") << true << false << true << false;
    QTest::newRow("text") << false << true << false << true;
    QTest::newRow("both: the code wins") << true << true << true << false;
}

void TestEnableWhenEvaluator::nhnCodeOrFreeText()
{
    QFETCH(bool, code);
    QFETCH(bool, text);
    QFETCH(bool, codeEnabled);
    QFETCH(bool, textEnabled);
    const Form form = Test::loadForm(":/forms/dodsaarsak.json");
    for (const QString& line : QStringList {"A", "B", "C", "D"}) {
        QuestionnaireResponse response;
        if (code)
            response.setAnswer(
                "causeOfDeath_question_" + line + "_code", AnswerValue::fromCoding({"7110", "I219", "", ""}));
        if (text)
            response.setAnswer("causeOfDeath_question_" + line + "_text", AnswerValue::fromString("Hjerteinfarkt"));
        const EnabledItems enabled = EnableWhenEvaluator::evaluate(form, response);
        QCOMPARE(enabled.isEnabled("causeOfDeath_question_" + line + "_code"), codeEnabled);
        QCOMPARE(enabled.isEnabled("causeOfDeath_question_" + line + "_text"), textEnabled);
        QVERIFY(enabled.isEnabled("causeOfDeath_question_" + line + "_time"));
    }
}

void TestEnableWhenEvaluator::nhnInstitutionAndMunicipality()
{
    const Form form = Test::loadForm(":/forms/dodsaarsak.json");
    QuestionnaireResponse response;
    const AnswerValue institution = AnswerValue::fromCoding({"99003", "4", "", ""});
    const AnswerValue home = AnswerValue::fromCoding({"99003", "5", "", ""});
    EnabledItems enabled = EnableWhenEvaluator::evaluate(form, response);
    QVERIFY(!enabled.isEnabled("institution"));
    QVERIFY(!enabled.isEnabled("institution_unknown_checkbox"));
    QVERIFY(enabled.isEnabled("municipality"));

    response.setAnswer("placeOfDeath", institution);
    enabled = EnableWhenEvaluator::evaluate(form, response);
    QVERIFY(enabled.isEnabled("institution"));
    QVERIFY(enabled.isEnabled("institution_unknown_checkbox"));

    response.setAnswer("institution_unknown_checkbox", AnswerValue::fromBoolean(true));
    response.setAnswer("municipality_unknown_checkbox", AnswerValue::fromBoolean(true));
    enabled = EnableWhenEvaluator::evaluate(form, response);
    QVERIFY(!enabled.isEnabled("institution"));
    QVERIFY(!enabled.isEnabled("municipality"));

    response.setAnswer("institution_unknown_checkbox", AnswerValue::fromBoolean(false));
    enabled = EnableWhenEvaluator::evaluate(form, response);
    QVERIFY(enabled.isEnabled("institution"));

    // Another place of death hides the checkbox, and its stale "don't know" no longer counts.
    response.setAnswer("institution_unknown_checkbox", AnswerValue::fromBoolean(true));
    response.setAnswer("placeOfDeath", home);
    enabled = EnableWhenEvaluator::evaluate(form, response);
    QVERIFY(!enabled.isEnabled("institution_unknown_checkbox"));
    QVERIFY(!enabled.isEnabled("institution"));
}

QTEST_GUILESS_MAIN(TestEnableWhenEvaluator)
#include "TestEnableWhenEvaluator.moc"
