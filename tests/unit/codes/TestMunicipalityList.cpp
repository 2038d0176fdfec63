#include "KoteFixture.h"
#include "core/codes/MunicipalityList.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;
using Outcome = MunicipalityMapping::Outcome;

class TestMunicipalityList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsDifferAsTheReformsSay();
    void uoppgittIsNeverOffered();
    void mapForward();
    void csvInBothCharsets();
    void refusals();

private:
    MunicipalityList m_list;
};

namespace {
QStringList codes(const QList<Municipality>& list)
{
    QStringList result;
    for (const Municipality& m : list)
        result.append(m.code);
    result.sort();
    return result;
}
} // namespace

void TestMunicipalityList::initTestCase()
{
    Result<MunicipalityList> list = MunicipalityList::fromKlassJson(
        Test::sandboxFile("klass-131-codes.json"), Test::sandboxFile("klass-131-changes.json"));
    QVERIFY2(list.isOk(), list.isOk() ? "" : qPrintable(list.error().message));
    m_list = std::move(list).value();
    QCOMPARE(m_list.all().size(), 17);
    QCOMPARE(m_list.changes().size(), 11);
}

void TestMunicipalityList::listsDifferAsTheReformsSay()
{
    // Before the 2020 reform: the old numbers (a 2019 death in Halden is 0101; Sande still exists).
    QCOMPARE(codes(m_list.validOn(QDate(2019, 6, 1))),
        (QStringList {"0101", "0301", "0702", "0713", "1504", "1534", "1903"}));
    // 2020-2023: renumbered and merged (Sande and Holmestrand are 3802; Ålesund and Haram 1507).
    QCOMPARE(codes(m_list.validOn(QDate(2021, 6, 1))), (QStringList {"0301", "1507", "3001", "3802", "5402"}));
    // From 2024: the county splits renumbered again, and Haram left Ålesund.
    QCOMPARE(codes(m_list.validOn(QDate(2025, 6, 1))), (QStringList {"0301", "1508", "1580", "3101", "3903", "5503"}));
    QCOMPARE(m_list.find("0101", QDate(2019, 6, 1))->name, "Halden");
    QVERIFY(!m_list.find("0101", QDate(2020, 1, 1))); // validTo is exclusive
    QCOMPARE(m_list.find("3001", QDate(2020, 1, 1))->name, "Halden");
    // Ordered by name for the picker.
    QCOMPARE(m_list.validOn(QDate(2025, 6, 1)).first().name, "Halden");
    QCOMPARE(m_list.validOn(QDate(2025, 6, 1)).last().name, "Ålesund");
}

void TestMunicipalityList::uoppgittIsNeverOffered()
{
    for (const QDate& date : {QDate(2019, 6, 1), QDate(2021, 6, 1), QDate(2025, 6, 1)})
        QVERIFY(!codes(m_list.validOn(date)).contains("9999"));
    QVERIFY(m_list.find("9999", QDate(2025, 6, 1))); // still a known code, just not a place
}

void TestMunicipalityList::mapForward()
{
    const QDate today(2025, 6, 1);
    const MunicipalityMapping halden = m_list.mapForward("0101", QDate(2019, 6, 1), today);
    QCOMPARE(halden.outcome, Outcome::Renumbered);
    QCOMPARE(codes(halden.current), (QStringList {"3101"}));
    const MunicipalityMapping sande = m_list.mapForward("0713", QDate(2019, 6, 1), today);
    QCOMPARE(sande.outcome, Outcome::Renumbered);
    QCOMPARE(codes(sande.current), (QStringList {"3903"}));
    // Ålesund 2021 was split in 2024: the user must choose.
    const MunicipalityMapping alesund = m_list.mapForward("1507", QDate(2021, 6, 1), today);
    QCOMPARE(alesund.outcome, Outcome::Split);
    QCOMPARE(codes(alesund.current), (QStringList {"1508", "1580"}));
    QCOMPARE(m_list.mapForward("1504", QDate(2019, 6, 1), today).outcome, Outcome::Split);
    QCOMPARE(m_list.mapForward("0301", QDate(2019, 6, 1), today).outcome, Outcome::Unchanged);
    QCOMPARE(m_list.mapForward("4444", QDate(2019, 6, 1), today).outcome, Outcome::Unknown);
    QCOMPARE(m_list.mapForward("0101", QDate(2021, 6, 1), today).outcome, Outcome::Unknown); // not valid then
    // Mapping only as far as the target date: in 2021 Halden 2019 is 3001.
    QCOMPARE(codes(m_list.mapForward("0101", QDate(2019, 6, 1), QDate(2021, 6, 1)).current), (QStringList {"3001"}));
}

void TestMunicipalityList::csvInBothCharsets()
{
    const QString csv = QStringLiteral(
        "\"code\",\"parentCode\",\"level\",\"name\",\"shortName\",\"presentationName\",\"validFrom\",\"validTo\","
        "\"validFromInRequestedRange\",\"validToInRequestedRange\",\"notes\"\n"
        "\"1508\",,\"1\",\"Ålesund\",\"\",\"\",\"2024-01-01\",,\"2024-01-01\",,\"\"\n"
        "\"0101\",,\"1\",\"Halden\",\"\",\"\",\"1977-01-01\",\"2020-01-01\",\"1977-01-01\",\"2020-01-01\",\"\"\n");
    for (const QByteArray& charset : {QByteArray("ISO-8859-1"), QByteArray("UTF-8"), QByteArray()}) {
        const QByteArray bytes = charset == "ISO-8859-1" ? csv.toLatin1() : csv.toUtf8();
        const Result<MunicipalityList> list = MunicipalityList::fromKlassCsv(bytes, charset);
        QVERIFY2(list.isOk(), list.isOk() ? "" : qPrintable(list.error().message));
        QCOMPARE(list->all().size(), 2);
        QCOMPARE(list->find("1508", QDate(2025, 1, 1))->name, "Ålesund");
        QCOMPARE(list->find("0101", QDate(2019, 1, 1))->validTo, QDate(2020, 1, 1));
    }
    // Latin-1 bytes with no charset said: read as Klass's default, ISO-8859-1.
    QCOMPARE(MunicipalityList::fromKlassCsv(csv.toLatin1())->find("1508", QDate(2025, 1, 1))->name, "Ålesund");
    // Declared UTF-8 but Latin-1 bytes: refused, not read as mojibake.
    QCOMPARE(MunicipalityList::fromKlassCsv(csv.toLatin1(), "UTF-8").error().code, "codes-encoding");
}

void TestMunicipalityList::refusals()
{
    QCOMPARE(MunicipalityList::fromKlassJson(R"({"codes": []})").error().code, "codes-empty");
    QCOMPARE(MunicipalityList::fromKlassJson(R"([])").error().code, "codes-klass-shape");
    QCOMPARE(MunicipalityList::fromKlassJson(R"({"codes": [{"code": "12", "name": "x", "validFrom": "2020-01-01"}]})")
                 .error()
                 .code,
        "codes-klass-shape");
    QCOMPARE(MunicipalityList::fromKlassJson(R"({"codes": [{"code": "1234", "name": "x", "validFrom": "soon"}]})")
                 .error()
                 .code,
        "codes-klass-shape");
    const QByteArray full = Test::sandboxFile("klass-131-codes.json");
    QCOMPARE(MunicipalityList::fromKlassJson(full.left(full.size() / 2)).error().code, "codes-json");
    QCOMPARE(MunicipalityList::fromKlassJson(full, R"({"changes": []})").error().code, "codes-klass-shape");
    QCOMPARE(MunicipalityList::fromKlassCsv("\"a\",\"b\"\n\"1\",\"2\"\n").error().code, "codes-csv-header");
    QVERIFY(MunicipalityList::isChangesJson(Test::sandboxFile("klass-131-changes.json")));
    QVERIFY(!MunicipalityList::isChangesJson(full));
}

QTEST_GUILESS_MAIN(TestMunicipalityList)
#include "TestMunicipalityList.moc"
