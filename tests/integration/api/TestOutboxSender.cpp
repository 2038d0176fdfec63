#include "ApiHarness.h"

#include "core/api/OutboxSender.h"
#include "core/common/KeychainSecretStore.h"
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/OutboxStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Meldeklient;
using namespace Meldeklient::Api;
using Meldeklient::Outbox::ItemState;
using Meldeklient::Outbox::OutboxStore;
using Meldeklient::Test::ApiHarness;
using Meldeklient::Test::SandboxProcess;

namespace {
struct QueuedDeath {
    qint64 part1 = 0;
    qint64 part2 = 0;
};
} // namespace

// OutboxSender drains a real outbox (SQLite, keychain data key) through ApiClient into the sandbox's API while the
// sandbox injects faults. Whatever happens on the way, each notification ends with exactly one record in the
// registry, or in needs-correction with the registry's message; nothing is lost and nothing is sent twice.
class TestOutboxSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void deathPart1ThenPart2InOneFlush_data();
    void deathPart1ThenPart2InOneFlush();
    void faultsEndWithExactlyOneRecord_data();
    void faultsEndWithExactlyOneRecord();
    void throttlingIsHonoured();
    void rejectionNeedsCorrectionWithTheServersMessage();
    void forbiddenStopsTheFlushAndKeepsEverything();
    void failingItemIsTriedOncePerFlush();
    void maxItemsLimitsAFlush();
    void secondFlushWhileOneRunsIsRefused();
    void cancelStopsAfterTheRequestInFlight();
    void corruptedItemNeedsCorrectionAndIsCounted();
    void tooLargeNeedsCorrectionEvenWhenTheServerCloses();

private:
    QueuedDeath queueDeath(const QString& fnr);
    FlushSummary flush(FlushOptions options = {});
    ItemState state(qint64 id) { return m_store->item(id).value().state; }
    void useTransport(const QString& transport, int timeoutMs = 5000);

    SandboxProcess m_sandbox;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OutboxSender> m_sender;
};

void TestOutboxSender::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    m_secrets = std::make_unique<KeychainSecretStore>(
        "no.meldeklient.test.sender." + QUuid::createUuid().toString(QUuid::WithoutBraces), 10000);
    if (!m_secrets->probe())
        QSKIP("The Secret Service keychain does not accept writes here (no unlocked gnome-keyring).");
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    m_api = std::make_unique<ApiHarness>(m_sandbox, m_secrets.get(), "meldeklient-test-sender");
    const Result<void> signedIn = m_api->signIn();
    QVERIFY2(signedIn.isOk(), qPrintable(signedIn.isOk() ? QString() : signedIn.error().message));
}

void TestOutboxSender::init()
{
    QVERIFY(m_api);
    QVERIFY(m_api->resetApi());
    m_dir = std::make_unique<QTemporaryDir>();
    Outbox::OutboxOptions options;
    options.userKeyId = Outbox::OutboxDataKey::userKeyIdFor(QUuid::createUuid().toString());
    options.secrets = m_secrets.get();
    options.databasePath = m_dir->filePath("outbox.sqlite");
    options.backoff = Outbox::BackoffPolicy(10, 50); // retries due almost at once, so a test can flush again
    auto opened = OutboxStore::open(options);
    QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().code));
    m_store = std::move(opened).value();
    useTransport("nhn-rest");
}

void TestOutboxSender::cleanup()
{
    m_sender.reset();
    m_client.reset();
    m_store.reset();
    m_dir.reset();
}

void TestOutboxSender::cleanupTestCase()
{
    if (m_secrets) {
        (void)m_secrets->remove(Auth::HelseIdClient::sessionSecretKey());
        (void)m_secrets->remove(Auth::ClientKeyStore::secretKey());
    }
    m_sandbox.stop();
}

void TestOutboxSender::useTransport(const QString& transport, int timeoutMs)
{
    m_sender.reset();
    m_client = m_api->client(transport, timeoutMs);
    m_sender = std::make_unique<OutboxSender>(*m_store, *m_client);
}

QueuedDeath TestOutboxSender::queueDeath(const QString& fnr)
{
    const QList<SubmissionDocument> documents = ApiHarness::death(fnr);
    QueuedDeath queued;
    if (documents.size() != 2)
        return queued;
    const QByteArray part1 = documents.at(0).toJson();
    const QByteArray part2 = documents.at(1).toJson();
    queued.part1 = m_store->createDraft(documents.at(0).kind, part1).value();
    queued.part2 = m_store->createDraft(documents.at(1).kind, part2, queued.part1).value();
    if (!m_store->enqueue(queued.part1, part1, documents.at(1).formVersion, {}).isOk()
        || !m_store->enqueue(queued.part2, part2, documents.at(1).formVersion, {}).isOk())
        return {};
    return queued;
}

FlushSummary TestOutboxSender::flush(FlushOptions options)
{
    std::optional<FlushSummary> summary;
    m_sender->flush([&summary](const FlushSummary& result) { summary = result; }, options);
    for (int i = 0; i < 600 && !summary; ++i)
        QTest::qWait(50);
    if (!summary) {
        FlushSummary timedOut;
        timedOut.storeErrors.append(Error {"test-timeout", "flush did not end within 30 s"});
        return timedOut;
    }
    return *summary;
}

void TestOutboxSender::deathPart1ThenPart2InOneFlush_data()
{
    QTest::addColumn<QString>("transport");
    QTest::newRow("nhn-rest") << "nhn-rest";
    QTest::newRow("nhn-fhir") << "nhn-fhir";
}

void TestOutboxSender::deathPart1ThenPart2InOneFlush()
{
    QFETCH(QString, transport);
    useTransport(transport);
    const QueuedDeath death = queueDeath("09836242030");
    QVERIFY(death.part1 && death.part2);
    QSignalSpy accepted(m_sender.get(), &OutboxSender::itemAccepted);
    QSignalSpy started(m_sender.get(), &OutboxSender::itemStarted);

    const FlushSummary summary = flush();
    QCOMPARE(summary.accepted, 2);
    QCOMPARE(summary.rejected + summary.retrying + summary.skipped, 0);
    QVERIFY(summary.storeErrors.isEmpty());
    QVERIFY(!summary.signInRequired);
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(0).at(0).toLongLong(), death.part1);
    QCOMPARE(started.at(1).at(0).toLongLong(), death.part2);
    QCOMPARE(accepted.size(), 2);
    QCOMPARE(state(death.part1), ItemState::Accepted);
    QCOMPARE(state(death.part2), ItemState::Accepted);

    const Outbox::Receipt part1 = m_store->receipt(death.part1).value();
    const Outbox::Receipt part2 = m_store->receipt(death.part2).value();
    const QJsonObject records = m_api->records();
    QCOMPARE(records.value("counts").toObject().value("deaths").toInt(), 1);
    QCOMPARE(records.value("counts").toObject().value("causes").toInt(), 1);
    QCOMPARE(records.value("deaths").toArray().first().toObject().value("id").toString(), part1.serverId);
    const QJsonObject cause = records.value("causes").toArray().first().toObject();
    QCOMPARE(cause.value("id").toString(), part2.serverId);
    QCOMPARE(cause.value("dodsfallId").toString(), part1.serverId);
    QCOMPARE(cause.value("idempotencyKey").toString(), m_store->item(death.part2)->idempotencyKey);

    // Nothing left: another flush sends nothing.
    const FlushSummary again = flush();
    QCOMPARE(again.attempted(), 0);
    QCOMPARE(m_api->count("deaths"), 1);
}

void TestOutboxSender::faultsEndWithExactlyOneRecord_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("firstAccepted"); // -1: either way
    QTest::addColumn<QString>("firstError");
    QTest::newRow("503 on Del 1") << QJsonObject {{"fault", "status"}, {"path", "/dodsfall"}} << 5000 << 0 << "api-unavailable";
    QTest::newRow("500 on Del 2") << QJsonObject {{"fault", "status"}, {"status", 500}, {"path", "/dodsarsaker"}} << 5000 << 1
                                  << "api-unavailable";
    // A dropped connection: Qt may resend the request by itself (then HelseIdClient renews the replayed proof and
    // the attempt succeeds), else the attempt is transient. Either way the key prevents a second record.
    QTest::newRow("drop before commit") << QJsonObject {{"fault", "drop-before-commit"}, {"path", "/dodsfall"}} << 5000 << -1
                                        << "";
    QTest::newRow("drop after commit") << QJsonObject {{"fault", "drop-after-commit"}, {"path", "/dodsfall"}} << 5000 << -1
                                       << "";
    QTest::newRow("drop after commit of Del 2") << QJsonObject {{"fault", "drop-after-commit"}, {"path", "/dodsarsaker"}} << 5000
                                                << -1 << "";
    QTest::newRow("dropped twice") << QJsonObject {{"fault", "drop-after-commit"}, {"count", 2}, {"path", "/dodsfall"}} << 5000
                                   << -1 << "";
    QTest::newRow("answer slower than the timeout") << QJsonObject {{"fault", "delay"}, {"delayMs", 2500}, {"path", "/dodsfall"}}
                                                    << 1000 << 0 << "api-unreachable";
    // Handled inside one attempt: nothing waits.
    QTest::newRow("expired token") << QJsonObject {{"fault", "expired-token"}, {"path", "/dodsfall"}} << 5000 << 2 << "";
    QTest::newRow("DPoP nonce") << QJsonObject {{"fault", "use_dpop_nonce"}} << 5000 << 2 << "";
}

void TestOutboxSender::faultsEndWithExactlyOneRecord()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, timeoutMs);
    QFETCH(int, firstAccepted);
    QFETCH(QString, firstError);
    useTransport("nhn-rest", timeoutMs);
    const QueuedDeath death = queueDeath("17853842044");
    QVERIFY(m_api->addFault(fault));

    const FlushSummary first = flush();
    QVERIFY(first.storeErrors.isEmpty());
    if (firstAccepted >= 0)
        QCOMPARE(first.accepted, firstAccepted);
    if (!firstError.isEmpty()) {
        QCOMPARE(first.retrying, 1);
        const qint64 failed = firstAccepted == 0 ? death.part1 : death.part2;
        QCOMPARE(state(failed), ItemState::WaitingToRetry);
        QCOMPARE(m_store->item(failed)->lastErrorCode, firstError);
        if (firstAccepted == 0) // Del 2 waits for Del 1
            QCOMPARE(state(death.part2), ItemState::Queued);
    }

    // Retries send the same bytes with the same key until the registry has confirmed both parts.
    for (int round = 0; round < 10 && state(death.part2) != ItemState::Accepted; ++round) {
        QTest::qWait(timeoutMs > 1000 ? 100 : 2000); // a delayed request commits meanwhile
        const FlushSummary again = flush();
        QVERIFY(again.storeErrors.isEmpty());
    }
    QCOMPARE(state(death.part1), ItemState::Accepted);
    QCOMPARE(state(death.part2), ItemState::Accepted);
    const QJsonObject records = m_api->records();
    QCOMPARE(records.value("counts").toObject().value("deaths").toInt(), 1);
    QCOMPARE(records.value("counts").toObject().value("causes").toInt(), 1);
    QCOMPARE(records.value("deaths").toArray().first().toObject().value("id").toString(),
        m_store->receipt(death.part1)->serverId);
    QCOMPARE(records.value("causes").toArray().first().toObject().value("id").toString(),
        m_store->receipt(death.part2)->serverId);
}

void TestOutboxSender::throttlingIsHonoured()
{
    const QueuedDeath death = queueDeath("17853842044");
    QVERIFY(m_api->addFault({{"fault", "throttle"}, {"retryAfter", 2}, {"path", "/dodsfall"}}));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const FlushSummary first = flush();
    QCOMPARE(first.retrying, 1);
    const Outbox::OutboxItem waiting = m_store->item(death.part1).value();
    QCOMPARE(waiting.state, ItemState::WaitingToRetry);
    QVERIFY2(before.msecsTo(waiting.nextAttemptAt) >= 1900, qPrintable(waiting.nextAttemptAt.toString(Qt::ISODateWithMs)));
    // Not before the server's time.
    QCOMPARE(flush().attempted(), 0);
    QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(waiting.nextAttemptAt)) + 100);
    const FlushSummary later = flush();
    QCOMPARE(later.accepted, 2);
    QCOMPARE(m_api->count("deaths"), 1);
}

void TestOutboxSender::rejectionNeedsCorrectionWithTheServersMessage()
{
    const QueuedDeath death = queueDeath("17853842044");
    QVERIFY(m_api->addFault({{"fault", "reject"}, {"path", "/dodsfall"}}));
    QSignalSpy rejected(m_sender.get(), &OutboxSender::itemRejected);
    const FlushSummary summary = flush();
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.accepted, 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(state(death.part1), ItemState::NeedsCorrection);
    QCOMPARE(m_store->item(death.part1)->lastErrorCode, QStringLiteral("api-rejected"));
    const QByteArray message = m_store->serverMessage(death.part1).value();
    QVERIFY2(message.startsWith("The registry answered HTTP 422"), message.constData());
    QVERIFY2(message.contains("\n- "), message.constData());
    // Del 2 stays queued behind its Del 1; nothing reached the register.
    QCOMPARE(state(death.part2), ItemState::Queued);
    QCOMPARE(m_api->count("deaths"), 0);
    QCOMPARE(m_api->count("causes"), 0);

    // Resubmitted after correction (here unchanged: same key), it goes through.
    QVERIFY(m_store->enqueue(death.part1, m_store->payload(death.part1).value(), "1.0.0", {}).isOk());
    QCOMPARE(flush().accepted, 2);
    QCOMPARE(m_api->count("deaths"), 1);
}

void TestOutboxSender::forbiddenStopsTheFlushAndKeepsEverything()
{
    const QueuedDeath first = queueDeath("17853842044");
    const QueuedDeath second = queueDeath("02914542122");
    QVERIFY(m_api->addFault({{"fault", "status"}, {"status", 403}, {"path", "/dodsfall"}}));
    QSignalSpy signIn(m_sender.get(), &OutboxSender::signInRequired);
    const FlushSummary summary = flush();
    QVERIFY(summary.signInRequired);
    QCOMPARE(summary.signInError.code, QStringLiteral("api-forbidden"));
    QCOMPARE(signIn.size(), 1);
    QCOMPARE(summary.retrying, 1);
    QCOMPARE(summary.attempted(), 1);
    QCOMPARE(state(first.part1), ItemState::WaitingToRetry);
    // The flush stopped: the other notification was not tried (claimed with the first, then released: due at once,
    // no attempt counted).
    QVERIFY(state(second.part1) == ItemState::Queued || state(second.part1) == ItemState::WaitingToRetry);
    QCOMPARE(m_store->item(second.part1)->attemptCount, 0);
    QVERIFY(m_store->readyToSend().value().size() >= 1);

    QTest::qWait(100);
    const FlushSummary after = flush();
    QCOMPARE(after.accepted, 4);
    QCOMPARE(m_api->count("deaths"), 2);
    QCOMPARE(m_api->count("causes"), 2);
}

void TestOutboxSender::failingItemIsTriedOncePerFlush()
{
    const QueuedDeath first = queueDeath("17853842044");
    const QueuedDeath second = queueDeath("02914542122");
    QVERIFY(m_api->addFault({{"fault", "status"}, {"count", -1}, {"path", "/dodsfall"}}));

    const FlushSummary stopping = flush(FlushOptions {-1, true});
    QCOMPARE(stopping.retrying, 1);
    QCOMPARE(m_store->item(second.part1)->attemptCount, 0);

    QTest::qWait(100);
    const FlushSummary all = flush();
    QCOMPARE(all.retrying, 2);
    QCOMPARE(all.accepted, 0);
    // Each failing item once, however quickly it became due again.
    QCOMPARE(m_store->item(first.part1)->attemptCount, 2);
    QCOMPARE(m_store->item(second.part1)->attemptCount, 1);
    QCOMPARE(m_api->count("deaths"), 0);
}

void TestOutboxSender::maxItemsLimitsAFlush()
{
    const QueuedDeath death = queueDeath("17853842044");
    const FlushSummary one = flush(FlushOptions {1, false});
    QCOMPARE(one.accepted, 1);
    QCOMPARE(state(death.part1), ItemState::Accepted);
    QCOMPARE(state(death.part2), ItemState::Queued);
    QCOMPARE(flush().accepted, 1);
    QCOMPARE(state(death.part2), ItemState::Accepted);
}

// Issue 9 item 4: an item whose ciphertext fails authentication is never stuck silently: it moves to needs-correction
// with its own code, is counted in the summary and reported like a rejection, and the other items go on.
void TestOutboxSender::corruptedItemNeedsCorrectionAndIsCounted()
{
    const QueuedDeath damaged = queueDeath("17853842044");
    const QueuedDeath intact = queueDeath("09836242030");
    QVERIFY(damaged.part1 && intact.part1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
        db.setDatabaseName(m_store->databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QString("SELECT payload_blob FROM items WHERE id = %1").arg(damaged.part1)) && query.next());
        QByteArray blob = query.value(0).toByteArray();
        blob[blob.size() - 3] = char(blob[blob.size() - 3] ^ 0x40);
        query.prepare("UPDATE items SET payload_blob = ? WHERE id = ?");
        query.addBindValue(blob);
        query.addBindValue(damaged.part1);
        QVERIFY(query.exec());
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase("tamper");

    QSignalSpy rejected(m_sender.get(), &OutboxSender::itemRejected);
    const FlushSummary summary = flush();
    QCOMPARE(summary.unreadable, 1);
    QCOMPARE(summary.accepted, 2);
    QCOMPARE(summary.skipped, 0);
    QVERIFY(summary.storeErrors.isEmpty());
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(0).toLongLong(), damaged.part1);
    QCOMPARE(rejected.first().at(1).value<Error>().code, QString(Outbox::ContentUnreadableCode));
    const Outbox::OutboxItem item = m_store->item(damaged.part1).value();
    QCOMPARE(item.state, ItemState::NeedsCorrection);
    QVERIFY(item.isContentUnreadable());
    QVERIFY(!item.lastErrorMessage.isEmpty());
    QCOMPARE(state(damaged.part2), ItemState::Queued); // behind its Del 1
    QCOMPARE(m_api->count("deaths"), 1);

    // Retrying it says why it cannot go, instead of doing nothing.
    QCOMPARE(m_store->retryNow(damaged.part1).error().code, QString(Outbox::ContentUnreadableCode));
    const FlushSummary again = flush();
    QCOMPARE(again.attempted() + again.unreadable, 0);
}

// Issue 9 item 5: a 413 answered before the upload ends, the connection closed at once, is a content refusal
// (needs correction), never a network error re-uploaded forever; a body too large for any registry is not sent.
void TestOutboxSender::tooLargeNeedsCorrectionEvenWhenTheServerCloses()
{
    const QueuedDeath death = queueDeath("17853842044");
    QVERIFY(death.part1);
    QVERIFY(m_api->addFault({{"fault", "too-large-close"}, {"path", "/dodsfall"}, {"count", -1}}));
    QSignalSpy rejected(m_sender.get(), &OutboxSender::itemRejected);
    const FlushSummary summary = flush();
    QCOMPARE(summary.retrying, 0);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(rejected.size(), 1);
    const Outbox::OutboxItem item = m_store->item(death.part1).value();
    QCOMPARE(item.state, ItemState::NeedsCorrection);
    QCOMPARE(item.lastErrorCode, QStringLiteral("api-too-large"));
    QVERIFY(item.lastErrorMessage.contains("too large"));
    QCOMPARE(m_api->count("deaths"), 0);

    // 24 MB: the server would close during the upload (a network error to the client); it is never sent.
    QList<SubmissionDocument> documents = ApiHarness::death("09836242030");
    QCOMPARE(documents.size(), 2);
    SubmissionDocument big = documents.at(0);
    QJsonObject role = big.practitionerRole;
    role.insert("location", QJsonArray {QJsonObject {{"display", QString(24 * 1024 * 1024, u'x')}}});
    big.practitionerRole = role;
    const qint64 id = m_store->createDraft(big.kind, "draft").value();
    QVERIFY(m_store->enqueue(id, big.toJson(), "1.0.0", {}).isOk());
    const FlushSummary oversize = flush();
    QCOMPARE(oversize.retrying, 0);
    QCOMPARE(oversize.rejected, 1);
    QCOMPARE(m_store->item(id)->state, ItemState::NeedsCorrection);
    QCOMPARE(m_store->item(id)->lastErrorCode, QStringLiteral("api-too-large"));
    QCOMPARE(m_api->count("deaths"), 0);
}

void TestOutboxSender::secondFlushWhileOneRunsIsRefused()
{
    queueDeath("17853842044");
    std::optional<FlushSummary> first;
    std::optional<FlushSummary> second;
    m_sender->flush([&first](const FlushSummary& summary) { first = summary; });
    QVERIFY(m_sender->isFlushing());
    m_sender->flush([&second](const FlushSummary& summary) { second = summary; });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value() && second.has_value(), 30000);
    QCOMPARE(second->storeErrors.size(), 1);
    QCOMPARE(second->storeErrors.first().code, QStringLiteral("api-flush-running"));
    QCOMPARE(second->attempted(), 0);
    QCOMPARE(first->accepted, 2);
    QVERIFY(!m_sender->isFlushing());
}

// Issue 10 item 1: a flush can be cancelled (sign-out, quit). The request in flight is answered and recorded; the
// items claimed with it but not sent are released (due again, no attempt counted); none is left in Sending.
void TestOutboxSender::cancelStopsAfterTheRequestInFlight()
{
    const QStringList persons {"17853842044", "02914542122", "09836242030", "31925142150"};
    QList<QueuedDeath> deaths;
    for (const QString& person : persons)
        deaths.append(queueDeath(person));
    QCOMPARE(deaths.size(), 4);
    // The first request is slow, so the cancel surely comes while it is on the wire.
    QVERIFY(m_sandbox.admin("api/faults", {{"fault", "delay"}, {"delayMs", 800}, {"count", 1}}).ok());
    QList<qint64> started;
    connect(m_sender.get(), &OutboxSender::itemStarted, this, [&](qint64 id) {
        started.append(id);
        if (started.size() == 1) {
            m_sender->cancel();
            // Released at once: only the item on the wire is still claimed.
            int sending = 0;
            for (const QueuedDeath& death : std::as_const(deaths))
                sending += (state(death.part1) == ItemState::Sending) + (state(death.part2) == ItemState::Sending);
            QCOMPARE(sending, 1);
        }
    });
    const FlushSummary cancelled = flush();
    QVERIFY2(cancelled.storeErrors.isEmpty(), qPrintable(cancelled.storeErrors.value(0).message));
    QCOMPARE(started.size(), 1);
    QCOMPARE(cancelled.accepted, 1);
    QCOMPARE(cancelled.attempted(), 1);
    QVERIFY(!m_sender->isFlushing());
    int accepted = 0;
    for (const QueuedDeath& death : std::as_const(deaths)) {
        for (qint64 id : {death.part1, death.part2}) {
            const Outbox::OutboxItem item = m_store->item(id).value();
            QVERIFY2(item.state != ItemState::Sending, qPrintable(QString::number(id)));
            if (item.state == ItemState::Accepted)
                ++accepted;
            else
                QCOMPARE(item.attemptCount, 0); // released, not counted as tried
        }
    }
    QCOMPARE(accepted, 1);
    m_sender->cancel(); // no flush running: nothing happens

    // The next flush sends the rest.
    disconnect(m_sender.get(), &OutboxSender::itemStarted, this, nullptr);
    const FlushSummary rest = flush();
    QCOMPARE(rest.accepted, 7);
    QCOMPARE(rest.retrying, 0);
}

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "TestOutboxSender.moc"
