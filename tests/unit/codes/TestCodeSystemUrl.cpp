#include "core/codes/CodeList.h"
#include "core/codes/CodeSystemUrl.h"

#include <QTest>

using namespace Meldeklient::Codes;

class TestCodeSystemUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonical_data();
    void canonical();
    void sameSystem();
    void nationalCodesKeepTheirCase();
};

void TestCodeSystemUrl::canonical_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare number") << "99003"
                                 << "urn:oid:2.16.578.1.12.4.1.1.99003";
    QTest::newRow("bare with spaces") << " 1102 "
                                      << "urn:oid:2.16.578.1.12.4.1.1.1102";
    QTest::newRow("urn") << "urn:oid:2.16.578.1.12.4.1.1.7110"
                         << "urn:oid:2.16.578.1.12.4.1.1.7110";
    QTest::newRow("code service path") << "https://api.helsepunkt.no/api/koder/8116"
                                       << "urn:oid:2.16.578.1.12.4.1.1.8116";
    QTest::newRow("templated search") << "http://api.{environment}.helsepunkt.no/api/koder?oid=7110&query={query}"
                                      << "urn:oid:2.16.578.1.12.4.1.1.7110";
    QTest::newRow("NHN typo http:/") << "http:/api.{environment}.helsepunkt.no/api/koder?oid=7110&query={query}"
                                     << "urn:oid:2.16.578.1.12.4.1.1.7110";
    QTest::newRow("oid not first") << "https://api.helsepunkt.no/api/koder?query=a&oid=3402"
                                   << "urn:oid:2.16.578.1.12.4.1.1.3402";
    QTest::newRow("other oid param") << "https://api.helsepunkt.no/api/koder?xoid=3402"
                                     << "https://api.helsepunkt.no/api/koder?xoid=3402";
    QTest::newRow("other host") << "http://example.org/koder?oid=7110"
                                << "http://example.org/koder?oid=7110";
    QTest::newRow("other urn") << "urn:oid:2.16.578.1.12.4.1.4.1"
                               << "urn:oid:2.16.578.1.12.4.1.4.1";
    QTest::newRow("fhir url") << "http://hl7.org/fhir/administrative-gender"
                              << "http://hl7.org/fhir/administrative-gender";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCodeSystemUrl::canonical()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CodeSystemUrl::canonical(input), expected);
}

void TestCodeSystemUrl::sameSystem()
{
    QVERIFY(CodeSystemUrl::sameSystem(u"99003", u"urn:oid:2.16.578.1.12.4.1.1.99003"));
    QVERIFY(CodeSystemUrl::sameSystem(u"", u"99003"));
    QVERIFY(!CodeSystemUrl::sameSystem(u"99003", u"99005"));
    QCOMPARE(CodeSystemUrl::volvenNumber(u"urn:oid:2.16.578.1.12.4.1.1.3101"), u"3101");
    QCOMPARE(CodeSystemUrl::volvenNumber(u"urn:oid:2.16.578.1.12.4.1.1.x"), u"");
}


void TestCodeSystemUrl::nationalCodesKeepTheirCase()
{
    // Norway's ICD-10 has thousands of codes with a lower-case letter; upper-casing them names another code or none.
    QCOMPARE(CodeSystemUrl::normalizedCode(CodeSystemUrl::icd10, u" I21.0a "), u"I210a");
    QCOMPARE(CodeSystemUrl::normalizedCode(CodeSystemUrl::icd10, u"X59.9a"), u"X599a");
    QCOMPARE(CodeSystemUrl::normalizedCode(CodeSystemUrl::icd10, u"V0n0a"), u"V0n0a");
    QCOMPARE(CodeSystemUrl::normalizedCode(CodeSystemUrl::icd10, u"I21 .9"), u"I219");
    QCOMPARE(CodeSystemUrl::comparisonKey(CodeSystemUrl::icd10, u"i21.0A"), u"I210A");
    QCOMPARE(CodeSystemUrl::comparisonKey(CodeSystemUrl::icd10, u"I210a"), u"I210A");
    QCOMPARE(CodeSystemUrl::comparisonKey(u"urn:example", u" a.b "), u"a.b"); // other systems: exact
    QCOMPARE(CodeSystemUrl::normalizedCode(u"urn:example", u" a.b "), u"a.b");

    CodeList list(CodeList::Kind::CodeSystem, CodeSystemUrl::icd10.toString(), "t");
    QVERIFY(list.add({"I210a", "Type 4a, invented text", CodeSystemUrl::icd10.toString()}));
    QVERIFY(!list.add({"I210A", "same code in another case", CodeSystemUrl::icd10.toString()}));
    QCOMPARE(list.indexOf(u"I21.0a"), 0);
    QCOMPARE(list.indexOf(u"i210A"), 0);
    QCOMPARE(list.at(0).code, u"I210a");
}
QTEST_GUILESS_MAIN(TestCodeSystemUrl)
#include "TestCodeSystemUrl.moc"
