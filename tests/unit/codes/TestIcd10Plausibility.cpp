#include "CodesFixtures.h"
#include "core/codes/Icd10Plausibility.h"
#include "core/codes/IrisIcd10Importer.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;

namespace {
using Sex = Icd10CheckContext::Sex;
using Severity = Icd10Finding::Severity;

Icd10CheckContext adult(Sex sex, int age = 60)
{
    Icd10CheckContext context;
    context.sex = sex;
    context.ageYears = age;
    context.deathYear = 2024;
    return context;
}

QStringList ruleIds(const QList<Icd10Finding>& findings)
{
    QStringList ids;
    for (const Icd10Finding& finding : findings)
        ids.append(QString(finding.ruleId()));
    return ids;
}

} // namespace

class TestIcd10Plausibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ruleIdsAreStable();
    void plainCodeIsQuiet();
    void unknownCode();
    void asterisk();
    void validityYears();
    void sexConflict();
    void ageConflict();
    void ageInDaysForInfants();
    void rareDisease();
    void notUnderlyingOnlyOnLowestLine();
    void illDefined();
    void illDefinedRanges();
    void restrictionsFollowTheirYears();
    void withoutTableOnlyIllDefined();
    void messagesNameCodeNotPerson();

private:
    Icd10Plausibility m_checks;
};

void TestIcd10Plausibility::initTestCase()
{
    const Result<CodeList> list = IrisIcd10Importer::import(Test::irisValidCodes(), Test::irisNonConsistent());
    QVERIFY(list.isOk());
    m_checks = Icd10Plausibility(*list);
}

void TestIcd10Plausibility::ruleIdsAreStable()
{
    QStringList ids;
    for (Icd10Rule rule : allIcd10Rules)
        ids.append(QString(icd10RuleId(rule)));
    QCOMPARE(ids, (QStringList {"icd-unknown-code", "icd-asterisk", "icd-validity-years", "icd-sex-conflict",
                      "icd-age-conflict", "icd-rare-disease", "icd-not-underlying", "icd-ill-defined"}));
}

void TestIcd10Plausibility::plainCodeIsQuiet()
{
    Icd10CheckContext context = adult(Sex::Male);
    context.lowestUsedLine = true;
    QVERIFY(m_checks.check(u"I21.9", context).isEmpty());
    QVERIFY(m_checks.check(u"C61", context).isEmpty());
    QVERIFY(m_checks.check(u"C56", adult(Sex::Female)).isEmpty());
    QVERIFY(m_checks.check(u"C56", adult(Sex::Unknown)).isEmpty()); // unknown sex never conflicts
    QVERIFY(m_checks.check(u"I219", Icd10CheckContext {}).isEmpty()); // nothing known about the deceased
}

void TestIcd10Plausibility::unknownCode()
{
    const QList<Icd10Finding> findings = m_checks.check(u"X99.9", adult(Sex::Male));
    QCOMPARE(ruleIds(findings), QStringList {"icd-unknown-code"});
    QCOMPARE(findings.first().severity, Severity::Error);
    QCOMPARE(findings.first().code, "X99.9");
    QVERIFY(findings.first().message.contains("X99.9"));
    QCOMPARE(ruleIds(m_checks.check(u"I21", adult(Sex::Male))), QStringList {"icd-unknown-code"});
}

void TestIcd10Plausibility::asterisk()
{
    const QList<Icd10Finding> findings = m_checks.check(u"D63.0", adult(Sex::Female));
    QCOMPARE(ruleIds(findings), QStringList {"icd-asterisk"});
    QCOMPARE(findings.first().severity, Severity::Error);
    QCOMPARE(findings.first().code, "D63.0");
}

void TestIcd10Plausibility::validityYears()
{
    Icd10CheckContext context = adult(Sex::Male);
    context.deathYear = 2019;
    const QList<Icd10Finding> findings = m_checks.check(u"U07.1", context);
    QCOMPARE(ruleIds(findings), QStringList {"icd-validity-years"});
    QCOMPARE(findings.first().severity, Severity::Warning);
    context.deathYear = 2020;
    QVERIFY(m_checks.check(u"U07.1", context).isEmpty());
    context.deathYear.reset();
    QVERIFY(m_checks.check(u"U07.1", context).isEmpty());
}

void TestIcd10Plausibility::sexConflict()
{
    const QList<Icd10Finding> prostate = m_checks.check(u"C61", adult(Sex::Female));
    QCOMPARE(ruleIds(prostate), QStringList {"icd-sex-conflict"});
    QCOMPARE(prostate.first().severity, Severity::Error); // SexConsistency M
    QVERIFY(prostate.first().message.contains("men"));

    const QList<Icd10Finding> ovary = m_checks.check(u"C56", adult(Sex::Male));
    QCOMPARE(ruleIds(ovary), QStringList {"icd-sex-conflict"});
    QCOMPARE(ovary.first().severity, Severity::Error);
    QVERIFY(ovary.first().message.contains("women"));

    // O000 is female-only with consistency C in the fixture: a warning.
    const QList<Icd10Finding> pregnancy = m_checks.check(u"O00.0", adult(Sex::Male, 30));
    QCOMPARE(ruleIds(pregnancy), QStringList {"icd-sex-conflict"});
    QCOMPARE(pregnancy.first().severity, Severity::Warning);
}

void TestIcd10Plausibility::ageConflict()
{
    const QList<Icd10Finding> old = m_checks.check(u"O00.0", adult(Sex::Female, 70));
    QCOMPARE(ruleIds(old), QStringList {"icd-age-conflict"});
    QCOMPARE(old.first().severity, Severity::Warning);
    QVERIFY2(old.first().message.contains("12 years") && old.first().message.contains("55 years"),
        qPrintable(old.first().message));
    QCOMPARE(ruleIds(m_checks.check(u"O00.0", adult(Sex::Female, 11))), QStringList {"icd-age-conflict"});
    QVERIFY(m_checks.check(u"O00.0", adult(Sex::Female, 12)).isEmpty());
    QVERIFY(m_checks.check(u"O00.0", adult(Sex::Female, 55)).isEmpty());
    QCOMPARE(ruleIds(m_checks.check(u"I21.9", adult(Sex::Male, 14))), QStringList {"icd-age-conflict"});
    const QList<Icd10Finding> child = m_checks.check(u"J40", adult(Sex::Male, 3));
    QCOMPARE(ruleIds(child), QStringList {"icd-age-conflict"});
    QVERIFY2(child.first().message.contains("15 years") && !child.first().message.contains("124"),
        qPrintable(child.first().message));
    QCOMPARE(ruleIds(m_checks.check(u"A33", adult(Sex::Male, 2))), QStringList {"icd-age-conflict"});
    QVERIFY(m_checks.check(u"A33", adult(Sex::Male, 1)).isEmpty());
}

void TestIcd10Plausibility::ageInDaysForInfants()
{
    Icd10CheckContext context;
    context.ageYears = 0;
    context.ageDays = 3;
    // P95 (death before birth) has the range 0 to 0 days.
    QCOMPARE(ruleIds(m_checks.check(u"P95", context)), QStringList {"icd-age-conflict"});
    context.ageDays = 0;
    QVERIFY(m_checks.check(u"P95", context).isEmpty());
    // Only days known: years follow from them.
    context.ageYears.reset();
    context.ageDays = 400;
    QCOMPARE(ruleIds(m_checks.check(u"I21.9", context)), QStringList {"icd-age-conflict"});
    // Only years known, under one: a day limit cannot be decided.
    context.ageDays.reset();
    context.ageYears = 0;
    QVERIFY(m_checks.check(u"P95", context).isEmpty());
    context.ageYears = 1;
    QCOMPARE(ruleIds(m_checks.check(u"P95", context)), QStringList {"icd-age-conflict"});
}

void TestIcd10Plausibility::rareDisease()
{
    const QList<Icd10Finding> findings = m_checks.check(u"A00.0", adult(Sex::Male));
    QCOMPARE(ruleIds(findings), QStringList {"icd-rare-disease"});
    QCOMPARE(findings.first().severity, Severity::Warning);
}

void TestIcd10Plausibility::notUnderlyingOnlyOnLowestLine()
{
    Icd10CheckContext context = adult(Sex::Male);
    QVERIFY(m_checks.check(u"T71", context).isEmpty());
    context.lowestUsedLine = true;
    const QList<Icd10Finding> findings = m_checks.check(u"T71", context);
    QCOMPARE(ruleIds(findings), QStringList {"icd-not-underlying"});
    QCOMPARE(findings.first().severity, Severity::Warning);
}

void TestIcd10Plausibility::illDefined()
{
    Icd10CheckContext context = adult(Sex::Male);
    QVERIFY(m_checks.check(u"R99", context).isEmpty());
    QVERIFY(m_checks.check(u"I46.9", context).isEmpty());
    context.lowestUsedLine = true;
    QCOMPARE(ruleIds(m_checks.check(u"R99", context)), QStringList {"icd-ill-defined"});
    QCOMPARE(ruleIds(m_checks.check(u"I46.9", context)), QStringList {"icd-ill-defined"});
    QCOMPARE(ruleIds(m_checks.check(u"I50", context)), QStringList {"icd-ill-defined"});
    QCOMPARE(m_checks.check(u"I50", context).first().severity, Severity::Warning);
}

void TestIcd10Plausibility::illDefinedRanges()
{
    for (const char* code : {"R00", "R000", "R509", "R94", "R948", "R96", "R960", "R99", "R999", "I469", "I4690",
             "I959", "I99", "J960", "P285", "I50", "I500", "I509"})
        QVERIFY2(Icd10Plausibility::isIllDefined(QString::fromLatin1(code)), code);
    for (const char* code : {"R95", "R950", "R959", "I46", "I460", "I461", "I958", "I98", "J961", "J96", "P284",
             "P28", "I51", "I49", "S00", "Q99", "", "R", "R9", "RAB"})
        QVERIFY2(!Icd10Plausibility::isIllDefined(QString::fromLatin1(code)), code);
}

void TestIcd10Plausibility::restrictionsFollowTheirYears()
{
    // B180's row in the fixture applies 2016–2019 only.
    Icd10CheckContext context = adult(Sex::Male);
    context.deathYear = 2019;
    QCOMPARE(ruleIds(m_checks.check(u"B18.0", context)), QStringList {"icd-rare-disease"});
    context.deathYear = 2024;
    QVERIFY(m_checks.check(u"B18.0", context).isEmpty());
}

void TestIcd10Plausibility::withoutTableOnlyIllDefined()
{
    const Icd10Plausibility bare;
    Icd10CheckContext context = adult(Sex::Female);
    QVERIFY(bare.check(u"C61", context).isEmpty());
    QVERIFY(bare.check(u"X99.9", context).isEmpty());
    context.lowestUsedLine = true;
    QCOMPARE(ruleIds(bare.check(u"R99", context)), QStringList {"icd-ill-defined"});
}

void TestIcd10Plausibility::messagesNameCodeNotPerson()
{
    Icd10CheckContext context = adult(Sex::Female, 87);
    context.lowestUsedLine = true;
    for (const char* code : {"C61", "D630", "X999", "O000", "T71", "R99", "A000", "U071"}) {
        for (const Icd10Finding& finding : m_checks.check(QString::fromLatin1(code), context)) {
            QVERIFY(!finding.message.isEmpty());
            QVERIFY2(finding.message.contains(finding.code), qPrintable(finding.message));
            QVERIFY2(!finding.message.contains("87"), qPrintable(finding.message));
        }
    }
}

QTEST_GUILESS_MAIN(TestIcd10Plausibility)
#include "TestIcd10Plausibility.moc"
