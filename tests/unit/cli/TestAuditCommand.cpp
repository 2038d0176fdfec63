#include "CliTestRun.h"
#include "cli/AuditCommand.h"
#include "core/audit/AuditLog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using Meldeklient::Test::runCli;

// `meldeklient-cli audit verify | export` on the audit trail in MELDEKLIENT_DATA_DIR.
class TestAuditCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void verifyAndExportAnIntactTrail();
    void verifyFailsOnTampering();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("MELDEKLIENT_DATA_DIR", m_dir->path().toUtf8());
    Audit::AuditLog log;
    QVERIFY(log.append(Audit::AuditAction::SignIn, "123456789", "environment:sandbox").isOk());
    QVERIFY(log.append(Audit::AuditAction::Submission, {}, "outbox:1,2").isOk());
    QVERIFY(log.append(Audit::AuditAction::Withdrawal, {}, "outbox:3").isOk());
}

void TestAuditCommand::verifyAndExportAnIntactTrail()
{
    const auto verify = runCli<Cli::AuditCommand>({"audit", "verify"});
    QCOMPARE(verify.status, 0);
    QCOMPARE(verify.lines.size(), 1);
    QCOMPARE(verify.lines.first().value("valid").toBool(), true);
    QCOMPARE(verify.lines.first().value("entries").toInt(), 3);

    const QString file = m_dir->filePath("export.jsonl");
    QCOMPARE(runCli<Cli::AuditCommand>({"audit", "export", file}).status, 0);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // three entries and the summary with the last hash
    QVERIFY(lines.at(1).contains("\"action\":\"submission\""));
    QVERIFY(lines.at(3).contains(verify.lines.first().value("lastHash").toString().toUtf8()));
}

void TestAuditCommand::verifyFailsOnTampering()
{
    QFile log(Audit::AuditLog::defaultPath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    QByteArray content = log.readAll();
    log.close();
    content.replace("outbox:3", "outbox:4");
    QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Truncate));
    log.write(content);
    log.close();
    const auto verify = runCli<Cli::AuditCommand>({"--lang", "en", "audit", "verify"});
    QCOMPARE(verify.status, 1);
    QCOMPARE(verify.lines.first().value("valid").toBool(), false);
    QCOMPARE(verify.lines.first().value("code").toString(), QStringLiteral("audit-entry-changed"));
    QCOMPARE(runCli<Cli::AuditCommand>({"audit", "export"}).status, 1);
}

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "TestAuditCommand.moc"
