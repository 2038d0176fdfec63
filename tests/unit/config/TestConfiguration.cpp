#include "core/config/Configuration.h"
#include "core/config/Environment.h"
#include "support/ConfigFiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient::Config;

// The layered settings with real INI files in a temporary folder (ConfigLocations::setForTesting).
class TestConfiguration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtInsWithoutAnyFile();
    void policyBeatsVariableAndUserAndIsLocked();
    void userBeatsSystemDefault();
    void malformedPolicyStopsNamingTheKey_data();
    void malformedPolicyStopsNamingTheKey();
    void writablePolicyFileIsRefused();
    void productionNeedsHttpsEvenOnLoopback();
    void issuerOverrideIgnoredInProductionWithWarning();
    void policyLocksTheEnvironmentAgainstTheCommandLine();
    void setUserValueValidatesAndPersists();
    void policyFingerprintChangesWithThePolicy();

private:
    void write(const QString& path, const QByteArray& content);
    QString policyPath() const { return m_dir->filePath("etc/meldeklient/policy.conf"); }
    QString userPath() const { return m_dir->filePath("home/Meldeklient.conf"); }
    QString systemPath() const { return m_dir->filePath("etc/xdg/Meldeklient.conf"); }
    ConfigLocations locations() const
    {
        return ConfigLocations {{policyPath(), QSettings::IniFormat}, {userPath(), QSettings::IniFormat},
            {systemPath(), QSettings::IniFormat}};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConfiguration::write(const QString& path, const QByteArray& content)
{
    QVERIFY(Meldeklient::Test::writeConfigFile(path, content));
}

void TestConfiguration::init()
{
    for (const char* name : {"MELDEKLIENT_ENVIRONMENT", "MELDEKLIENT_ISSUER", "MELDEKLIENT_CLIENT_ID",
             "MELDEKLIENT_API_TRANSPORT", "MELDEKLIENT_API_BASE_URL", "MELDEKLIENT_LANG"})
        qunsetenv(name);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ConfigLocations::setForTesting(locations());
}

void TestConfiguration::cleanup()
{
    ConfigLocations::setForTesting(std::nullopt);
}

void TestConfiguration::builtInsWithoutAnyFile()
{
    const auto configuration = Configuration::load();
    QVERIFY(configuration.isOk());
    QCOMPARE(configuration->settings().size(), allSettingKeys().size());
    QCOMPARE(configuration->value(SettingKey::Environment), QStringLiteral("sandbox"));
    QCOMPARE(configuration->value(SettingKey::RetentionDays), QStringLiteral("30"));
    QCOMPARE(configuration->value(SettingKey::MinSecurityLevel), QStringLiteral("3"));
    QCOMPARE(configuration->setting(SettingKey::Transport).origin, SettingOrigin::BuiltIn);
    QVERIFY(!configuration->isLocked(SettingKey::ApiBaseUrl));
    QVERIFY(configuration->lockReason(SettingKey::ApiBaseUrl).isEmpty());
    QVERIFY(configuration->policyFingerprint().isEmpty());
}

void TestConfiguration::policyBeatsVariableAndUserAndIsLocked()
{
    write(policyPath(), "Environment=test\nApiBaseUrl=https://policy.helse.example/api\nMinSecurityLevel=4\n");
    write(userPath(), "ApiBaseUrl=https://user.example/api\nEnvironment=sandbox\n");
    qputenv("MELDEKLIENT_API_BASE_URL", "https://variable.example/api");
    qputenv("MELDEKLIENT_ENVIRONMENT", "sandbox");

    auto configuration = Configuration::load();
    QVERIFY2(configuration.isOk(), qPrintable(configuration.isOk() ? QString() : configuration.error().message));
    const ResolvedSetting& api = configuration->setting(SettingKey::ApiBaseUrl);
    QCOMPARE(api.value, QStringLiteral("https://policy.helse.example/api"));
    QCOMPARE(api.origin, SettingOrigin::Policy);
    QVERIFY(api.locked());
    QCOMPARE(api.source, policyPath());
    QVERIFY(configuration->lockReason(SettingKey::ApiBaseUrl).contains(policyPath()));
    QCOMPARE(configuration->value(SettingKey::Environment), QStringLiteral("test"));

    // The program uses the policy's values.
    const auto environment = Environment::fromConfiguration(*configuration);
    QVERIFY(environment.isOk());
    QCOMPARE(environment->name, QStringLiteral("test"));
    QCOMPARE(environment->apiBaseUrl(), QUrl("https://policy.helse.example/api"));
    QCOMPARE(environment->minSecurityLevel, 4);
    QCOMPARE(Environment::fromProcessEnvironment()->name, QStringLiteral("test"));

    // Neither `config set` nor the settings dialog (both call setUserValue/unsetUserValue) can change it.
    const auto refused = configuration->setUserValue(SettingKey::ApiBaseUrl, "https://other.example/api");
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, QStringLiteral("config-locked"));
    QVERIFY(refused.error().message.contains("ApiBaseUrl"));
    QCOMPARE(configuration->unsetUserValue(SettingKey::ApiBaseUrl).error().code, QStringLiteral("config-locked"));
    QCOMPARE(QSettings(userPath(), QSettings::IniFormat).value("ApiBaseUrl").toString(),
        QStringLiteral("https://user.example/api"));

    // Without the policy the variable wins over the user file; without the variable, the user file.
    QVERIFY(QFile::remove(policyPath()));
    QCOMPARE(Configuration::load()->setting(SettingKey::ApiBaseUrl).origin, SettingOrigin::Override);
    qunsetenv("MELDEKLIENT_API_BASE_URL");
    QCOMPARE(Configuration::load()->value(SettingKey::ApiBaseUrl), QStringLiteral("https://user.example/api"));
}

void TestConfiguration::userBeatsSystemDefault()
{
    write(systemPath(), "Transport=nhn-fhir\nIdleLockMinutes=30\n");
    auto configuration = Configuration::load();
    QCOMPARE(configuration->value(SettingKey::Transport), QStringLiteral("nhn-fhir"));
    QCOMPARE(configuration->setting(SettingKey::Transport).origin, SettingOrigin::System);
    QCOMPARE(configuration->setting(SettingKey::Transport).source, systemPath());

    write(userPath(), "Transport=nhn-rest\n");
    configuration = Configuration::load();
    QCOMPARE(configuration->value(SettingKey::Transport), QStringLiteral("nhn-rest"));
    QCOMPARE(configuration->setting(SettingKey::Transport).origin, SettingOrigin::User);
    QVERIFY(!configuration->isLocked(SettingKey::Transport));
    QCOMPARE(configuration->intValue(SettingKey::IdleLockMinutes), 30);
}

void TestConfiguration::malformedPolicyStopsNamingTheKey_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown environment") << QByteArray("Environment=staging\n") << "Environment";
    QTest::newRow("http outside loopback") << QByteArray("ApiBaseUrl=http://api.helse.example\n") << "ApiBaseUrl";
    QTest::newRow("security level 2") << QByteArray("MinSecurityLevel=2\n") << "MinSecurityLevel";
    QTest::newRow("not a number") << QByteArray("RetentionDays=thirty\n") << "RetentionDays";
    QTest::newRow("bad transport") << QByteArray("Transport=soap\n") << "Transport";
    QTest::newRow("bad proxy") << QByteArray("Proxy=ftp://proxy\n") << "Proxy";
    QTest::newRow("misspelt key") << QByteArray("ApiBaseURL=https://x.example\n") << "ApiBaseURL";
    QTest::newRow("http code list") << QByteArray("CodeListUrl=https://a.example http://b.example\n") << "CodeListUrl";
}

void TestConfiguration::malformedPolicyStopsNamingTheKey()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, key);
    write(policyPath(), policy);
    const auto configuration = Configuration::load();
    QVERIFY(!configuration.isOk());
    QCOMPARE(configuration.error().code, QStringLiteral("config-invalid-policy"));
    QVERIFY2(configuration.error().message.contains(key), qPrintable(configuration.error().message));
    QVERIFY(configuration.error().message.contains(policyPath()));
    // Never silently replaced: the program gets no environment at all.
    QVERIFY(!Environment::fromProcessEnvironment().has_value());
}

void TestConfiguration::writablePolicyFileIsRefused()
{
    write(policyPath(), "Environment=production\n");
    QVERIFY(QFile::setPermissions(policyPath(), QFile::permissions(policyPath()) | QFileDevice::WriteOther));
    const auto configuration = Configuration::load();
    QVERIFY(!configuration.isOk());
    QCOMPARE(configuration.error().code, QStringLiteral("config-invalid-policy"));
}

void TestConfiguration::productionNeedsHttpsEvenOnLoopback()
{
    // Outside production plain http to this computer is allowed (the sandbox).
    qputenv("MELDEKLIENT_API_BASE_URL", "http://127.0.0.1:47101/dodsmelding/api");
    auto configuration = Configuration::load();
    QVERIFY(configuration.isOk());
    // Choosing production on the command line with that variable set is refused, naming the key.
    const auto production = Environment::fromConfiguration(*configuration, "production");
    QVERIFY(!production.isOk());
    QCOMPARE(production.error().code, QStringLiteral("config-insecure-url"));
    QVERIFY(production.error().message.contains("ApiBaseUrl"));
    QVERIFY(production.error().message.contains("MELDEKLIENT_API_BASE_URL"));
    // ... and so is production chosen by the variable.
    qputenv("MELDEKLIENT_ENVIRONMENT", "production");
    QCOMPARE(Configuration::load().error().code, QStringLiteral("config-insecure-url"));
    QVERIFY(!Environment::fromProcessEnvironment().has_value());
    qputenv("MELDEKLIENT_API_BASE_URL", "https://127.0.0.1:8443/api");
    QCOMPARE(Environment::fromProcessEnvironment()->apiBaseUrl(), QUrl("https://127.0.0.1:8443/api"));
}

void TestConfiguration::issuerOverrideIgnoredInProductionWithWarning()
{
    qputenv("MELDEKLIENT_ENVIRONMENT", "production");
    qputenv("MELDEKLIENT_ISSUER", "https://evil.example");
    const auto configuration = Configuration::load();
    QVERIFY(configuration.isOk());
    QCOMPARE(configuration->value(SettingKey::HelseIdIssuer), QStringLiteral("https://helseid-sts.nhn.no"));
    QCOMPARE(configuration->warnings().size(), 1);
    QVERIFY(configuration->warnings().first().contains("MELDEKLIENT_ISSUER"));
    const auto environment = Environment::fromConfiguration(*configuration);
    QCOMPARE(environment->issuer, QStringLiteral("https://helseid-sts.nhn.no"));
    QCOMPARE(environment->warnings, configuration->warnings());
    // IT's policy may set the production issuer (https only).
    write(policyPath(), "HelseIdIssuer=https://helseid-sts.helse.example\n");
    QCOMPARE(Environment::fromProcessEnvironment()->issuer, QStringLiteral("https://helseid-sts.helse.example"));
    QVERIFY(Environment::fromProcessEnvironment()->warnings.isEmpty());
}

void TestConfiguration::policyLocksTheEnvironmentAgainstTheCommandLine()
{
    write(policyPath(), "Environment=production\nApiBaseUrl=https://api.helse.example\n");
    const auto configuration = Configuration::load();
    QVERIFY(configuration.isOk());
    const auto sandbox = Environment::fromConfiguration(*configuration, "sandbox");
    QVERIFY(!sandbox.isOk());
    QCOMPARE(sandbox.error().code, QStringLiteral("config-locked"));
    QVERIFY(sandbox.error().message.contains("Environment"));
    QCOMPARE(Environment::fromConfiguration(*configuration, "production")->name, QStringLiteral("production"));
}

void TestConfiguration::setUserValueValidatesAndPersists()
{
    auto configuration = Configuration::load();
    QCOMPARE(configuration->setUserValue(SettingKey::MinSecurityLevel, "2").error().code,
        QStringLiteral("config-invalid-value"));
    QCOMPARE(configuration->setUserValue(SettingKey::ApiBaseUrl, "http://api.example").error().code,
        QStringLiteral("config-insecure-url"));
    QVERIFY(!QFile::exists(userPath()));
    QVERIFY(configuration->setUserValue(SettingKey::RetentionDays, " 60 ").isOk());
    QCOMPARE(configuration->value(SettingKey::RetentionDays), QStringLiteral("60"));
    QCOMPARE(Configuration::load()->setting(SettingKey::RetentionDays).origin, SettingOrigin::User);
    // A value that is fine alone but not with the rest (http API address while production applies) is refused.
    QVERIFY(configuration->setUserValue(SettingKey::ApiBaseUrl, "http://127.0.0.1:1/api").isOk());
    QCOMPARE(configuration->setUserValue(SettingKey::Environment, "production").error().code,
        QStringLiteral("config-insecure-url"));
    QVERIFY(configuration->unsetUserValue(SettingKey::RetentionDays).isOk());
    QCOMPARE(Configuration::load()->value(SettingKey::RetentionDays), QStringLiteral("30"));
}

void TestConfiguration::policyFingerprintChangesWithThePolicy()
{
    write(policyPath(), "RetentionDays=10\n");
    const QString first = Configuration::load()->policyFingerprint();
    QCOMPARE(first.size(), 64);
    write(policyPath(), "RetentionDays=100\n"); // another size: QSettings re-reads a file whose size or time changed
    QVERIFY(Configuration::load()->policyFingerprint() != first);
}

QTEST_GUILESS_MAIN(TestConfiguration)
#include "TestConfiguration.moc"
