#include "CliTestRun.h"
#include "cli/CheckIdCommand.h"
#include "cli/ConfigCommand.h"
#include "core/config/ConfigLocations.h"
#include "core/config/SettingKey.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using Meldeklient::Test::runCli;

// `meldeklient-cli config` and the start-up check of every command, in-process with real INI files.
class TestConfigCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showPrintsOriginLockAndSource();
    void setRefusesLockedKey();
    void setWritesTheUserFile();
    void badPolicyStopsEveryCommand();

private:
    void writePolicy(const QByteArray& content);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConfigCommand::init()
{
    qunsetenv("MELDEKLIENT_API_BASE_URL");
    qunsetenv("MELDEKLIENT_ENVIRONMENT");
    m_dir = std::make_unique<QTemporaryDir>();
    Config::ConfigLocations::setForTesting(Config::ConfigLocations {{m_dir->filePath("policy.conf")},
        {m_dir->filePath("user/Meldeklient.conf")}, {m_dir->filePath("system.conf")}});
}

void TestConfigCommand::cleanup()
{
    Config::ConfigLocations::setForTesting(std::nullopt);
}

void TestConfigCommand::writePolicy(const QByteArray& content)
{
    QFile file(m_dir->filePath("policy.conf"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

void TestConfigCommand::showPrintsOriginLockAndSource()
{
    writePolicy("ApiBaseUrl=https://policy.helse.example/api\n");
    qputenv("MELDEKLIENT_ENVIRONMENT", "test");
    const auto run = runCli<Cli::ConfigCommand>({"config", "show"});
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), Config::allSettingKeys().size());
    QVERIFY(lines.contains(QStringLiteral("ApiBaseUrl = https://policy.helse.example/api [policy, locked, %1]")
                               .arg(m_dir->filePath("policy.conf"))));
    QVERIFY(lines.contains("Environment = test [override, MELDEKLIENT_ENVIRONMENT]"));
    QVERIFY(lines.contains("RetentionDays = 30 [built-in]"));
}

void TestConfigCommand::setRefusesLockedKey()
{
    writePolicy("ApiBaseUrl=https://policy.helse.example/api\n");
    const auto run = runCli<Cli::ConfigCommand>({"--lang", "en", "config", "set", "ApiBaseUrl", "https://x.example"});
    QCOMPARE(run.status, 1);
    QVERIFY2(
        run.err.startsWith("config-locked: ApiBaseUrl is locked by your organisation's policy"), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir->filePath("user/Meldeklient.conf")));
    // Unknown keys are a usage error.
    QCOMPARE(runCli<Cli::ConfigCommand>({"config", "set", "Colour", "red"}).status, 2);
}

void TestConfigCommand::setWritesTheUserFile()
{
    const auto set = runCli<Cli::ConfigCommand>({"config", "set", "Transport", "nhn-fhir"});
    QCOMPARE(set.status, 0);
    QCOMPARE(set.out.trimmed(),
        QStringLiteral("Transport = nhn-fhir [user, %1]").arg(m_dir->filePath("user/Meldeklient.conf")));
    const auto show = runCli<Cli::ConfigCommand>({"config", "show"});
    QVERIFY(show.out.contains("Transport = nhn-fhir [user, "));
    const auto bad = runCli<Cli::ConfigCommand>({"--lang", "en", "config", "set", "MinSecurityLevel", "2"});
    QCOMPARE(bad.status, 1);
    QVERIFY(bad.err.contains("MinSecurityLevel"));
}

void TestConfigCommand::badPolicyStopsEveryCommand()
{
    writePolicy("MinSecurityLevel=2\n");
    const auto run = runCli<Cli::CheckIdCommand>({"--lang", "en", "check-id", "01010112345"});
    QCOMPARE(run.status, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("config-invalid-policy: "), qPrintable(run.err));
    QVERIFY(run.err.contains("MinSecurityLevel"));
}

QTEST_GUILESS_MAIN(TestConfigCommand)
#include "TestConfigCommand.moc"
