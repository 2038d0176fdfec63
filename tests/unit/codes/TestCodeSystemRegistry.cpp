#include "CodesFixtures.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/IrisIcd10Importer.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;

namespace {
CodeList placeOfDeath(const QString& version)
{
    CodeList list(CodeList::Kind::CodeSystem, "urn:oid:2.16.578.1.12.4.1.1.99003", version);
    list.add({"1", "Sykehus", list.url()});
    list.add({"5", "Privat hjem", list.url()});
    return list;
}
} // namespace

class TestCodeSystemRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlAliases();
    void lookupWithAndWithoutDot();
    void expandSmallListsOnly();
    void replaceAndRemove();
    void valueSetLookup();
    void displayCode();
};

void TestCodeSystemRegistry::urlAliases()
{
    QCOMPARE(CodeSystemUrl::canonical(u"7110"), "urn:oid:2.16.578.1.12.4.1.1.7110");
    QCOMPARE(CodeSystemUrl::canonical(u" 2.16.578.1.12.4.1.1.99003 "), "urn:oid:2.16.578.1.12.4.1.1.99003");
    QCOMPARE(CodeSystemUrl::canonical(u"urn:oid:2.16.578.1.12.4.1.1.7110"), "urn:oid:2.16.578.1.12.4.1.1.7110");
    QCOMPARE(CodeSystemUrl::canonical(u"http://example.org/cs"), "http://example.org/cs");
    QVERIFY(CodeSystemUrl::isIcd10(CodeSystemUrl::canonical(u"7110")));
    QVERIFY(!CodeSystemUrl::isIcd10(u"urn:oid:2.16.578.1.12.4.1.1.71100"));

    CodeSystemRegistry registry;
    registry.add(placeOfDeath("1"));
    QVERIFY(registry.find("99003"));
    QVERIFY(registry.find("2.16.578.1.12.4.1.1.99003"));
    QCOMPARE(registry.lookup("99003", "5")->display, "Privat hjem");
    QVERIFY(!registry.find("9900"));
}

void TestCodeSystemRegistry::lookupWithAndWithoutDot()
{
    CodeSystemRegistry registry;
    registry.add(*IrisIcd10Importer::import(Test::irisValidCodes()));
    const std::optional<Coding> dotted = registry.lookup("7110", "I21.9");
    QVERIFY(dotted);
    QCOMPARE(dotted->code, "I219");
    QCOMPARE(dotted->system, "urn:oid:2.16.578.1.12.4.1.1.7110");
    QCOMPARE(dotted->version, "iris-2020");
    QCOMPARE(registry.lookup("7110", "I219"), dotted);
    QCOMPARE(registry.lookup("7110", " i21.9 "), dotted);
    QVERIFY(!registry.lookup("7110", "I21"));
    QVERIFY(!registry.lookup("7110", "I21.99"));
    QVERIFY(!registry.lookup("3101", "I219"));

    // Dots are not dropped in other systems.
    CodeList other(CodeList::Kind::CodeSystem, "urn:example", "1");
    other.add({"1.1", "x", "urn:example"});
    registry.add(other);
    QVERIFY(registry.lookup("urn:example", "1.1"));
    QVERIFY(!registry.lookup("urn:example", "11"));
}

void TestCodeSystemRegistry::expandSmallListsOnly()
{
    CodeSystemRegistry registry;
    registry.add(placeOfDeath("2"));
    const auto codings = registry.expand("99003");
    QVERIFY(codings);
    QCOMPARE(codings->size(), 2);
    QCOMPARE(codings->at(1), (Coding {"urn:oid:2.16.578.1.12.4.1.1.99003", "5", "Privat hjem", "2"}));
    QVERIFY(!registry.expand("3101"));

    CodeList large(CodeList::Kind::CodeSystem, "urn:large", "1");
    for (int i = 0; i <= CodeSystemRegistry::expandLimit; ++i)
        large.add({QString::number(i), "x", "urn:large"});
    registry.add(large);
    QVERIFY(!registry.expand("urn:large"));
    QVERIFY(registry.lookup("urn:large", "17"));
}

void TestCodeSystemRegistry::replaceAndRemove()
{
    CodeSystemRegistry registry;
    registry.add(placeOfDeath("1"));
    CodeList newer = placeOfDeath("2");
    newer.add({"10", "Ikke kjent", newer.url()});
    registry.add(newer);
    QCOMPARE(registry.lists().size(), 1);
    QCOMPARE(registry.find("99003")->version(), "2");
    QCOMPARE(registry.lookup("99003", "10")->version, "2");
    // Adding other lists leaves a pointer to this one valid.
    const CodeList* kept = registry.find("99003");
    for (int i = 0; i < 200; ++i)
        registry.add(CodeList(CodeList::Kind::CodeSystem, "urn:other:" + QString::number(i), "1"));
    QCOMPARE(kept, registry.find("99003"));
    QCOMPARE(kept->version(), "2");
    QCOMPARE(registry.lists().size(), 201);
    QCOMPARE(registry.lists().first()->url(), "urn:oid:2.16.578.1.12.4.1.1.99003"); // ordered by URL
    for (int i = 0; i < 200; ++i)
        QVERIFY(registry.remove("urn:other:" + QString::number(i)));
    QVERIFY(registry.remove("99003"));
    QVERIFY(!registry.remove("99003"));
    QVERIFY(registry.lists().isEmpty());
}

void TestCodeSystemRegistry::valueSetLookup()
{
    CodeList valueSet(CodeList::Kind::ValueSet, "http://example.org/vs", "1");
    valueSet.add({"I469", "Heart stopped", CodeSystemUrl::icd10.toString()});
    valueSet.add({"1", "Ja", "urn:oid:2.16.578.1.12.4.1.1.1102"});
    CodeSystemRegistry registry;
    registry.add(valueSet);
    QCOMPARE(registry.lookup("http://example.org/vs", "I46.9")->system, CodeSystemUrl::icd10.toString());
    QCOMPARE(registry.lookup("http://example.org/vs", "1")->system, "urn:oid:2.16.578.1.12.4.1.1.1102");
    QCOMPARE(registry.expand("http://example.org/vs")->size(), 2);
}

void TestCodeSystemRegistry::displayCode()
{
    QCOMPARE(CodeSystemUrl::displayIcd10Code(u"I219"), "I21.9");
    QCOMPARE(CodeSystemUrl::displayIcd10Code(u"I2190"), "I21.90");
    QCOMPARE(CodeSystemUrl::displayIcd10Code(u"R99"), "R99");
    QCOMPARE(CodeSystemUrl::normalizedCode(CodeSystemUrl::icd10, u" c34.9 "), "c349"); // case is kept
    QCOMPARE(CodeSystemUrl::icd10Key(u" c34.9 "), "C349");
    QCOMPARE(CodeSystemUrl::normalizedCode(CodeSystemUrl::icd10, u".\tC 34.9"), "C349");
    QCOMPARE(CodeSystemUrl::normalizedCode(u"urn:x", u" c34.9 "), "c34.9");
}

QTEST_GUILESS_MAIN(TestCodeSystemRegistry)
#include "TestCodeSystemRegistry.moc"
