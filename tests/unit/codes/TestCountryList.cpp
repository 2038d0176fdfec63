#include "core/codes/CountryList.h"
#include "core/codes/GettextCatalog.h"
#include "core/codes/IsoCodesFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
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
    void filesBesideTheApplicationComeFirst();
};

void TestCountryList::isoCodesWithNorwegianNames()
{
    if (!QFileInfo::exists(IsoCodesFiles::countryJson()))
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
    if (!QFileInfo::exists(IsoCodesFiles::countryJson()))
        QSKIP("iso-codes is not installed (apt-get install iso-codes; .ci/install-deps.sh does)");
    const Result<CountryList> list = CountryList::load();
    QCOMPARE(list->find(u"XUK")->nameNb, "Ukjent");
    QVERIFY(list->find(u"XUK")->alpha2.isEmpty());
    QCOMPARE(list->find(u"XXX")->nameNn, "Statslaus");
    QCOMPARE(list->find(u"XK")->alpha3, "XXK");
    QVERIFY(list->find(u"XXK")->registerOwn);
    QVERIFY(!list->find(u"ZZ"));
}

// The Windows package installs iso-codes under INSTALLDIR/share beside bin/: found there before Debian's paths, and
// the variable still wins over both.
void TestCountryList::filesBesideTheApplicationComeFirst()
{
    QTemporaryDir install;
    const QString bin = install.filePath("bin");
    QVERIFY(QDir().mkpath(bin));
    const QString json = install.filePath("share/iso-codes/json/iso_3166-1.json");
    const QString mo = install.filePath("share/locale/nb/LC_MESSAGES/iso_3166-1.mo");
    // Nothing beside the application yet: Debian's paths.
    QCOMPARE(IsoCodesFiles::countryJson(bin), QString("/usr/share/iso-codes/json/iso_3166-1.json"));
    QCOMPARE(IsoCodesFiles::localeDirectory(bin), QString("/usr/share/locale"));

    QVERIFY(QDir().mkpath(QFileInfo(json).path()) && QDir().mkpath(QFileInfo(mo).path()));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"3166-1":[{"alpha_2":"NO","alpha_3":"NOR","name":"Norway","numeric":"578"}]})");
    file.close();
    QFile catalogue(mo); // empty: English names, but it marks the folder
    QVERIFY(catalogue.open(QIODevice::WriteOnly));
    catalogue.close();
    QCOMPARE(IsoCodesFiles::countryJson(bin), json);
    QCOMPARE(IsoCodesFiles::localeDirectory(bin), install.filePath("share/locale"));
    const Result<CountryList> list
        = CountryList::load(IsoCodesFiles::countryJson(bin), IsoCodesFiles::localeDirectory(bin));
    QVERIFY(list.isOk());
    QCOMPARE(list->find(u"NO")->name, "Norway");
    QCOMPARE(list->all().size(), 4); // Norway + XK, XUK, XXX

    qputenv("MELDEKLIENT_ISO_3166_FILE", "/elsewhere/iso.json");
    QCOMPARE(IsoCodesFiles::countryJson(bin), QString("/elsewhere/iso.json"));
    qunsetenv("MELDEKLIENT_ISO_3166_FILE");
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
