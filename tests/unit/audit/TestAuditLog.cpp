#include "core/audit/AuditLog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Meldeklient::Audit;

// The hash-chained audit trail on a real file: appends chain, and each kind of tampering is found and named.
class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appendsAChain();
    void refusesPersonalData();
    void detectsAChangedEntry();
    void detectsARemovedEntry();
    void detectsReorderedEntries();
    void detectsARewrittenLinkAfterRemoval();
    void policyChangeIsRecordedOnce();
    void aTornLastLineFromACrashIsNotAnEntry();

private:
    QList<QByteArray> lines() const;
    void writeLines(const QList<QByteArray>& lines);
    void fill(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_log;
    QDateTime m_clock;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
    m_log = std::make_unique<AuditLog>(m_dir->filePath("audit.log"), [this] { return m_clock; });
}

QList<QByteArray> TestAuditLog::lines() const
{
    QFile file(m_log->path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> all = file.readAll().split('\n');
    all.removeAll(QByteArray());
    return all;
}

void TestAuditLog::writeLines(const QList<QByteArray>& all)
{
    QFile file(m_log->path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QByteArray& line : all)
        file.write(line + '\n');
}

void TestAuditLog::fill(int count)
{
    for (int i = 0; i < count; ++i) {
        m_clock = m_clock.addSecs(60);
        QVERIFY(m_log->append(AuditAction::Submission, "123456789", QStringLiteral("outbox:%1").arg(i + 1)).isOk());
    }
}

void TestAuditLog::appendsAChain()
{
    QVERIFY(m_log->verify().isOk());
    QCOMPARE(m_log->verify()->entries, 0);
    fill(3);
    QVERIFY(m_log->append(AuditAction::Purge, {}, "outbox:1", "count=1").isOk());
    const auto entries = m_log->entries();
    QVERIFY(entries.isOk());
    QCOMPARE(entries->size(), 4);
    QCOMPARE(entries->at(0).sequence, 1);
    QCOMPARE(entries->at(0).previousHash, QString(64, u'0'));
    QCOMPARE(entries->at(1).previousHash, entries->at(0).hash);
    QCOMPARE(entries->at(3).action, AuditAction::Purge);
    QCOMPARE(entries->at(2).actor, QStringLiteral("123456789"));
    QCOMPARE(m_log->verify()->lastHash, entries->at(3).hash);
    QCOMPARE(QFile(m_log->path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);
    // Another AuditLog on the same file (another process) continues the chain.
    QVERIFY(AuditLog(m_log->path()).append(AuditAction::SignIn, "1234567").isOk());
    QCOMPARE(m_log->verify()->entries, 5);
}

void TestAuditLog::refusesPersonalData()
{
    QCOMPARE(
        m_log->append(AuditAction::Submission, "Kari Nordmann").error().code, QStringLiteral("audit-personal-data"));
    QCOMPARE(m_log->append(AuditAction::Submission, {}, "24047230752 Kari").error().code,
        QStringLiteral("audit-personal-data"));
    QCOMPARE(m_log->append(AuditAction::Submission, {}, {}, "free text").error().code,
        QStringLiteral("audit-personal-data"));
    QVERIFY(!QFile::exists(m_log->path()));
}

void TestAuditLog::detectsAChangedEntry()
{
    fill(4);
    QList<QByteArray> all = lines();
    QCOMPARE(all.size(), 4);
    all[1].replace("outbox:2", "outbox:9");
    writeLines(all);
    const auto verified = m_log->verify();
    QVERIFY(!verified.isOk());
    QCOMPARE(verified.error().code, QStringLiteral("audit-entry-changed"));
    QVERIFY(verified.error().message.contains("line 2"));
    // Changing the actor or the time is found as well.
    all = lines();
    all[1].replace("outbox:9", "outbox:2");
    all[2].replace("123456789", "987654321");
    writeLines(all);
    QCOMPARE(m_log->verify().error().code, QStringLiteral("audit-entry-changed"));
}

void TestAuditLog::detectsARemovedEntry()
{
    fill(4);
    QList<QByteArray> all = lines();
    all.removeAt(1);
    writeLines(all);
    const auto verified = m_log->verify();
    QCOMPARE(verified.error().code, QStringLiteral("audit-entry-removed"));
    QVERIFY(verified.error().message.contains("line 2"));
}

void TestAuditLog::detectsReorderedEntries()
{
    fill(4);
    QList<QByteArray> all = lines();
    all.swapItemsAt(1, 2);
    writeLines(all);
    QCOMPARE(m_log->verify().error().code, QStringLiteral("audit-entry-reordered"));
}

void TestAuditLog::detectsARewrittenLinkAfterRemoval()
{
    // Removing an entry and renumbering the rest without the chain's hashes still breaks the chain.
    fill(3);
    QList<QByteArray> all = lines();
    all.removeAt(1);
    all[1].replace("\"seq\":3", "\"seq\":2");
    writeLines(all);
    QCOMPARE(m_log->verify().error().code, QStringLiteral("audit-entry-changed"));
}

void TestAuditLog::policyChangeIsRecordedOnce()
{
    QCOMPARE(m_log->recordPolicy({}).value(), false); // no policy, nothing recorded before
    QCOMPARE(m_log->recordPolicy("abc123").value(), true);
    QCOMPARE(m_log->recordPolicy("abc123").value(), false);
    QCOMPARE(m_log->recordPolicy("def456").value(), true);
    QCOMPARE(m_log->recordPolicy({}).value(), true); // the policy was removed
    const auto entries = m_log->entries();
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(1).detail, QStringLiteral("fingerprint=def456"));
    QCOMPARE(entries->at(2).action, AuditAction::PolicyChange);
}

void TestAuditLog::aTornLastLineFromACrashIsNotAnEntry()
{
    fill(2);
    QFile file(m_log->path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"seq\":3,\"time\":\"2026-12-0"); // SIGKILL in the middle of an append
    file.close();
    QCOMPARE(m_log->verify()->entries, 2);
    fill(1);
    QCOMPARE(m_log->verify()->entries, 3);
    QCOMPARE(lines().size(), 3);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
