#include "QuestionnaireTestData.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/ReferenceData.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;
using Form = Meldeklient::Questionnaire::Questionnaire;

class TestQuestionnaire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsStructure();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void readsAnswerOptionsAndInitial();
    void mapsNhnValueSetUrls();
    void translatesTexts_data();
    void translatesTexts();
    void readsItemExtensions();
    void loadsFromResourceAndDisk();
};

void TestQuestionnaire::loadsStructure()
{
    const Form form = Test::loadQuestionnaire(R"([
        {"linkId":"g","type":"group","text":"Gruppe","item":[
            {"linkId":"a","type":"string","required":true,"maxLength":5},
            {"linkId":"b","type":"boolean","repeats":false}]},
        {"linkId":"c","type":"display","text":"Info"}])");
    QCOMPARE(form.items().size(), 4);
    QCOMPARE(form.canonical(), "urn:test:q|1");
    QCOMPARE(form.topLevelItems(), (QList<int> {0, 3}));
    const QuestionnaireItem* a = form.item("a");
    QVERIFY(a);
    QCOMPARE(a->type, ItemType::String);
    QVERIFY(a->required);
    QCOMPARE(a->maxLength, 5);
    QCOMPARE(a->parent, 0);
    QCOMPARE(a->depth, 1);
    QCOMPARE(a->jsonPath, "item[0].item[0]");
    QCOMPARE(form.items().at(0).children, (QList<int> {1, 2}));
    QVERIFY(!form.item("c")->takesAnswers());
    QCOMPARE(form.indexOf("missing"), -1);
    QCOMPARE(form.item("missing"), nullptr);
}

void TestQuestionnaire::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions"); // the path or linkId the message must name

    auto items
        = [](const QByteArray& array, const QByteArray& extra = {}) { return Test::questionnaireJson(array, extra); };
    QTest::newRow("not json") << QByteArray("{\"resourceType\":") << "questionnaire-json"
                              << "offset";
    QTest::newRow("array") << QByteArray("[]") << "questionnaire-json"
                           << "";
    QTest::newRow("wrong resource") << QByteArray(R"({"resourceType":"Patient"})") << "questionnaire-resource-type"
                                    << "";
    QTest::newRow("no status") << QByteArray(
        R"({"resourceType":"Questionnaire","item":[{"linkId":"a","type":"string"}]})")
                               << "questionnaire-invalid-member"
                               << "status";
    QTest::newRow("no items") << items("[]") << "questionnaire-invalid-member"
                              << "no items";
    QTest::newRow("item not array") << items("{}") << "questionnaire-invalid-member"
                                    << "array";
    QTest::newRow("missing linkId") << items(R"([{"type":"group","item":[{"type":"string"}]}])")
                                    << "questionnaire-missing-link-id"
                                    << "item[0]";
    QTest::newRow("nested missing linkId")
        << items(R"([{"linkId":"g","type":"group","item":[{"linkId":"a","type":"string"},{"type":"string"}]}])")
        << "questionnaire-missing-link-id"
        << "item[0].item[1]";
    QTest::newRow("blank linkId") << items(R"([{"linkId":"  ","type":"string"}])") << "questionnaire-missing-link-id"
                                  << "item[0]";
    QTest::newRow("duplicate linkId") << items(
        R"([{"linkId":"a","type":"string"},{"linkId":"g","type":"group","item":[{"linkId":"a","type":"date"}]}])")
                                      << "questionnaire-duplicate-link-id"
                                      << "\"a\"";
    QTest::newRow("unknown type") << items(R"([{"linkId":"a","type":"stringy"}])") << "questionnaire-unknown-item-type"
                                  << "\"a\"";
    QTest::newRow("missing type") << items(R"([{"linkId":"a"}])") << "questionnaire-unknown-item-type"
                                  << "\"a\"";
    QTest::newRow("attachment") << items(R"([{"linkId":"a","type":"attachment"}])")
                                << "questionnaire-unsupported-item-type"
                                << "\"a\"";
    QTest::newRow("required not bool") << items(R"([{"linkId":"a","type":"string","required":"yes"}])")
                                       << "questionnaire-invalid-member"
                                       << "required";
    QTest::newRow("text not string") << items(R"([{"linkId":"a","type":"string","text":5}])")
                                     << "questionnaire-invalid-member"
                                     << "text";
    QTest::newRow("maxLength zero") << items(R"([{"linkId":"a","type":"string","maxLength":0}])")
                                    << "questionnaire-invalid-member"
                                    << "maxLength";
    QTest::newRow("maxLength on date") << items(R"([{"linkId":"a","type":"date","maxLength":3}])")
                                       << "questionnaire-invalid-member"
                                       << "maxLength";
    QTest::newRow("empty group") << items(R"([{"linkId":"g","type":"group"}])") << "questionnaire-invalid-member"
                                 << "\"g\"";
    QTest::newRow("repeating group in repeating group")
        << items(R"([{"linkId":"g","type":"group","repeats":true,"item":[{"linkId":"h","type":"group","repeats":true,)"
                 R"("item":[{"linkId":"a","type":"string"}]}]}])")
        << "questionnaire-unsupported-item"
        << "\"h\"";
    QTest::newRow("enableWhen into a repeat") << items(
        R"([{"linkId":"g","type":"group","repeats":true,"item":[{"linkId":"a","type":"string"}]},)"
        R"({"linkId":"b","type":"string","enableWhen":[{"question":"a","operator":"exists","answerBoolean":true}]}])")
                                              << "questionnaire-bad-enable-when"
                                              << "\"b\"";
    QTest::newRow("items under question")
        << items(R"([{"linkId":"q","type":"string","item":[{"linkId":"a","type":"string"}]}])")
        << "questionnaire-unsupported-item"
        << "\"q\"";
    QTest::newRow("required display") << items(R"([{"linkId":"d","type":"display","required":true}])")
                                      << "questionnaire-invalid-member"
                                      << "\"d\"";
    QTest::newRow("options on string") << items(
        R"([{"linkId":"a","type":"string","answerOption":[{"valueString":"x"}]}])")
                                       << "questionnaire-invalid-member"
                                       << "\"a\"";
    QTest::newRow("options and value set") << items(
        R"([{"linkId":"a","type":"choice","answerValueSet":"urn:x","answerOption":[{"valueCoding":{"code":"1"}}]}])")
                                           << "questionnaire-invalid-member"
                                           << "\"a\"";
    QTest::newRow("option without code") << items(
        R"([{"linkId":"a","type":"choice","answerOption":[{"valueCoding":{"system":"s"}}]}])")
                                         << "questionnaire-answer-option"
                                         << "answerOption[0]";
    QTest::newRow("option wrong type") << items(
        R"([{"linkId":"a","type":"choice","answerOption":[{"valueInteger":1}]}])")
                                       << "questionnaire-answer-option"
                                       << "answerOption[0]";
    QTest::newRow("option twice") << items(
        R"([{"linkId":"a","type":"choice","answerOption":[{"valueCoding":{"system":"99003","code":"1"}},{"valueCoding":{"system":"urn:oid:2.16.578.1.12.4.1.1.99003","code":"1"}}]}])")
                                  << "questionnaire-answer-option"
                                  << "answerOption[1]";
    QTest::newRow("initial wrong type") << items(R"([{"linkId":"a","type":"boolean","initial":[{"valueString":"x"}]}])")
                                        << "questionnaire-initial"
                                        << "initial[0]";
    QTest::newRow("two initial, not repeating")
        << items(R"([{"linkId":"a","type":"string","initial":[{"valueString":"x"},{"valueString":"y"}]}])")
        << "questionnaire-initial"
        << "\"a\"";
    QTest::newRow("initial invalid date")
        << items(R"([{"linkId":"a","type":"date","initial":[{"valueDate":"2021-02-30"}]}])") << "questionnaire-initial"
        << "initial[0]";
    QTest::newRow("enableWhen unknown question") << items(
        R"([{"linkId":"a","type":"string","enableWhen":[{"question":"nope","operator":"exists","answerBoolean":true}]}])")
                                                 << "questionnaire-bad-enable-when"
                                                 << "nope";
    QTest::newRow("enableWhen on itself") << items(
        R"([{"linkId":"a","type":"string","enableWhen":[{"question":"a","operator":"exists","answerBoolean":true}]}])")
                                          << "questionnaire-bad-enable-when"
                                          << "\"a\"";
    QTest::newRow("enableWhen on group") << items(
        R"([{"linkId":"g","type":"group","item":[{"linkId":"x","type":"string"}]},{"linkId":"a","type":"string","enableWhen":[{"question":"g","operator":"exists","answerBoolean":true}]}])")
                                         << "questionnaire-bad-enable-when"
                                         << "\"a\"";
    QTest::newRow("enableWhen bad operator") << items(
        R"([{"linkId":"b","type":"boolean"},{"linkId":"a","type":"string","enableWhen":[{"question":"b","operator":"==","answerBoolean":true}]}])")
                                             << "questionnaire-bad-enable-when"
                                             << "enableWhen[0]";
    QTest::newRow("enableWhen no answer") << items(
        R"([{"linkId":"b","type":"boolean"},{"linkId":"a","type":"string","enableWhen":[{"question":"b","operator":"="}]}])")
                                          << "questionnaire-bad-enable-when"
                                          << "enableWhen[0]";
    QTest::newRow("enableWhen answer type") << items(
        R"([{"linkId":"b","type":"boolean"},{"linkId":"a","type":"string","enableWhen":[{"question":"b","operator":"=","answerString":"yes"}]}])")
                                            << "questionnaire-bad-enable-when"
                                            << "\"a\"";
    QTest::newRow("exists with coding") << items(
        R"([{"linkId":"b","type":"boolean"},{"linkId":"a","type":"string","enableWhen":[{"question":"b","operator":"exists","answerCoding":{"code":"1"}}]}])")
                                        << "questionnaire-bad-enable-when"
                                        << "\"a\"";
    QTest::newRow("ordering codings") << items(
        R"([{"linkId":"b","type":"choice","answerOption":[{"valueCoding":{"code":"1"}}]},{"linkId":"a","type":"string","enableWhen":[{"question":"b","operator":">","answerCoding":{"code":"1"}}]}])")
                                      << "questionnaire-bad-enable-when"
                                      << "\"a\"";
    QTest::newRow("two conditions without behavior") << items(
        R"([{"linkId":"b","type":"boolean"},{"linkId":"a","type":"string","enableWhen":[{"question":"b","operator":"exists","answerBoolean":true},{"question":"b","operator":"=","answerBoolean":true}]}])")
                                                     << "questionnaire-bad-enable-when"
                                                     << "enableBehavior";
    QTest::newRow("bad behavior") << items(
        R"([{"linkId":"b","type":"boolean"},{"linkId":"a","type":"string","enableWhen":[{"question":"b","operator":"exists","answerBoolean":true}],"enableBehavior":"some"}])")
                                  << "questionnaire-bad-enable-when"
                                  << "enableBehavior";
    QTest::newRow("translation without lang") << items(
        R"([{"linkId":"a","type":"string","text":"T","_text":{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/translation","extension":[{"url":"content","valueString":"x"}]}]}}])")
                                              << "questionnaire-bad-extension"
                                              << "_text";
    QTest::newRow("translation element without extensions")
        << items(R"([{"linkId":"a","type":"string","text":"T","_text":"nn"}])") << "questionnaire-bad-extension"
        << "_text";
    QTest::newRow("item extension without url")
        << items(R"([{"linkId":"a","type":"string","extension":[{"valueCode":"x"}]}])") << "questionnaire-bad-extension"
        << "extension[0]";
    QTest::newRow("bad regex") << items(
        R"([{"linkId":"a","type":"string","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/regex","valueString":"(["}]}])")
                               << "questionnaire-bad-extension"
                               << "extension[0]";
    const QByteArray constraintItems = R"([{"linkId":"a","type":"string"}])";
    auto constraint = [](const QByteArray& parts) -> QByteArray {
        return "\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/"
               "questionnaire-constraint\",\"extension\":["
            + parts + "]}]";
    };
    QTest::newRow("constraint without expression")
        << items(constraintItems, constraint(R"({"url":"key","valueId":"k"},{"url":"severity","valueCode":"error"})"))
        << "questionnaire-bad-extension"
        << "expression";
    QTest::newRow("constraint bad severity") << items(constraintItems,
        constraint(
            R"({"url":"key","valueId":"k"},{"url":"severity","valueCode":"fatal"},{"url":"expression","valueString":"true"})"))
                                             << "questionnaire-bad-extension"
                                             << "severity";
    QTest::newRow("constraint unsupported FHIRPath") << items(constraintItems,
        constraint(
            R"x({"url":"key","valueId":"k"},{"url":"severity","valueCode":"error"},{"url":"expression","valueString":"%resource.item.first().exists()"})x"))
                                                     << "fhirpath-unsupported"
                                                     << "first";
    QTest::newRow("constraint FHIRPath syntax") << items(constraintItems,
        constraint(
            R"({"url":"key","valueId":"k"},{"url":"severity","valueCode":"error"},{"url":"expression","valueString":"item.where(linkId='a'"})"))
                                                << "fhirpath-syntax"
                                                << "\"k\"";
}

void TestQuestionnaire::rejectsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const Result<Form> loaded = Form::fromJson(json);
    QVERIFY(!loaded.isOk());
    QCOMPARE(loaded.error().code, code);
    QVERIFY2(loaded.error().message.contains(mentions), qPrintable(loaded.error().message));
}

void TestQuestionnaire::readsAnswerOptionsAndInitial()
{
    const Form form = Test::loadQuestionnaire(R"([
        {"linkId":"c","type":"choice","repeats":true,"answerOption":[
            {"valueCoding":{"system":"99004","code":"1","display":"0-7 dager"}},
            {"valueCoding":{"system":"99004","code":"5","display":"Ukjent"},"initialSelected":true}]},
        {"linkId":"i","type":"integer","initial":[{"valueInteger":7}]},
        {"linkId":"d","type":"date","initial":[{"valueDate":"2021-10"}]}])");
    const QuestionnaireItem* choice = form.item("c");
    QCOMPARE(choice->answerOptions.size(), 2);
    QCOMPARE(choice->answerOptions.at(0).value.toCoding().code, "1");
    QVERIFY(choice->answerOptions.at(1).initialSelected);
    QCOMPARE(form.item("i")->initial, (QList<AnswerValue> {AnswerValue::fromInteger(7)}));
    QCOMPARE(form.item("d")->initial.constFirst().toText(), "2021-10");
}

void TestQuestionnaire::mapsNhnValueSetUrls()
{
    const Form form = Test::loadQuestionnaire(R"([
        {"linkId":"a","type":"choice","answerValueSet":"http://api.{environment}.helsepunkt.no/api/koder?oid=7110&query={query}"},
        {"linkId":"b","type":"choice","answerValueSet":"http:/api.{environment}.helsepunkt.no/api/koder?oid=3402&query={query}"},
        {"linkId":"c","type":"open-choice","answerValueSet":"http://example.org/ValueSet/x"}])");
    QCOMPARE(form.item("a")->answerValueSet, "urn:oid:2.16.578.1.12.4.1.1.7110");
    QCOMPARE(form.item("b")->answerValueSet, "urn:oid:2.16.578.1.12.4.1.1.3402");
    QCOMPARE(form.item("c")->answerValueSet, "http://example.org/ValueSet/x");
}

void TestQuestionnaire::translatesTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("option");
    QTest::newRow("default Bokmål") << ""
                                    << "Dødssted"
                                    << "Sykehus";
    QTest::newRow("nb") << "nb"
                        << "Dødssted"
                        << "Sykehus";
    QTest::newRow("nb-NO") << "nb-NO"
                           << "Dødssted"
                           << "Sykehus";
    QTest::newRow("nn") << "nn"
                        << "Dødsstad"
                        << "Sjukehus";
    QTest::newRow("nn-NO by primary tag") << "nn-NO"
                                          << "Dødsstad"
                                          << "Sjukehus";
    QTest::newRow("en") << "en"
                        << "Place of death"
                        << "Hospital";
    QTest::newRow("EN case") << "EN"
                             << "Place of death"
                             << "Hospital";
    QTest::newRow("sami falls back") << "se"
                                     << "Dødssted"
                                     << "Sykehus";
}

void TestQuestionnaire::translatesTexts()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, option);
    const Form form = Test::loadQuestionnaire(R"([
        {"linkId":"p","type":"choice","text":"Dødssted","_text":{"extension":[
            {"url":"http://hl7.org/fhir/StructureDefinition/translation","extension":[{"url":"lang","valueCode":"nn"},{"url":"content","valueString":"Dødsstad"}]},
            {"url":"http://hl7.org/fhir/StructureDefinition/translation","extension":[{"url":"lang","valueCode":"en"},{"url":"content","valueString":"Place of death"}]}]},
         "answerOption":[{"valueCoding":{"system":"99003","code":"1","display":"Sykehus","_display":{"extension":[
            {"url":"http://hl7.org/fhir/StructureDefinition/translation","extension":[{"url":"lang","valueCode":"nn-NO"},{"url":"content","valueString":"Sjukehus"}]},
            {"url":"http://hl7.org/fhir/StructureDefinition/translation","extension":[{"url":"lang","valueCode":"en"},{"url":"content","valueString":"Hospital"}]}]}}}]}])");
    const QuestionnaireItem& item = *form.item("p");
    QCOMPARE(form.text(item, language), text);
    QCOMPARE(form.optionDisplay(item.answerOptions.constFirst(), language), option);
}

void TestQuestionnaire::readsItemExtensions()
{
    const Form form = Test::loadForm(":/forms/dodsfall.json");
    const QuestionnaireItem* identifier = form.item("deceased_identifier");
    QVERIFY(identifier);
    QCOMPARE(
        identifier->extensions.value("https://example.invalid/meldeklient/fhir/StructureDefinition/identifier-rule")
            .toString(),
        "fnr-or-dnr");
    QVERIFY(form.item("country_of_residence")->pattern.isValid());
    QVERIFY(form.item("country_of_residence")->pattern.match("DK").hasMatch());
    QVERIFY(!form.item("country_of_residence")->pattern.match("dk").hasMatch());
    QCOMPARE(form.text(*form.item("death_date"), "en"), "Date of death");
    QCOMPARE(form.title("nn"), "Melding om dødsfall");
}

void TestQuestionnaire::loadsFromResourceAndDisk()
{
    const Form embedded = Test::loadForm(":/forms/dodsaarsak.json");
    const Form onDisk = Test::loadForm(Test::sourceFile("forms/dodsaarsak.json"));
    QCOMPARE(embedded.canonical(), onDisk.canonical());
    QCOMPARE(embedded.items().size(), onDisk.items().size());
    const Result<Form> missing = Form::fromFile(":/forms/absent.json");
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().code, "questionnaire-unreadable");
}

QTEST_GUILESS_MAIN(TestQuestionnaire)
#include "TestQuestionnaire.moc"
