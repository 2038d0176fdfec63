// Births' settings (FolkeregisteretUrl, BirthCertificateFile, BirthCaFile): layered like every key (a policy value
// locks them), built-in Skatteetaten addresses for test and production, none for the sandbox; https only (loopback
// may use http outside production); files as absolute paths.
#include "core/config/ConfigLocations.h"
#include "core/config/Configuration.h"
#include "core/config/FolkeregisteretSettings.h"
#include "support/ConfigFiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Config;

class TestFolkeregisteretSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtInAddressesPerEnvironment();
    void policyLocksTheCertificateFile();
    void policyMayNameATokenInsteadOfAFile();
    void badValuesStopTheProgram_data();
    void badValuesStopTheProgram();

private:
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFolkeregisteretSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ConfigLocations::setForTesting(ConfigLocations {{path("policy.conf"), QSettings::IniFormat},
        {path("user.conf"), QSettings::IniFormat}, {path("system.conf"), QSettings::IniFormat}});
    for (const char* variable : {"MELDEKLIENT_ENVIRONMENT", "MELDEKLIENT_FOLKEREGISTERET_URL",
             "MELDEKLIENT_BIRTH_CERTIFICATE_FILE", "MELDEKLIENT_BIRTH_CA_FILE"})
        qunsetenv(variable);
}

void TestFolkeregisteretSettings::cleanup()
{
    ConfigLocations::setForTesting(std::nullopt);
}

void TestFolkeregisteretSettings::builtInAddressesPerEnvironment()
{
    QCOMPARE(FolkeregisteretSettings::load("test").baseUrl, QUrl("https://folkeregisteret-api-ekstern.sits.no"));
    QCOMPARE(FolkeregisteretSettings::load("production").baseUrl, QUrl("https://folkeregisteret.api.skatteetaten.no"));
    QVERIFY(FolkeregisteretSettings::load("sandbox").baseUrl.isEmpty()); // its port is chosen at start
    QVERIFY(FolkeregisteretSettings::load("production").certificateFile.isEmpty());
    qputenv("MELDEKLIENT_FOLKEREGISTERET_URL", "https://127.0.0.1:4443");
    qputenv("MELDEKLIENT_BIRTH_CA_FILE", "/tmp/sandbox/ca.pem");
    const FolkeregisteretSettings sandbox = FolkeregisteretSettings::load("sandbox");
    QCOMPARE(sandbox.baseUrl, QUrl("https://127.0.0.1:4443"));
    QCOMPARE(sandbox.caFile, QString("/tmp/sandbox/ca.pem"));
    qunsetenv("MELDEKLIENT_FOLKEREGISTERET_URL");
    qunsetenv("MELDEKLIENT_BIRTH_CA_FILE");
}

void TestFolkeregisteretSettings::policyLocksTheCertificateFile()
{
    QVERIFY(Test::writeConfigFile(path("policy.conf"),
        "Environment=production\nBirthCertificateFile=/etc/meldeklient/virksomhetssertifikat.p12\n"));
    qputenv("MELDEKLIENT_BIRTH_CERTIFICATE_FILE", "/home/someone/other.p12");
    const Result<Configuration> configuration = Configuration::load();
    QVERIFY(configuration);
    QVERIFY(configuration->isLocked(SettingKey::BirthCertificateFile));
    const FolkeregisteretSettings settings = FolkeregisteretSettings::fromConfiguration(configuration.value());
    QCOMPARE(settings.certificateFile, QString("/etc/meldeklient/virksomhetssertifikat.p12"));
    QCOMPARE(settings.baseUrl, QUrl("https://folkeregisteret.api.skatteetaten.no"));
    qunsetenv("MELDEKLIENT_BIRTH_CERTIFICATE_FILE");
    Configuration writable = configuration.value();
    QCOMPARE(writable.setUserValue(SettingKey::BirthCertificateFile, "/tmp/x.p12").error().code, QString("config-locked"));
}

void TestFolkeregisteretSettings::policyMayNameATokenInsteadOfAFile()
{
    // An RFC 7512 URI, with its ";", "=" and %-escapes, is kept as written (Api::Pkcs11Certificate parses it).
    const QString uri = QStringLiteral("pkcs11:token=Buypass%20ID;object=virksomhetssertifikat;id=%01");
    QVERIFY(Test::writeConfigFile(path("policy.conf"), "BirthCertificateFile=\"" + uri.toUtf8() + "\"\n"));
    const Result<Configuration> configuration = Configuration::load();
    QVERIFY2(configuration, qPrintable(configuration ? QString() : configuration.error().message));
    QVERIFY(configuration->isLocked(SettingKey::BirthCertificateFile));
    QCOMPARE(FolkeregisteretSettings::fromConfiguration(configuration.value()).certificateFile, uri);

    // The PIN never belongs in a setting: refused, and the refusal does not repeat it.
    QVERIFY(Test::writeConfigFile(
        path("policy.conf"), "BirthCertificateFile=\"pkcs11:token=T;object=O;pin-value=987654\"\n"));
    const Result<Configuration> withPin = Configuration::load();
    QVERIFY(!withPin);
    QCOMPARE(withPin.error().code, QString("config-invalid-policy"));
    QVERIFY(!withPin.error().message.contains(u"987654"));
    QVERIFY(Test::writeConfigFile(
        path("policy.conf"), "BirthCertificateFile=\"pkcs11:token=T;object=O?pin-source=file:/p\"\n"));
    QVERIFY(!Configuration::load());
}

void TestFolkeregisteretSettings::badValuesStopTheProgram_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("code");
    QTest::newRow("relative certificate path") << QByteArray("BirthCertificateFile=certs/org.p12\n")
                                               << "config-invalid-policy";
    QTest::newRow("relative CA path") << QByteArray("BirthCaFile=ca.pem\n") << "config-invalid-policy";
    QTest::newRow("http to another host") << QByteArray("FolkeregisteretUrl=http://folkeregisteret.example.no\n")
                                          << "config-invalid-policy";
    QTest::newRow("not a URL") << QByteArray("FolkeregisteretUrl=folkeregisteret\n") << "config-invalid-policy";
    QTest::newRow("http in production, even loopback")
        << QByteArray("Environment=production\nFolkeregisteretUrl=http://127.0.0.1:8443\n") << "config-invalid-policy";
}

void TestFolkeregisteretSettings::badValuesStopTheProgram()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, code);
    QVERIFY(Test::writeConfigFile(path("policy.conf"), policy));
    const Result<Configuration> configuration = Configuration::load();
    QVERIFY(!configuration);
    QCOMPARE(configuration.error().code, code);
    QVERIFY2(configuration.error().message.contains(u"Folkeregisteret") || configuration.error().message.contains(u"Birth"),
        qPrintable(configuration.error().message));
}

QTEST_GUILESS_MAIN(TestFolkeregisteretSettings)
#include "TestFolkeregisteretSettings.moc"
