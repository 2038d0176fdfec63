#include "core/codes/CodeListUpdater.h"
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

// Where `codes fetch` and the background update get the ICD-10 list from: the CodeListUrl setting over real INI
// files (policy and user), with the national default when unset.
class TestCodeListEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nationalDefaultWhenUnset();
    void userValueUsedAndCommandLineWins();
    void policyValueUsedAndCommandLineRefused();

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
    const QUrl configured = CodeListUpdater::configuredIcd10Url(*configuration);
    QCOMPARE(configured, QUrl(CodeListUpdater::defaultIcd10Url.toString()));
    QCOMPARE(CodeListUpdater::fetchUrl(*configuration, QString(), configured).value(), configured);
}

void TestCodeListEndpoints::userValueUsedAndCommandLineWins()
{
    write(userPath(), "CodeListUrl=https://user.example/icd10.json https://user.example/other\n");
    const auto configuration = Configuration::load();
    QVERIFY(configuration.isOk());
    const QUrl configured = CodeListUpdater::configuredIcd10Url(*configuration);
    QCOMPARE(configured, QUrl(QStringLiteral("https://user.example/icd10.json")));
    const auto chosen
        = CodeListUpdater::fetchUrl(*configuration, QStringLiteral("https://cli.example/x.json"), configured);
    QVERIFY(chosen.isOk());
    QCOMPARE(chosen.value(), QUrl(QStringLiteral("https://cli.example/x.json")));
}

void TestCodeListEndpoints::policyValueUsedAndCommandLineRefused()
{
    write(policyPath(), "CodeListUrl=https://mirror.hospital.example/kote/icd10.json\n");
    write(userPath(), "CodeListUrl=https://user.example/icd10.json\n");
    const auto configuration = Configuration::load();
    QVERIFY2(configuration.isOk(), qPrintable(configuration.isOk() ? QString() : configuration.error().message));
    const QUrl configured = CodeListUpdater::configuredIcd10Url(*configuration);
    QCOMPARE(configured, QUrl(QStringLiteral("https://mirror.hospital.example/kote/icd10.json")));
    QCOMPARE(CodeListUpdater::fetchUrl(*configuration, QString(), configured).value(), configured);

    const auto refused
        = CodeListUpdater::fetchUrl(*configuration, QStringLiteral("https://cli.example/x.json"), configured);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, QStringLiteral("config-locked"));
    QVERIFY2(refused.error().message.contains(policyPath()), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"CodeListUrl"));
}

QTEST_GUILESS_MAIN(TestCodeListEndpoints)
#include "TestCodeListEndpoints.moc"
