#include "core/questionnaire/CodeSystemUrl.h"

#include <QTest>

using namespace Meldeklient::Questionnaire;

class TestCodeSystemUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonical_data();
    void canonical();
    void sameSystem();
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
    QVERIFY(CodeSystemUrl::sameSystem("99003", "urn:oid:2.16.578.1.12.4.1.1.99003"));
    QVERIFY(CodeSystemUrl::sameSystem("", "99003"));
    QVERIFY(!CodeSystemUrl::sameSystem("99003", "99005"));
    QCOMPARE(CodeSystemUrl::volvenNumber("urn:oid:2.16.578.1.12.4.1.1.3101"), "3101");
    QCOMPARE(CodeSystemUrl::volvenNumber("urn:oid:2.16.578.1.12.4.1.1.x"), "");
}

QTEST_GUILESS_MAIN(TestCodeSystemUrl)
#include "TestCodeSystemUrl.moc"
