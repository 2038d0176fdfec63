#include "core/codes/CodeList.h"
#include "core/codes/CodeListCache.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/IrisIcd10Importer.h"
#include "core/codes/KoderResponseParser.h"
#include "core/codes/StandardCodeLists.h"
#include "core/notification/DeathCauseReport.h"
#include "core/notification/DeathNotificationValidator.h"
#include "support/DeathNotificationFixture.h"
#include "support/ReferenceData.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Notification;
using Meldeklient::Test::DeathNotificationFixture;

namespace {
const QDateTime now(QDate(2026, 11, 22), QTime(12, 0));

QStringList rules(const QList<ValidationIssue>& issues)
{
    QStringList result;
    for (const ValidationIssue& issue : issues)
        result.append(issue.rule);
    return result;
}

int countRule(const QList<ValidationIssue>& issues, const QString& rule, const QString& linkId)
{
    int count = 0;
    for (const ValidationIssue& issue : issues)
        count += issue.rule == rule && issue.linkId == linkId ? 1 : 0;
    return count;
}

// A small FHI cause-of-death set as `codes fetch fhi-7110` installs it (invented selection; published spellings).
Codes::CodeList fhi7110Set(const QStringList& codes)
{
    Codes::CodeList list(Codes::CodeList::Kind::ValueSet, Codes::KoderResponseParser::fhi7110Url.toString(),
        QStringLiteral("test"));
    for (const QString& code : codes)
        list.add(Codes::CodeConcept {code, QStringLiteral("x"), Codes::CodeSystemUrl::icd10.toString()});
    return list;
}

DeceasedPerson person(const QString& fnr = QStringLiteral("24047230752"))
{
    return DeceasedPerson::fromFhirPatient(
        DeathNotificationFixture::residentPatient(fnr, QStringLiteral("2026-11-20T03:15:00+01:00")))
        .value();
}
} // namespace

class TestDeathNotificationValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void naturalDeathWithoutIcdTablesHasOnlyUnverifiedCodeWarnings();
    void combinesAllRuleSources();
    void errorsComeFirstAndDuplicatesGo();
    void icdChecksFromTheIrisTables();
    void fhiCauseSetChecksEveryCauseLine();

private:
    std::optional<Questionnaire::Questionnaire> m_form;
    Codes::CodeSystemRegistry m_formsOnly;
    QTemporaryDir m_emptyCache;
};

void TestDeathNotificationValidator::initTestCase()
{
    auto form = Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QVERIFY2(form.isOk(), qPrintable(form.isOk() ? QString() : form.error().message));
    m_form = form.value();
    QVERIFY(Codes::StandardCodeLists::loadInto(m_formsOnly, Codes::CodeListCache(m_emptyCache.path())).isEmpty());
    QVERIFY(m_formsOnly.find("urn:oid:2.16.578.1.12.4.1.1.99003"));
}

void TestDeathNotificationValidator::naturalDeathWithoutIcdTablesHasOnlyUnverifiedCodeWarnings()
{
    const DeathNotificationValidator validator(*m_form, &m_formsOnly, {false});
    const auto fixture = DeathNotificationFixture::natural(*m_form);
    const QList<ValidationIssue> issues = validator.validate(person(), fixture.response(), now);
    QVERIFY2(!hasErrors(issues), qPrintable(rules(issues).join(u',')));
    // Without an imported ICD-10 list the codes cannot be verified, and the validator says so.
    for (const ValidationIssue& issue : issues)
        QCOMPARE(issue.rule, "q-code-not-verified");
}

void TestDeathNotificationValidator::combinesAllRuleSources()
{
    const DeathNotificationValidator validator(*m_form, &m_formsOnly, {false});
    auto fixture = DeathNotificationFixture::natural(*m_form);
    fixture.code(u'A', "I469").clearLine(u'B') // cardiac arrest alone: domain rule
        .coded("classification_death", "urn:oid:2.16.578.1.12.4.1.1.99000", "2"); // accident without injury block
    fixture.string("operation_description", QString());
    const QList<ValidationIssue> issues = validator.validate(person("24047230753"), fixture.response(), now);
    const QStringList found = rules(issues);
    QVERIFY2(found.contains("deceased-id-invalid"), qPrintable(found.join(u','))); // Del 1
    QVERIFY(found.contains("cause-terminal-mode-alone"));                          // Del 2 domain rule
    QVERIFY(found.contains("manner-needs-injury"));
    QVERIFY(found.contains("icd-ill-defined")); // self-written ICD-10 rule, works without tables

    // The Questionnaire's own rules: a required answer missing.
    auto incomplete = DeathNotificationFixture::natural(*m_form);
    incomplete.string("classification_autopsy", QString());
    QVERIFY(rules(validator.validate(person(), incomplete.response(), now)).contains("q-required"));
}

void TestDeathNotificationValidator::errorsComeFirstAndDuplicatesGo()
{
    const DeathNotificationValidator validator(*m_form, &m_formsOnly, {false});
    auto fixture = DeathNotificationFixture::natural(*m_form);
    DeceasedPerson future = person();
    future.deathDate = QDate(2026, 12, 1); // both Del 1 and Del 2 rules know "death in the future"
    const QList<ValidationIssue> issues = validator.validate(future, fixture.response(), now);
    QCOMPARE(rules(issues).count("death-in-future"), 1);
    bool seenWarning = false;
    for (const ValidationIssue& issue : issues) {
        if (!issue.isError())
            seenWarning = true;
        QVERIFY2(!(seenWarning && issue.isError()), "an error after a warning");
    }
}

void TestDeathNotificationValidator::icdChecksFromTheIrisTables()
{
    MELDEKLIENT_REQUIRE_REFERENCE(valid, "icd10-iris/ValidIcdCodes.csv");
    MELDEKLIENT_REQUIRE_REFERENCE(restrictions, "icd10-iris/NonConsistentIcdCodes_NewFormat.csv");
    Codes::CodeSystemRegistry registry = m_formsOnly;
    QFile validFile(valid);
    QFile restrictionsFile(restrictions);
    QVERIFY(validFile.open(QIODevice::ReadOnly) && restrictionsFile.open(QIODevice::ReadOnly));
    auto icd10 = Codes::IrisIcd10Importer::import(validFile.readAll(), restrictionsFile.readAll());
    QVERIFY(icd10.isOk());
    registry.add(icd10.value());
    const DeathNotificationValidator validator(*m_form, &registry, {false});

    // The natural death is now fully verified: no issue at all.
    const auto natural = DeathNotificationFixture::natural(*m_form);
    QCOMPARE(rules(validator.validate(person(), natural.response(), now)), QStringList {});

    // A male (24047230752) with a pregnancy code and a made-up code.
    auto fixture = DeathNotificationFixture::natural(*m_form);
    fixture.code(u'B', "O000").code(u'A', "X9999");
    const QStringList found = rules(validator.validate(person(), fixture.response(), now));
    QVERIFY2(found.contains("icd-sex-conflict"), qPrintable(found.join(u',')));
    QVERIFY(found.contains("icd-unknown-code") || found.contains("q-answer-not-in-value-set"));
}

void TestDeathNotificationValidator::fhiCauseSetChecksEveryCauseLine()
{
    const QString notInSet = QStringLiteral("icd-not-in-fhi-7110");
    // Absent set: the rule stays quiet even for a code that no set would hold.
    {
        const DeathNotificationValidator validator(*m_form, &m_formsOnly, {false});
        auto fixture = DeathNotificationFixture::natural(*m_form);
        fixture.code(u'A', QStringLiteral("X9999"));
        QVERIFY(!rules(validator.validate(person(), fixture.response(), now)).contains(notInSet));
    }
    Codes::CodeSystemRegistry registry = m_formsOnly;
    registry.add(fhi7110Set({QStringLiteral("J189"), QStringLiteral("J449"), QStringLiteral("I21.0A")}));
    const DeathNotificationValidator validator(*m_form, &registry, {false});

    // Members (J18.9 on A, J44.9 on B): quiet.
    const auto natural = DeathNotificationFixture::natural(*m_form);
    QVERIFY(!rules(validator.validate(person(), natural.response(), now)).contains(notInSet));

    // A national lower-case code meets the set's dotted upper-case spelling.
    auto national = DeathNotificationFixture::natural(*m_form);
    national.code(u'A', QStringLiteral("I210a"));
    QVERIFY2(!rules(validator.validate(person(), national.response(), now)).contains(notInSet),
        qPrintable(rules(validator.validate(person(), national.response(), now)).join(u',')));

    // Outside the set on line B: one warning at B's code item, none at A's.
    auto outside = DeathNotificationFixture::natural(*m_form);
    outside.code(u'B', QStringLiteral("I219"));
    const QList<ValidationIssue> issues = validator.validate(person(), outside.response(), now);
    QCOMPARE(rules(issues).count(notInSet), 1);
    QCOMPARE(countRule(issues, notInSet, DeathCauseReport::linkIdFor(u'B', u"code")), 1);
    for (const ValidationIssue& issue : issues) {
        if (issue.rule == notInSet) {
            QVERIFY(!issue.isError());
            QVERIFY2(issue.message.contains(u"I21.9"), qPrintable(issue.message));
        }
    }
}

QTEST_GUILESS_MAIN(TestDeathNotificationValidator)
#include "TestDeathNotificationValidator.moc"
