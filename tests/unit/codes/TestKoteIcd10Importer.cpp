#include "CodesFixtures.h"
#include "KoteFixture.h"
#include "core/codes/CodeListCache.h"
#include "core/codes/CodeListInstaller.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/Icd10Plausibility.h"
#include "core/codes/IrisIcd10Importer.h"
#include "core/codes/KoteIcd10Importer.h"
#include "core/codes/XlsxSheetReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;

class TestKoteIcd10Importer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLeafCodesAndAttributes();
    void xlsxGivesTheSameList();
    void nationalCodesKeepTheirCase();
    void refusesWrongShape();
    void refusesEmptyAndTruncated();
    void refusesDamagedWorkbook();
    void installerRefusesTooSmallAndKeepsOldList();
    void irisRulesJoinOnWhoParent();
    void cacheRoundTripKeepsNationalAttributes();
};

void TestKoteIcd10Importer::jsonLeafCodesAndAttributes()
{
    const Result<CodeList> list = KoteIcd10Importer::importJson(Test::koteJson());
    QVERIFY2(list.isOk(), list.isOk() ? "" : qPrintable(list.error().message));
    QCOMPARE(list->size(), Test::koteLeafCodes);
    QCOMPARE(list->url(), CodeSystemUrl::icd10);
    QCOMPARE(list->version(), "icd10-no-2026"); // latest Gyldig_fra
    QCOMPARE(list->source(), "kote-json");
    QCOMPARE(list->sourceSha256().size(), 64);
    // Chapters, blocks and codes with subdivisions are not leaf codes.
    for (const char* absent : {"IX", "I20-I25", "I21", "I210"})
        QVERIFY2(list->indexOf(QString::fromLatin1(absent)) < 0, absent);
    const qsizetype i219 = list->indexOf(u"I21.9");
    QVERIFY(i219 >= 0);
    QCOMPARE(list->at(i219).code, "I219");
    QCOMPARE(list->at(i219).display, "Akutt hjerteinfarkt, uspesifisert (fiktiv)");
    QVERIFY(list->hasNationalAttributes());
    QCOMPARE(list->nationalAttributes(i219).shortDisplay, "Akutt hjerteinfarkt, uspes. (fiktiv)");
    QVERIFY(list->nationalAttributes(i219).unspecific);
    QCOMPARE(list->nationalAttributes(i219).validFrom, QDate(1999, 1, 1));
    QVERIFY(!list->nationalAttributes(i219).validTo.isValid());

    const qsizetype star = list->indexOf(u"D63.0");
    QVERIFY(list->nationalAttributes(star).star);
    QVERIFY(list->icd10Attributes(star).asterisk); // so plausibility refuses it as a cause
    QVERIFY(list->nationalAttributes(list->indexOf(u"Z80.0")).additional);
    QCOMPARE(list->nationalAttributes(list->indexOf(u"C61")).sex, Icd10Sex::Male);
    QCOMPARE(list->nationalAttributes(list->indexOf(u"O00.0")).sex, Icd10Sex::Female);
    const qsizetype expired = list->indexOf(u"B18.0");
    QCOMPARE(list->nationalAttributes(expired).validTo, QDate(2019, 12, 31));
    QVERIFY(!list->nationalAttributes(expired).validOn(QDate(2025, 6, 1)));
    QVERIFY(list->nationalAttributes(expired).validOn(QDate(2019, 6, 1)));
    QCOMPARE(list->icd10Attributes(expired).validTo, 2019);
}

void TestKoteIcd10Importer::xlsxGivesTheSameList()
{
    const Result<CodeList> json = KoteIcd10Importer::importJson(Test::koteJson());
    const Result<CodeList> xlsx = KoteIcd10Importer::importXlsx(Test::koteXlsx());
    QVERIFY2(xlsx.isOk(), xlsx.isOk() ? "" : qPrintable(xlsx.error().message));
    QCOMPARE(xlsx->source(), "kote-xlsx");
    QCOMPARE(xlsx->size(), json->size());
    QCOMPARE(xlsx->version(), json->version());
    for (qsizetype i = 0; i < json->size(); ++i) {
        QCOMPARE(xlsx->at(i), json->at(i));
        QCOMPARE(xlsx->nationalAttributes(i), json->nationalAttributes(i));
    }
    // The first sheet is the one the workbook names first, not the first file in the zip.
    const Result<QList<QStringList>> rows = XlsxSheetReader::readFirstSheet(Test::koteXlsx());
    QVERIFY(rows.isOk());
    QCOMPARE(rows->first().first(), "Kode");
    QCOMPARE(rows->size(), 42);
}

void TestKoteIcd10Importer::nationalCodesKeepTheirCase()
{
    const Result<CodeList> list = KoteIcd10Importer::importJson(Test::koteJson());
    for (const char* code : {"I210a", "I210b", "X599a", "V0n0a"}) {
        const qsizetype index = list->indexOf(QString::fromLatin1(code));
        QVERIFY2(index >= 0, code);
        QCOMPARE(list->at(index).code, QString::fromLatin1(code));
    }
    QCOMPARE(list->at(list->indexOf(u"i21.0A")).code, "I210a");
    QCOMPARE(CodeSystemUrl::displayIcd10Code(u"I210a"), "I21.0a");
}

void TestKoteIcd10Importer::refusesWrongShape()
{
    const auto code = [](const QByteArray& content) { return KoteIcd10Importer::importJson(content).error().code; };
    QCOMPARE(code(R"({"resourceType": "CodeSystem"})"), "codes-kote-shape");
    QCOMPARE(code(R"([{"Code": "A00.0", "Text": "x"}])"), "codes-kote-shape");
    QCOMPARE(code(R"([{"Kode": "A00.0"}])"), "codes-kote-shape"); // no text column
    QCOMPARE(code(R"([1, 2])"), "codes-kote-shape");
    QCOMPARE(code(R"([{"Kode": 7, "Tekst_uten_lengdebegrensning": "x"}])"), "codes-kote-shape");
    const Result<CodeList> shape = KoteIcd10Importer::importJson(R"([{"Code": "A00.0"}])");
    QVERIFY(shape.error().message.contains("row 1"));
}

void TestKoteIcd10Importer::refusesEmptyAndTruncated()
{
    QCOMPARE(KoteIcd10Importer::importJson("[]").error().code, "codes-empty");
    // Only chapters and blocks: nothing a death certificate can use.
    QCOMPARE(KoteIcd10Importer::importJson(R"([{"Kode": "IX", "Tekst_uten_lengdebegrensning": "x"},
        {"Kode": "I20-I25", "Tekst_uten_lengdebegrensning": "y"}])")
                 .error()
                 .code,
        "codes-empty");
    const QByteArray full = Test::koteJson();
    const Result<CodeList> truncated = KoteIcd10Importer::importJson(full.left(full.size() / 2));
    QCOMPARE(truncated.error().code, "codes-json");
    QVERIFY(truncated.error().message.contains("line"));
    QCOMPARE(KoteIcd10Importer::importJson("").error().code, "codes-json");
    const Result<CodeList> duplicate = KoteIcd10Importer::importJson(
        R"([{"Kode": "A00.0", "Tekst_uten_lengdebegrensning": "x"}, {"Kode": "A000", "Tekst_uten_lengdebegrensning": "y"}])");
    QCOMPARE(duplicate.error().code, "codes-duplicate-code");
}

void TestKoteIcd10Importer::refusesDamagedWorkbook()
{
    const QByteArray xlsx = Test::koteXlsx();
    QCOMPARE(KoteIcd10Importer::importXlsx(xlsx.left(xlsx.size() / 2)).error().code, "codes-xlsx");
    QCOMPARE(KoteIcd10Importer::importXlsx("not a zip").error().code, "codes-xlsx");
    QCOMPARE(KoteIcd10Importer::importXlsx(QByteArray()).error().code, "codes-xlsx");
    // A workbook whose header lacks the columns.
    QCOMPARE(KoteIcd10Importer::importRows({{"A", "B"}, {"A00.0", "x"}}, "00").error().code, "codes-kote-shape");
    QCOMPARE(KoteIcd10Importer::importRows({}, "00").error().code, "codes-kote-shape");
    // Header names with spaces, any case; Excel serial dates.
    const Result<CodeList> rows = KoteIcd10Importer::importRows(
        {{"kode", "Tekst uten lengdebegrensning", "Gyldig fra"}, {"A00.0", "Kolera (fiktiv)", "45658"}}, "00");
    QVERIFY(rows.isOk());
    QCOMPARE(rows->nationalAttributes(0).validFrom, QDate(2025, 1, 1));
    QCOMPARE(rows->version(), "icd10-no-2025");
}

void TestKoteIcd10Importer::installerRefusesTooSmallAndKeepsOldList()
{
    QTemporaryDir dir;
    const CodeListCache cache(dir.path());
    const CodeListInstaller installer(cache);
    const Result<CodeList> full = KoteIcd10Importer::importJson(Test::koteJson());
    QVERIFY(installer.install(*full).isOk());

    // A third of the list (a filtered or cut download) is refused; the cache still holds the full list.
    QJsonArray rows = QJsonDocument::fromJson(Test::koteJson()).array();
    while (rows.size() > 14)
        rows.removeLast();
    const Result<CodeList> small = KoteIcd10Importer::importJson(QJsonDocument(rows).toJson());
    QVERIFY(small.isOk());
    QVERIFY(small->size() * 2 < full->size());
    const Result<CodeListInstaller::Outcome> refused = installer.install(*small);
    QCOMPARE(refused.error().code, "codes-too-small");
    QVERIFY(refused.error().message.contains(QString::number(full->size())));
    QCOMPARE(cache.load(CodeSystemUrl::icd10.toString())->size(), full->size());

    // Half or more is accepted (codes do get retired).
    rows = QJsonDocument::fromJson(Test::koteJson()).array();
    while (rows.size() > 30)
        rows.removeLast();
    const Result<CodeList> smaller = KoteIcd10Importer::importJson(QJsonDocument(rows).toJson());
    QVERIFY(smaller->size() * 2 >= full->size());
    QVERIFY(installer.install(*smaller).isOk());
}

void TestKoteIcd10Importer::irisRulesJoinOnWhoParent()
{
    QTemporaryDir dir;
    const CodeListCache cache(dir.path());
    const CodeListInstaller installer(cache);
    // Iris first (as an existing installation has it), then the Norwegian list.
    QVERIFY(installer.install(*IrisIcd10Importer::import(Test::irisValidCodes(), Test::irisNonConsistent())).isOk());
    const Result<CodeListInstaller::Outcome> installed =
        installer.install(*KoteIcd10Importer::importJson(Test::koteJson()));
    QVERIFY(installed.isOk());
    QVERIFY(installed->rulesJoined);
    const CodeList icd10 = *cache.load(CodeSystemUrl::icd10.toString());
    QCOMPARE(icd10.size(), Test::koteLeafCodes);
    QVERIFY(icd10.hasNationalAttributes()); // Norwegian codes and texts, Iris rules
    QVERIFY(cache.contains(CodeListInstaller::irisRulesUrl.toString()));

    const Icd10Plausibility checks(icd10);
    Icd10CheckContext woman;
    woman.sex = Icd10CheckContext::Sex::Female;
    woman.ageYears = 70;
    woman.deathYear = 2026;
    const QList<Icd10Finding> c61 = checks.check(u"C61", woman);
    QVERIFY(std::any_of(c61.cbegin(), c61.cend(), [](const Icd10Finding& f) { return f.rule == Icd10Rule::SexConflict; }));
    // I21.9 takes Iris I219's age limit (from 15 years).
    Icd10CheckContext child;
    child.ageYears = 3;
    child.deathYear = 2026;
    const QList<Icd10Finding> i219 = checks.check(u"I21.9", child);
    QVERIFY(std::any_of(i219.cbegin(), i219.cend(), [](const Icd10Finding& f) { return f.rule == Icd10Rule::AgeConflict; }));
    // A national code is a known code; the star flag comes from the national list.
    QVERIFY(checks.check(u"I21.0a", Icd10CheckContext {}).isEmpty());
    QCOMPARE(checks.check(u"D63.0", Icd10CheckContext {}).first().rule, Icd10Rule::Asterisk);

    // Importing Iris again keeps the Norwegian codes and re-joins.
    const Result<CodeListInstaller::Outcome> again =
        installer.install(*IrisIcd10Importer::import(Test::irisValidCodes(), Test::irisNonConsistent()));
    QVERIFY(again.isOk());
    QCOMPARE(again->installed.size(), Test::koteLeafCodes);
    QCOMPARE(again->installed.at(0), icd10.at(0));
    QCOMPARE(again->installed.icd10Attributes(icd10.indexOf(u"C61")), icd10.icd10Attributes(icd10.indexOf(u"C61")));
}

void TestKoteIcd10Importer::cacheRoundTripKeepsNationalAttributes()
{
    const Result<CodeList> list = KoteIcd10Importer::importJson(Test::koteJson());
    const Result<CodeList> back = CodeListCache::deserialize(CodeListCache::serialize(*list));
    QVERIFY(back.isOk());
    QCOMPARE(*back, *list);
}

QTEST_GUILESS_MAIN(TestKoteIcd10Importer)
#include "TestKoteIcd10Importer.moc"
