#include "core/codes/CodeSystemUrl.h"
#include "core/codes/FhirCodeListImporter.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;

class TestFhirCodeListImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCodeSystem();
    void flattensNestedConcepts();
    void icd10CodesLoseTheirDot();
    void readsValueSetCompose();
    void readsValueSetExpansion();
    void rejects_data();
    void rejects();
};

void TestFhirCodeListImporter::readsCodeSystem()
{
    const Result<CodeList> list = FhirCodeListImporter::import(R"({
        "resourceType": "CodeSystem", "url": "urn:oid:2.16.578.1.12.4.1.1.99003", "version": "3",
        "title": "Dødssted", "status": "active",
        "concept": [{"code": "1", "display": "Sykehus"}, {"code": "5", "display": "Privat hjem"},
                    {"code": "10", "display": "Ikke kjent"}]})");
    QVERIFY2(list.isOk(), qPrintable(list.isOk() ? QString() : list.error().message));
    QCOMPARE(list->kind(), CodeList::Kind::CodeSystem);
    QCOMPARE(list->url(), "urn:oid:2.16.578.1.12.4.1.1.99003");
    QCOMPARE(list->version(), "3");
    QCOMPARE(list->title(), "Dødssted");
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(1), (CodeConcept {"5", "Privat hjem", "urn:oid:2.16.578.1.12.4.1.1.99003"}));
    QCOMPARE(list->coding(2), (Coding {"urn:oid:2.16.578.1.12.4.1.1.99003", "10", "Ikke kjent", "3"}));
}

void TestFhirCodeListImporter::flattensNestedConcepts()
{
    const Result<CodeList> list = FhirCodeListImporter::import(R"({"resourceType": "CodeSystem", "url": "99000",
        "name": "Manner", "concept": [{"code": "1", "display": "A", "concept": [{"code": "1.1", "display": "B"}]},
        {"code": "2"}]})");
    QVERIFY(list.isOk());
    QCOMPARE(list->url(), "urn:oid:2.16.578.1.12.4.1.1.99000"); // bare Volven number accepted
    QCOMPARE(list->title(), "Manner");
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(1).code, "1.1");
    QCOMPARE(list->at(2).display, QString());

    const Result<CodeList> marked = FhirCodeListImporter::import(R"({"resourceType": "CodeSystem", "url": "\ufeffu",
        "concept": [{"code": "\ufeff1", "display": "\ufeffJa"}]})");
    QVERIFY(marked.isOk());
    QCOMPARE(marked->url(), "u");
    QCOMPARE(marked->at(0).code, "1");
    QCOMPARE(marked->at(0).display, "Ja");
}

void TestFhirCodeListImporter::icd10CodesLoseTheirDot()
{
    const Result<CodeList> list = FhirCodeListImporter::import(R"({"resourceType": "CodeSystem", "url": "7110",
        "version": "2025", "concept": [{"code": "I21.9", "display": "x"}, {"code": "r99", "display": "y"}]})");
    QVERIFY(list.isOk());
    QCOMPARE(list->at(0).code, "I219");
    QCOMPARE(list->at(1).code, "r99"); // stored as published; found in any case
    QCOMPARE(list->indexOf(u"R99"), 1);
    QCOMPARE(list->indexOf(u"I21.9"), 0);

    const Result<CodeList> twice = FhirCodeListImporter::import(R"({"resourceType": "CodeSystem", "url": "7110",
        "concept": [{"code": "I21.9"}, {"code": "I219"}]})");
    QCOMPARE(twice.error().code, "codes-duplicate-code");
}

void TestFhirCodeListImporter::readsValueSetCompose()
{
    const Result<CodeList> list = FhirCodeListImporter::import(R"({"resourceType": "ValueSet",
        "url": "http://example.org/fhir/ValueSet/terminal", "version": "1",
        "compose": {"include": [
            {"system": "urn:oid:2.16.578.1.12.4.1.1.7110", "concept": [{"code": "I46.9", "display": "a"}]},
            {"system": "1102", "concept": [{"code": "1", "display": "Ja"}, {"code": "2", "display": "Nei"}]}]}})");
    QVERIFY2(list.isOk(), qPrintable(list.isOk() ? QString() : list.error().message));
    QCOMPARE(list->kind(), CodeList::Kind::ValueSet);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).code, "I469");
    QCOMPARE(list->at(0).system, CodeSystemUrl::icd10.toString());
    QCOMPARE(list->at(2).system, "urn:oid:2.16.578.1.12.4.1.1.1102");
    QCOMPARE(list->indexOf(u"I46.9"), 0);
}

void TestFhirCodeListImporter::readsValueSetExpansion()
{
    const Result<CodeList> list = FhirCodeListImporter::import(R"({"resourceType": "ValueSet", "url": "vs",
        "expansion": {"contains": [{"system": "3101", "code": "1", "display": "Mann"},
                                   {"system": "3101", "code": "2", "display": "Kvinne"}]}})");
    QVERIFY(list.isOk());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).system, "urn:oid:2.16.578.1.12.4.1.1.3101");
}

void TestFhirCodeListImporter::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{\n\"resourceType\": \"CodeSystem\",\n oops}") << "codes-json" << "line 3";
    QTest::newRow("empty") << QByteArray() << "codes-json" << "JSON";
    QTest::newRow("array") << QByteArray("[]") << "codes-resource-type" << "resourceType";
    QTest::newRow("questionnaire") << QByteArray(R"({"resourceType": "Questionnaire", "url": "x"})")
                                   << "codes-resource-type" << "CodeSystem";
    QTest::newRow("no url") << QByteArray(R"({"resourceType": "CodeSystem", "concept": [{"code": "1"}]})")
                            << "codes-missing-url" << "url";
    QTest::newRow("no code") << QByteArray(R"({"resourceType": "CodeSystem", "url": "u",
        "concept": [{"code": "1"}, {"display": "secret text"}]})") << "codes-missing-code" << "concept[1]";
    QTest::newRow("numeric code") << QByteArray(R"({"resourceType": "CodeSystem", "url": "u",
        "concept": [{"code": 1}]})") << "codes-missing-code" << "concept[0]";
    QTest::newRow("nested no code") << QByteArray(R"({"resourceType": "CodeSystem", "url": "u",
        "concept": [{"code": "1", "concept": [{"code": ""}]}]})") << "codes-missing-code" << "concept[0].concept[0]";
    QTest::newRow("duplicate") << QByteArray(R"({"resourceType": "CodeSystem", "url": "u",
        "concept": [{"code": "1"}, {"code": "1"}]})") << "codes-duplicate-code" << "concept[1]";
    QTest::newRow("no concepts") << QByteArray(R"({"resourceType": "CodeSystem", "url": "u", "concept": []})")
                                 << "codes-empty" << "CodeSystem";
    QTest::newRow("include without system") << QByteArray(R"({"resourceType": "ValueSet", "url": "u",
        "compose": {"include": [{"concept": [{"code": "1"}]}]}})") << "codes-missing-system" << "compose.include[0]";
    QTest::newRow("whole system") << QByteArray(R"({"resourceType": "ValueSet", "url": "u",
        "compose": {"include": [{"system": "7110"}]}})") << "codes-unsupported" << "compose.include[0]";
    QTest::newRow("expansion without system") << QByteArray(R"({"resourceType": "ValueSet", "url": "u",
        "expansion": {"contains": [{"system": "a", "code": "1"}, {"code": "2"}]}})") << "codes-missing-system"
                                              << "expansion.contains[1]";
    QTest::newRow("empty value set") << QByteArray(R"({"resourceType": "ValueSet", "url": "u"})") << "codes-empty"
                                     << "ValueSet";
    QTest::newRow("bad utf-8") << QByteArray("{\"resourceType\": \"CodeSystem\", \"url\": \"u\", "
                                             "\"concept\": [{\"code\": \"1\", \"display\": \"\xff\xfe\"}]}")
                               << "codes-json" << "line 1";
}

void TestFhirCodeListImporter::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const Result<CodeList> list = FhirCodeListImporter::import(json);
    QVERIFY(!list.isOk());
    QCOMPARE(list.error().code, code);
    QVERIFY2(list.error().message.contains(mentions), qPrintable(list.error().message));
    QVERIFY(!list.error().message.contains("secret text"));
}

QTEST_GUILESS_MAIN(TestFhirCodeListImporter)
#include "TestFhirCodeListImporter.moc"
