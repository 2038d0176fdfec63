#include "cli/OutboxCommand.h"
#include "core/auth/StoredSession.h"
#include "core/config/ConfigLocations.h"
#include "core/config/Environment.h"
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/ItemKind.h"
#include "core/outbox/OutboxStore.h"

#include "unit/cli/CliTestRun.h"
#include "unit/outbox/MemorySecretStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

// `meldeklient-cli outbox purge [--dry-run]` on a real outbox whose items were accepted 40 days ago.
class TestOutboxPurgeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dryRunShowsThenPurgeRemovesContents();
    void retentionComesFromThePolicy();
    void anyOutboxCommandAppliesRetention();
    void anotherPersonsOutboxIsNeverPurged();

private:
    Test::CliRun run(const QStringList& arguments);
    std::unique_ptr<OutboxStore> open();

    std::unique_ptr<QTemporaryDir> m_dir;
    MemorySecretStore m_secrets;
    // The signed-in person (a stored session in the keychain) owns the outbox; only the owner's outbox is purged.
    QString m_subject = "purge-test-subject";
    QString m_user = OutboxDataKey::userKeyIdFor(m_subject);
    qint64 m_accepted = 0;
    qint64 m_draft = 0;
};

std::unique_ptr<OutboxStore> TestOutboxPurgeCommand::open()
{
    OutboxOptions options;
    options.secrets = &m_secrets;
    options.userKeyId = m_user;
    options.databasePath = m_dir->filePath("outbox.sqlite");
    options.clock = [] { return QDateTime::currentDateTimeUtc().addDays(-40); };
    return std::move(OutboxStore::open(options)).value();
}

Test::CliRun TestOutboxPurgeCommand::run(const QStringList& arguments)
{
    // The command opens the outbox itself; the keychain it sees holds the data key created in init().
    return Test::runCli(std::make_unique<Cli::OutboxCommand>([this](const QString&) {
        auto copy = std::make_unique<MemorySecretStore>();
        copy->entries = m_secrets.entries;
        return copy;
    }),
        QStringList {"--lang", "en", "outbox"} + arguments
            + QStringList {"--user-key-id", m_user, "--database", m_dir->filePath("outbox.sqlite")});
}

void TestOutboxPurgeCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets.entries.clear();
    Config::ConfigLocations::setForTesting(Config::ConfigLocations {
        {m_dir->filePath("policy.conf")}, {m_dir->filePath("user.conf")}, {m_dir->filePath("system.conf")}});
    const Config::Environment sandbox = Config::Environment::fromProcessEnvironment("sandbox").value();
    Auth::StoredSession session;
    session.issuer = sandbox.issuer;
    session.clientId = sandbox.clientId;
    session.refreshToken = "refresh";
    session.subject = m_subject;
    QVERIFY(session.write(m_secrets));
    auto store = open();
    m_accepted = store->createDraft(ItemKind::DeathPart1, "draft").value();
    QVERIFY(store->enqueue(m_accepted, "{\"identifikator\":\"x\"}", "1", "").isOk());
    QVERIFY(store->claim(m_accepted).isOk());
    QVERIFY(
        store->recordAccepted(m_accepted, {"dodsfall-77", QDateTime::currentDateTimeUtc().addDays(-40), "{}"}).isOk());
    m_draft = store->createDraft(ItemKind::Birth, "old draft").value();
}

void TestOutboxPurgeCommand::cleanup()
{
    Config::ConfigLocations::setForTesting(std::nullopt);
}

void TestOutboxPurgeCommand::dryRunShowsThenPurgeRemovesContents()
{
    const auto dry = run({"purge", "--dry-run"});
    QCOMPARE(dry.status, 0);
    QCOMPARE(dry.lines.size(), 3);
    QCOMPARE(dry.lines.at(0).value("id").toInteger(), m_accepted);
    QCOMPARE(dry.lines.at(0).value("action").toString(), QStringLiteral("would-purge"));
    QCOMPARE(dry.lines.at(1).value("id").toInteger(), m_draft);
    QCOMPARE(dry.lines.at(1).value("action").toString(), QStringLiteral("old-draft-kept"));
    QCOMPARE(dry.lines.at(2).value("wouldPurge").toInt(), 1);
    QCOMPARE(dry.lines.at(2).value("purged").toInt(), 0);
    QVERIFY(open()->item(m_accepted)->hasPayload);

    const auto real = run({"purge"});
    QCOMPARE(real.status, 0);
    QCOMPARE(real.lines.at(0).value("action").toString(), QStringLiteral("purged"));
    QCOMPARE(real.lines.constLast().value("purged").toInt(), 1);
    auto store = open();
    QVERIFY(!store->item(m_accepted)->hasPayload);
    QCOMPARE(store->receipt(m_accepted)->serverId, QStringLiteral("dodsfall-77"));
    QCOMPARE(store->draftContent(m_draft).value(), QByteArray("old draft"));
}

void TestOutboxPurgeCommand::retentionComesFromThePolicy()
{
    QFile policy(m_dir->filePath("policy.conf"));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("RetentionDays=60\n");
    policy.close();
    const auto dry = run({"purge", "--dry-run"});
    QCOMPARE(dry.status, 0);
    QCOMPARE(dry.lines.constLast().value("wouldPurge").toInt(), 0);
    QCOMPARE(dry.lines.constLast().value("retentionDays").toInt(), 60);
}

void TestOutboxPurgeCommand::anyOutboxCommandAppliesRetention()
{
    QCOMPARE(run({"list"}).status, 0);
    auto store = open();
    QVERIFY(!store->item(m_accepted)->hasPayload);
    QCOMPARE(store->receipt(m_accepted)->serverId, QStringLiteral("dodsfall-77"));
    QVERIFY(store->item(m_draft)->hasDraft);
}

// A read-only look at someone else's outbox (--user-key-id of another person) changes nothing in it.
void TestOutboxPurgeCommand::anotherPersonsOutboxIsNeverPurged()
{
    Auth::StoredSession other = Auth::StoredSession::read(m_secrets).value();
    other.subject = QStringLiteral("someone-else");
    QVERIFY(other.write(m_secrets));
    const auto refused = run({"purge"});
    QCOMPARE(refused.status, 1);
    QCOMPARE(run({"list"}).status, 0);
    auto store = open();
    QVERIFY(store->item(m_accepted)->hasPayload);
}

QTEST_GUILESS_MAIN(TestOutboxPurgeCommand)
#include "TestOutboxPurgeCommand.moc"
