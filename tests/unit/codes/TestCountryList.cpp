#include "core/codes/CountryList.h"
#include "core/codes/GettextCatalog.h"

#include <QFileInfo>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;

class TestCountryList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoCodesWithNorwegianNames();
    void registerOwnCodes();
    void missingOrDamagedFiles();
};

void TestCountryList::isoCodesWithNorwegianNames()
{
    if (!QFileInfo::exists(CountryList::defaultJson.toString()))
        QSKIP("iso-codes is not installed (apt-get install iso-codes; .ci/install-deps.sh does)");
    const Result<CountryList> list = CountryList::load();
    QVERIFY(list.isOk());
    QVERIFY(list->all().size() >= 249);
    const Country* norway = list->find(u"no");
    QVERIFY(norway);
    QCOMPARE(norway->alpha2, "NO");
    QCOMPARE(norway->alpha3, "NOR");
    QCOMPARE(norway->nameNb, "Norge");
    QCOMPARE(list->find(u"DEU")->nameNb, "Tyskland");
    QCOMPARE(list->find(u"DE")->nameNn, "Tyskland");
    QCOMPARE(list->find(u"SE")->name, "Sweden");
}

void TestCountryList::registerOwnCodes()
{
    if (!QFileInfo::exists(CountryList::defaultJson.toString()))
        QSKIP("iso-codes is not installed (apt-get install iso-codes; .ci/install-deps.sh does)");
    const Result<CountryList> list = CountryList::load();
    QCOMPARE(list->find(u"XUK")->nameNb, "Ukjent");
    QVERIFY(list->find(u"XUK")->alpha2.isEmpty());
    QCOMPARE(list->find(u"XXX")->nameNn, "Statslaus");
    QCOMPARE(list->find(u"XK")->alpha3, "XXK");
    QVERIFY(list->find(u"XXK")->registerOwn);
    QVERIFY(!list->find(u"ZZ"));
}

void TestCountryList::missingOrDamagedFiles()
{
    QCOMPARE(CountryList::load("/nonexistent/iso_3166-1.json").error().code, "codes-file");
    // A damaged .mo gives English names, never a crash.
    QVERIFY(GettextCatalog::fromBytes(QByteArray("\xde\x12\x04\x95garbage", 11)).isEmpty());
    QByteArray header(28, '\0');
    header[0] = '\xde';
    header[1] = '\x12';
    header[2] = '\x04';
    header[3] = '\x95';
    header[8] = '\x7f'; // 127 strings, tables beyond the end
    header[12] = '\x1c';
    QVERIFY(GettextCatalog::fromBytes(header).isEmpty());
    QCOMPARE(GettextCatalog().translate("Norway"), "Norway");
}

QTEST_GUILESS_MAIN(TestCountryList)
#include "TestCountryList.moc"
