// Repeating groups in the Questionnaire engine: JSON reading and writing with one group object per repeat,
// enableWhen evaluated inside each repeat, validation per repeat (issues carry the repeat), and the load-time
// limits (no repeats inside repeats, no enableWhen from outside into a repeat).
#include "core/questionnaire/EnableWhenEvaluator.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"
#include "core/questionnaire/QuestionnaireValidator.h"
#include "unit/questionnaire/QuestionnaireTestData.h"

#include <QJsonArray>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;

namespace {

// A form with a repeating group "child": name (required), stillborn (boolean), and "weeks" shown only for a
// stillborn child of that repeat; "note" outside the repeat.
const QByteArray items = R"([
  {"linkId":"note","type":"string"},
  {"linkId":"child","type":"group","repeats":true,"required":true,"item":[
    {"linkId":"child.name","type":"string","required":true},
    {"linkId":"child.stillborn","type":"boolean"},
    {"linkId":"child.weeks","type":"integer","required":true,
     "enableWhen":[{"question":"child.stillborn","operator":"=","answerBoolean":true}]}]}])";

QuestionnaireResponse child(const QString& name, std::optional<bool> stillborn = std::nullopt)
{
    QuestionnaireResponse repeat;
    repeat.setAnswer("child.name", AnswerValue::fromString(name));
    if (stillborn)
        repeat.setAnswer("child.stillborn", AnswerValue::fromBoolean(*stillborn));
    return repeat;
}

QStringList found(const QList<ValidationIssue>& issues)
{
    QStringList result;
    for (const ValidationIssue& issue : issues)
        result.append(issue.rule + u'@' + issue.linkId + u'#' + QString::number(issue.repeat));
    return result;
}

} // namespace

class TestRepeatingGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loads();
    void jsonRoundTrip();
    void readRefusesItemsOutsideTheirRepeat();
    void enableWhenPerRepeat();
    void validationPerRepeat();
    void repeatEditing();
};

void TestRepeatingGroups::loads()
{
    const Meldeklient::Questionnaire::Questionnaire form = Test::loadQuestionnaire(items);
    QVERIFY(form.item("child")->isRepeatingGroup());
    QCOMPARE(form.item("child.weeks")->repeatingGroup, form.indexOf("child"));
    QCOMPARE(form.item("note")->repeatingGroup, -1);
}

void TestRepeatingGroups::jsonRoundTrip()
{
    const Meldeklient::Questionnaire::Questionnaire form = Test::loadQuestionnaire(items);
    QuestionnaireResponse response;
    response.setStatus(QuestionnaireResponse::Status::Completed);
    response.setAnswer("note", AnswerValue::fromString("n"));
    QuestionnaireResponse stillborn = child("B", true);
    stillborn.setAnswer("child.weeks", AnswerValue::fromInteger(30));
    QuestionnaireResponse live = child("A", false);
    live.setAnswer("child.weeks", AnswerValue::fromInteger(40)); // disabled in this repeat: not written
    response.setRepeats("child", {live, stillborn, QuestionnaireResponse()});

    const QJsonObject json = QuestionnaireResponseJson::write(form, response);
    const QJsonArray top = json.value("item").toArray();
    QCOMPARE(top.size(), 3); // note + two non-empty repeats; the empty one is dropped
    QCOMPARE(top.at(1).toObject().value("linkId").toString(), "child");
    QCOMPARE(top.at(1).toObject().value("item").toArray().size(), 2); // name, stillborn; weeks disabled
    QCOMPARE(top.at(2).toObject().value("item").toArray().size(), 3);

    const Result<QuestionnaireResponse> read = QuestionnaireResponseJson::read(form, json);
    QVERIFY2(read.isOk(), qPrintable(read.isOk() ? QString() : read.error().message));
    QCOMPARE(read->repeatCount("child"), 2);
    QCOMPARE(read->repeats("child").at(0).text("child.name"), "A");
    QCOMPARE(read->repeats("child").at(0).hasAnswer("child.weeks"), false);
    QCOMPARE(read->repeats("child").at(1).integer("child.weeks"), 30);
    QCOMPARE(read->text("note"), "n");
    QVERIFY(!read->hasAnswer("child.name")); // answers of a repeat stay in the repeat
}

void TestRepeatingGroups::readRefusesItemsOutsideTheirRepeat()
{
    const Meldeklient::Questionnaire::Questionnaire form = Test::loadQuestionnaire(items);
    const Result<QuestionnaireResponse> outside = QuestionnaireResponseJson::read(form,
        QByteArray(R"({"resourceType":"QuestionnaireResponse","status":"completed","item":[)"
                   R"({"linkId":"child.name","answer":[{"valueString":"A"}]}]})"));
    QVERIFY(!outside.isOk());
    QCOMPARE(outside.error().code, "response-misplaced-item");
    const Result<QuestionnaireResponse> twice = QuestionnaireResponseJson::read(form,
        QByteArray(
            R"({"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"child","item":[)"
            R"({"linkId":"child.name","answer":[{"valueString":"A"}]},{"linkId":"child.name","answer":[{"valueString":"B"}]}]}]})"));
    QVERIFY(!twice.isOk());
    QCOMPARE(twice.error().code, "response-duplicate-link-id");
    const Result<QuestionnaireResponse> answered = QuestionnaireResponseJson::read(form,
        QByteArray(
            R"({"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"child",)"
            R"("answer":[{"valueString":"A"}],"item":[{"linkId":"child.name","answer":[{"valueString":"A"}]}]}]})"));
    QVERIFY(!answered.isOk());
    QCOMPARE(answered.error().code, "response-unexpected-answer");
}

void TestRepeatingGroups::enableWhenPerRepeat()
{
    const Meldeklient::Questionnaire::Questionnaire form = Test::loadQuestionnaire(items);
    QuestionnaireResponse response;
    response.setRepeats("child", {child("A", false), child("B", true)});
    QStringList found;
    for (qsizetype i = 0; i < response.repeatCount("child"); ++i) {
        const QuestionnaireResponse view = response.repeatView("child", i);
        found.append(QString::number(EnableWhenEvaluator::evaluate(form, view).isEnabled(QString("child.weeks"))));
    }
    QCOMPARE(found, (QStringList {"0", "1"}));
}

void TestRepeatingGroups::validationPerRepeat()
{
    const Meldeklient::Questionnaire::Questionnaire form = Test::loadQuestionnaire(items);
    QuestionnaireResponse response;
    QCOMPARE(found(QuestionnaireValidator(form).validate(response)), QStringList {"q-required@child#-1"});
    response.setRepeats("child", {child("A", false), child("B", true), QuestionnaireResponse()});
    // Repeat 1 is stillborn without weeks; repeat 2 has no name.
    QCOMPARE(found(QuestionnaireValidator(form).validate(response)),
        (QStringList {"q-required@child.weeks#1", "q-required@child.name#2"}));
}

void TestRepeatingGroups::repeatEditing()
{
    QuestionnaireResponse response;
    response.appendRepeat("child", child("A"));
    response.appendRepeat("child", child("B"));
    response.appendRepeat("child", child("C"));
    response.removeRepeat("child", 1);
    QCOMPARE(response.repeatCount("child"), 2);
    QCOMPARE(response.repeats("child").at(1).text("child.name"), "C");
    response.removeRepeat("child", 7); // out of range: nothing happens
    response.removeRepeat("child", 0);
    response.removeRepeat("child", 0);
    QCOMPARE(response.repeatCount("child"), 0);
    QVERIFY(response.repeatedGroupLinkIds().isEmpty());
    QCOMPARE(response, QuestionnaireResponse());
}

QTEST_GUILESS_MAIN(TestRepeatingGroups)
#include "TestRepeatingGroups.moc"
