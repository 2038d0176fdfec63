#include "core/codes/CodeListEndpoints.h"
#include "core/config/ConfigLocations.h"
#include "core/config/Configuration.h"
#include "support/ConfigFiles.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Meldeklient;
using namespace Meldeklient::Codes;
using namespace Meldeklient::Config;
using Source = CodeListEndpoints::Source;

// Where `codes fetch` and the background update get each list from: CodeListUrl (ICD-10), FhiCauseSetUrl and
// MunicipalityUrl over real INI files (policy and user), with the national defaults when unset.
class TestCodeListEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nationalDefaultWhenUnset();
    void userValueUsedAndCommandLineWins();
    void policyValueUsedAndCommandLineRefused();
    void fhiAndMunicipalityKeysHaveNationalDefaultsAndPolicyWins();
    void fhiAndMunicipalityKeysRefuseBadAddresses();

private:
    void write(const QString& path, const QByteArray& content);
    QString policyPath() const { return m_dir->filePath(QStringLiteral("etc/meldeklient/policy.conf")); }
    QString userPath() const { return m_dir->filePath(QStringLiteral("home/Meldeklient.conf")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCodeListEndpoints::write(const QString& path, const QByteArray& content)
{
    QVERIFY(Meldeklient::Test::writeConfigFile(path, content));
}

void TestCodeListEndpoints::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ConfigLocations::setForTesting(
        ConfigLocations {{policyPath(), QSettings::IniFormat}, {userPath(), QSettings::IniFormat},
            {m_dir->filePath(QStringLiteral("etc/xdg/Meldeklient.conf")), QSettings::IniFormat}});
}

void TestCodeListEndpoints::cleanup()
{
    ConfigLocations::setForTesting(std::nullopt);
}

void TestCodeListEndpoints::nationalDefaultWhenUnset()
{
    const auto configuration = Configuration::load();
    QVERIFY(configuration.isOk());
    const QUrl configured = CodeListEndpoints::configured(*configuration, Source::Icd10No);
    QCOMPARE(configured, QUrl(CodeListEndpoints::defaultIcd10Url.toString()));
    QCOMPARE(CodeListEndpoints::fetchUrl(*configuration, Source::Icd10No, QString()).value(), configured);
}

void TestCodeListEndpoints::userValueUsedAndCommandLineWins()
{
    write(userPath(), "CodeListUrl=https://user.example/icd10.json https://user.example/other\n");
    const auto configuration = Configuration::load();
    QVERIFY(configuration.isOk());
    const QUrl configured = CodeListEndpoints::configured(*configuration, Source::Icd10No);
    QCOMPARE(configured, QUrl(QStringLiteral("https://user.example/icd10.json")));
    const auto chosen
        = CodeListEndpoints::fetchUrl(*configuration, Source::Icd10No, QStringLiteral("https://cli.example/x.json"));
    QVERIFY(chosen.isOk());
    QCOMPARE(chosen.value(), QUrl(QStringLiteral("https://cli.example/x.json")));
}

void TestCodeListEndpoints::policyValueUsedAndCommandLineRefused()
{
    write(policyPath(), "CodeListUrl=https://mirror.hospital.example/kote/icd10.json\n");
    write(userPath(), "CodeListUrl=https://user.example/icd10.json\n");
    const auto configuration = Configuration::load();
    QVERIFY2(configuration.isOk(), qPrintable(configuration.isOk() ? QString() : configuration.error().message));
    const QUrl configured = CodeListEndpoints::configured(*configuration, Source::Icd10No);
    QCOMPARE(configured, QUrl(QStringLiteral("https://mirror.hospital.example/kote/icd10.json")));
    QCOMPARE(CodeListEndpoints::fetchUrl(*configuration, Source::Icd10No, QString()).value(), configured);

    const auto refused
        = CodeListEndpoints::fetchUrl(*configuration, Source::Icd10No, QStringLiteral("https://cli.example/x.json"));
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, QStringLiteral("config-locked"));
    QVERIFY2(refused.error().message.contains(policyPath()), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"CodeListUrl"));
}

void TestCodeListEndpoints::fhiAndMunicipalityKeysHaveNationalDefaultsAndPolicyWins()
{
    {
        const auto configuration = Configuration::load();
        QVERIFY(configuration.isOk());
        QCOMPARE(CodeListEndpoints::configured(*configuration, Source::FhiCauseSet),
            QUrl(QStringLiteral("https://api.helsepunkt.no/api/koder?oid=7110")));
        QCOMPARE(CodeListEndpoints::configured(*configuration, Source::Municipalities),
            QUrl(QStringLiteral("https://data.ssb.no/api/klass/v1/classifications/131/")));
        QCOMPARE(configuration->setting(SettingKey::FhiCauseSetUrl).origin, SettingOrigin::BuiltIn);
        // Without a policy the command line wins.
        QCOMPARE(CodeListEndpoints::fetchUrl(*configuration, Source::FhiCauseSet, QStringLiteral("https://c.example/k"))
                     .value(),
            QUrl(QStringLiteral("https://c.example/k")));
    }
    write(policyPath(),
        "FhiCauseSetUrl=https://koder.sykehus.example/api/koder?oid=7110\n"
        "MunicipalityUrl=https://klass.sykehus.example/131/\n");
    write(userPath(),
        "FhiCauseSetUrl=https://user.example/koder?oid=7110\nMunicipalityUrl=https://user.example/131/\n");
    const auto configuration = Configuration::load();
    QVERIFY2(configuration.isOk(), qPrintable(configuration.isOk() ? QString() : configuration.error().message));
    QCOMPARE(CodeListEndpoints::configured(*configuration, Source::FhiCauseSet),
        QUrl(QStringLiteral("https://koder.sykehus.example/api/koder?oid=7110")));
    QCOMPARE(CodeListEndpoints::configured(*configuration, Source::Municipalities),
        QUrl(QStringLiteral("https://klass.sykehus.example/131/")));
    QVERIFY(configuration->isLocked(SettingKey::MunicipalityUrl));
    for (const Source source : {Source::FhiCauseSet, Source::Municipalities}) {
        const auto refused = CodeListEndpoints::fetchUrl(*configuration, source, QStringLiteral("https://c.example/"));
        QCOMPARE(refused.error().code, QStringLiteral("config-locked"));
        QVERIFY(refused.error().message.contains(settingName(CodeListEndpoints::settingOf(source))));
    }
    // The ICD-10 key is not locked here, so its --url still works.
    QVERIFY(CodeListEndpoints::fetchUrl(*configuration, Source::Icd10No, QStringLiteral("https://c.example/")).isOk());
}

void TestCodeListEndpoints::fhiAndMunicipalityKeysRefuseBadAddresses()
{
    write(userPath(), "MunicipalityUrl=http://klass.example/131/\n");
    QCOMPARE(Configuration::load().error().code, QStringLiteral("config-insecure-url"));
    write(userPath(), "MunicipalityUrl=https://klass.example/131/?x=1\n");
    QCOMPARE(Configuration::load().error().code, QStringLiteral("config-invalid-value"));
    write(userPath(), "FhiCauseSetUrl=https://koder.example/api/koder?oid=7110#x\n");
    QCOMPARE(Configuration::load().error().code, QStringLiteral("config-invalid-value"));
}

QTEST_GUILESS_MAIN(TestCodeListEndpoints)
#include "TestCodeListEndpoints.moc"
