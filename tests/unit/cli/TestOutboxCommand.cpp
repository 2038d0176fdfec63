#include "cli/OutboxCommand.h"
#include "cli/SubmitCommand.h"
#include "cli/VoidDeathCommand.h"
#include "core/auth/StoredSession.h"
#include "core/config/Environment.h"
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/OutboxStore.h"

#include "unit/cli/CliTestRun.h"
#include "unit/cli/ForwardingSecretStore.h"
#include "unit/outbox/MemorySecretStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Cli;
using namespace Meldeklient::Outbox;

namespace {
using Test::ForwardingSecretStore;

using Run = Test::CliRun;
} // namespace

class TestOutboxCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listShowsMetadataOnly();
    void showOneItem();
    void cancelChangesStateAndRefusesIllegalCancels();
    void errorsAndUsage();
    void listShowsMetadataWhenTheKeyIsLost();
    void listWorksReadOnlyWhileTheOutboxIsBusy();
    void anotherPersonsOutboxIsReadOnly();

private:
    Run run(const QStringList& arguments);
    // Stores a session for `subject`, as a sign-in would (no network is needed to know whose outbox it is).
    void signInAs(const QString& subject)
    {
        const Config::Environment sandbox = Config::Environment::fromProcessEnvironment("sandbox").value();
        Auth::StoredSession session;
        session.issuer = sandbox.issuer;
        session.clientId = sandbox.clientId;
        session.refreshToken = "refresh";
        session.subject = subject;
        QVERIFY(session.write(m_secrets));
    }
    QStringList common() const { return {"--user-key-id", m_user, "--database", m_dir->filePath("outbox.sqlite")}; }

    std::unique_ptr<QTemporaryDir> m_dir;
    MemorySecretStore m_secrets;
    // The signed-in person's outbox: the stored session's subject maps to it.
    QString m_subject = "cli-test-subject";
    QString m_user = OutboxDataKey::userKeyIdFor(m_subject);
    qint64 m_draft = 0;
    qint64 m_queued = 0;
    qint64 m_child = 0;
    qint64 m_accepted = 0;
};

Run TestOutboxCommand::run(const QStringList& arguments)
{
    return Test::runCli(std::make_unique<OutboxCommand>(
                            [this](const QString&) { return std::make_unique<ForwardingSecretStore>(m_secrets); }),
        QStringList {"--lang", "en", "outbox"} + arguments);
}

void TestOutboxCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets.entries.clear();
    m_secrets.unavailable = false;
    signInAs(m_subject);
    OutboxOptions options;
    options.secrets = &m_secrets;
    options.userKeyId = m_user;
    options.databasePath = m_dir->filePath("outbox.sqlite");
    auto store = std::move(OutboxStore::open(options)).value();
    m_draft = store->createDraft(Outbox::ItemKind::DeathPart1, "Kari Nordmann 24047230752").value();
    m_queued = store->createDraft(Outbox::ItemKind::DeathPart1, "Ola Nordmann").value();
    QVERIFY(store->enqueue(m_queued, "payload with 24047230752", "dodsmelding|1", "icd10=2025").isOk());
    m_child = store->createDraft(Outbox::ItemKind::DeathPart2, "Hjerteinfarkt", m_queued).value();
    m_accepted = store->createDraft(Outbox::ItemKind::Birth, "x").value();
    QVERIFY(store->enqueue(m_accepted, "y", "f", "c").isOk());
    QVERIFY(store->claim(m_accepted).isOk());
    QVERIFY(store->recordAccepted(m_accepted, {"birth-1", {}, "{}"}).isOk());
}

void TestOutboxCommand::listShowsMetadataOnly()
{
    const Run r = run(QStringList {"list"} + common());
    QCOMPARE(r.status, 0);
    QCOMPARE(r.lines.size(), 4);
    QCOMPARE(r.lines.at(0).value("id").toInteger(), m_draft);
    QCOMPARE(r.lines.at(0).value("state").toString(), QString("draft"));
    QCOMPARE(r.lines.at(1).value("state").toString(), QString("queued"));
    QVERIFY(!r.lines.at(1).value("idempotencyKey").toString().isEmpty());
    QCOMPARE(r.lines.at(2).value("parentId").toInteger(), m_queued);
    QCOMPARE(r.lines.at(2).value("blockedByParent").toBool(), true);
    QCOMPARE(r.lines.at(3).value("state").toString(), QString("accepted"));
    QVERIFY(!r.out.contains("24047230752"));
    QVERIFY(!r.out.contains("Nordmann"));
    QVERIFY(!r.out.contains("Hjerteinfarkt"));
}

void TestOutboxCommand::showOneItem()
{
    const Run r = run(QStringList {"show", QString::number(m_queued)} + common());
    QCOMPARE(r.status, 0);
    QCOMPARE(r.lines.size(), 1);
    const QJsonObject item = r.lines.constFirst();
    QCOMPARE(item.value("kind").toString(), QString("death-part1"));
    QCOMPARE(item.value("formVersion").toString(), QString("dodsmelding|1"));
    QCOMPARE(item.value("codeListVersions").toString(), QString("icd10=2025"));
    QCOMPARE(item.value("hasPayload").toBool(), true);
    QVERIFY(!r.out.contains("24047230752"));
}

void TestOutboxCommand::cancelChangesStateAndRefusesIllegalCancels()
{
    Run r = run(QStringList {"cancel", QString::number(m_queued)} + common());
    QCOMPARE(r.status, 0);
    QCOMPARE(r.lines.constFirst().value("state").toString(), QString("cancelled"));
    r = run(QStringList {"show", QString::number(m_child)} + common());
    QCOMPARE(r.lines.constFirst().value("state").toString(), QString("cancelled"));

    r = run(QStringList {"cancel", QString::number(m_accepted)} + common());
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains("outbox-illegal-transition"));
    r = run(QStringList {"show", QString::number(m_accepted)} + common());
    QCOMPARE(r.lines.constFirst().value("state").toString(), QString("accepted"));
}

// Issue 9 item 13: a lost data key still lets the person see what is in the outbox, and says why no more.
void TestOutboxCommand::listShowsMetadataWhenTheKeyIsLost()
{
    m_secrets.entries.clear();
    const Run r = run(QStringList {"list"} + common());
    QCOMPARE(r.status, 1);
    QCOMPARE(r.lines.size(), 4);
    QCOMPARE(r.lines.at(1).value("id").toInteger(), m_queued);
    QCOMPARE(r.lines.at(1).value("state").toString(), QString("queued"));
    QVERIFY(!r.lines.at(1).value("createdAt").toString().isEmpty());
    QVERIFY2(r.err.contains("outbox-key-missing"), qPrintable(r.err));
    QVERIFY2(r.err.contains("cannot be read"), qPrintable(r.err));
    QVERIFY(m_secrets.entries.isEmpty()); // no new key was made
    // Anything that needs the contents still fails clearly.
    QCOMPARE(run(QStringList {"show", QString::number(m_queued)} + common()).status, 1);
}

// Issue 9 item 16: `outbox list` works, read-only, while another program (a flush) holds the outbox.
void TestOutboxCommand::listWorksReadOnlyWhileTheOutboxIsBusy()
{
    OutboxOptions options;
    options.secrets = &m_secrets;
    options.userKeyId = m_user;
    options.databasePath = m_dir->filePath("outbox.sqlite");
    auto owner = std::move(OutboxStore::open(options)).value();
    const Run r = run(QStringList {"list"} + common());
    QCOMPARE(r.status, 0);
    QCOMPARE(r.lines.size(), 4);
    QVERIFY2(r.err.contains("read-only"), qPrintable(r.err));
    // Changing commands still refuse while it is busy.
    const Run cancel = run(QStringList {"cancel", QString::number(m_queued)} + common());
    QCOMPARE(cancel.status, 1);
    QVERIFY(cancel.err.contains("outbox-in-use"));
    QCOMPARE(owner->item(m_queued)->state, ItemState::Queued);
}

void TestOutboxCommand::errorsAndUsage()
{
    QCOMPARE(run(QStringList {"show", "999"} + common()).status, 1);
    QVERIFY(run(QStringList {"show", "999"} + common()).err.contains("outbox-not-found"));
    QCOMPARE(run(QStringList {"show"} + common()).status, 2);
    QCOMPARE(run(QStringList {"show", "abc"} + common()).status, 2);
    QCOMPARE(run(QStringList {"explode"} + common()).status, 2);
    // Without --user-key-id the outbox is the signed-in person's; nobody is signed in here.
    m_secrets.entries.remove(Auth::StoredSession::secretKey());
    const Run nobody = run({"list"});
    QCOMPARE(nobody.status, 1);
    QVERIFY(nobody.err.contains("not-signed-in"));
    QCOMPARE(run(QStringList {"retry", "abc"} + common()).status, 2);
    QCOMPARE(run(QStringList {"flush", "1"} + common()).status, 2);
    QCOMPARE(run({"--help"}).status, 0);
    m_secrets.unavailable = true;
    const Run r = run(QStringList {"list"} + common());
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains("outbox-key-unavailable"));
}

void TestOutboxCommand::anotherPersonsOutboxIsReadOnly()
{
    // Issue 9 item 3: another physician signs in on the same computer and names the first one's outbox.
    signInAs("another-physician");
    const Run listed = run(QStringList {"list"} + common());
    QCOMPARE(listed.status, 0);
    QCOMPARE(listed.lines.size(), 4); // looking is allowed, and says it is read-only
    QVERIFY(listed.err.contains("\"readOnly\":true"));
    for (const QStringList& action : {QStringList {"flush"}, QStringList {"retry", QString::number(m_queued)},
             QStringList {"cancel", QString::number(m_queued)}}) {
        const Run refused = run(action + common());
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains("outbox-read-only"), qPrintable(refused.err));
    }
    const Run voided = Test::runCli(std::make_unique<VoidDeathCommand>(
                                        [this](const QString&) { return std::make_unique<ForwardingSecretStore>(m_secrets); }),
        QStringList {"--lang", "en", "annuller", QString::number(m_queued), "--reason", "x"} + common());
    QCOMPARE(voided.status, 1);
    QVERIFY(voided.err.contains("outbox-read-only"));
    // A readable file (submit reads its input before it opens the outbox); the outbox then refuses.
    QFile bundle(m_dir->filePath("bundle.json"));
    QVERIFY(bundle.open(QIODevice::WriteOnly) && bundle.write("{}") == 2);
    bundle.close();
    const Run submitted = Test::runCli(std::make_unique<SubmitCommand>(
                                           [this](const QString&) { return std::make_unique<ForwardingSecretStore>(m_secrets); }),
        QStringList {"--lang", "en", "submit", bundle.fileName()} + common());
    QCOMPARE(submitted.status, 1);
    QVERIFY(submitted.err.contains("outbox-read-only"));
    // Nothing changed.
    const Run shown = run(QStringList {"show", QString::number(m_queued)} + common());
    QCOMPARE(shown.lines.constFirst().value("state").toString(), QString("queued"));
    // An outbox that does not exist is not created by looking.
    QCOMPARE(run(QStringList {"list", "--user-key-id", "nobody-0123456789abcdef", "--database",
                     m_dir->filePath("other.sqlite")})
                 .status,
        1);
    QVERIFY(!QFile::exists(m_dir->filePath("other.sqlite")));
}

QTEST_GUILESS_MAIN(TestOutboxCommand)
#include "TestOutboxCommand.moc"
