#include "core/api/OutboxSender.h"
#include "core/auth/HelseIdClient.h"
#include "core/config/Environment.h"
#include "core/outbox/OutboxStore.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/session/Drafts.h"
#include "core/session/DeathNotificationService.h"
#include "core/session/BirthNotificationService.h"
#include "core/session/NotificationCheck.h"
#include "core/session/OutboxFlush.h"
#include "core/session/OutboxModel.h"
#include "core/session/OutboxWatcher.h"
#include "core/session/PersonLookup.h"
#include "core/session/Session.h"
#include "support/DeathNotificationFixture.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Meldeklient;
using Meldeklient::Session::DeathNotificationService;
using Meldeklient::Session::SignInFailure;
using Meldeklient::Test::DeathNotificationFixture;
using Meldeklient::Test::SandboxProcess;
using SessionState = Meldeklient::Session::Session::State;

// The application layer the window and meldeklient-cli share, against the sandbox (provider + national API) and the
// real keychain: sign-in, restore, sign-out with typed failures; the outbox of the signed-in person only; lookup,
// queue (one transaction, duplicates confirmed), drafts, flush and withdraw.
class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signInRestoreAndSignOut();
    void signInFailuresAreTyped_data();
    void signInFailuresAreTyped();
    void eachPersonGetsOnlyTheirOwnOutbox();
    void lookupAnswersAsynchronously();
    void queueNeedsEachWarningConfirmedAndRefusesDuplicates();
    void draftsAutosaveAndBecomeTheQueuedDeath();
    void draftsOfBothKindsAreTypedAndOpenOnlyOnTheirOwnPath();
    void flushSendsAndWithdrawOnlyOnce();
    void oneFlushAtATimeForEveryService();
    void withdrawAfterALostAnswerResendsFirst();
    void refusedSignInDuringAFlushMeansSignInAgain();
    void restoreWithoutTheProviderIsOffline();

private:
    Config::Environment environment() const;
    std::unique_ptr<Meldeklient::Session::Session> makeSession();
    bool signIn(Meldeklient::Session::Session& session, const Auth::SignInOptions& options = {});
    QByteArray bundle(const QString& fnr) const;
    DeathNotificationService::WithdrawResult withdraw(DeathNotificationService& service, qint64 id,
        const QString& reason);
    Api::FlushSummary flush(DeathNotificationService& service);
    // Queues one notification for `fnr` with every warning confirmed.
    DeathNotificationService::QueueResult queueOne(DeathNotificationService& service, const QString& fnr);
    // Queues the notification for 17853842044 written in draft `draftId`, every warning confirmed.
    DeathNotificationService::QueueResult queueFromDraft(DeathNotificationService& service, qint64 draftId);

    SandboxProcess m_sandbox;
    QTemporaryDir m_data;
    QString m_clientId;
    std::optional<Questionnaire::Questionnaire> m_form;
    std::unique_ptr<Meldeklient::Session::NotificationCheck> m_check;
};

Config::Environment TestSession::environment() const
{
    Config::Environment environment = Config::Environment::sandbox();
    environment.issuer = m_sandbox.issuer().toString();
    environment.clientId = m_clientId;
    return environment;
}

std::unique_ptr<Meldeklient::Session::Session> TestSession::makeSession()
{
    return std::make_unique<Meldeklient::Session::Session>(environment());
}

bool TestSession::signIn(Meldeklient::Session::Session& session, const Auth::SignInOptions& options)
{
    QSignalSpy changed(&session, &Meldeklient::Session::Session::stateChanged);
    session.signIn(options);
    if (session.state() != SessionState::SigningIn)
        return false;
    return QTest::qWaitFor([&] { return session.state() != SessionState::SigningIn; }, 30000)
        && session.state() == SessionState::Ready;
}

QByteArray TestSession::bundle(const QString& fnr) const
{
    return QJsonDocument(DeathNotificationFixture::natural(*m_form).bundle(
                             DeathNotificationFixture::residentPatient(fnr, "2026-11-20T03:10:00+01:00")))
        .toJson();
}

DeathNotificationService::WithdrawResult TestSession::withdraw(DeathNotificationService& service, qint64 id,
    const QString& reason)
{
    QSignalSpy finished(&service, &DeathNotificationService::withdrawFinished);
    service.withdraw(id, reason);
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<DeathNotificationService::WithdrawResult>();
}

DeathNotificationService::QueueResult TestSession::queueOne(DeathNotificationService& service, const QString& fnr)
{
    DeathNotificationService::QueueRequest request;
    request.bundle = bundle(fnr);
    request.confirmAllWarnings = true;
    return service.queue(request);
}

Api::FlushSummary TestSession::flush(DeathNotificationService& service)
{
    QSignalSpy finished(&service, &DeathNotificationService::flushFinished);
    service.flush();
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<Api::FlushSummary>();
}

void TestSession::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    QVERIFY(m_data.isValid());
    qputenv("MELDEKLIENT_DATA_DIR", m_data.path().toUtf8());
    m_clientId = "meldeklient-session-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto form = Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QVERIFY(form);
    m_form = form.value();
    auto check = Meldeklient::Session::NotificationCheck::create(environment());
    QVERIFY(check);
    m_check = std::move(check).value();
    MELDEKLIENT_START_SANDBOX(m_sandbox);
}

void TestSession::init()
{
    // A fresh data folder, so each test meets empty outboxes.
    qputenv("MELDEKLIENT_DATA_DIR", m_data.filePath(QString::fromLatin1(QTest::currentTestFunction())).toUtf8());
    QCOMPARE(m_sandbox.admin("api/reset").status, 200);
    QCOMPARE(m_sandbox.admin("reset").status, 200);
}

void TestSession::cleanup()
{
    // Nobody stays signed in from one test to the next.
    auto session = makeSession();
    session->signOut();
}

void TestSession::signInRestoreAndSignOut()
{
    auto session = makeSession();
    QCOMPARE(session->state(), SessionState::SignedOut);
    QVERIFY(!session->outbox());
    QSignalSpy states(session.get(), &Meldeklient::Session::Session::stateChanged);
    QVERIFY(signIn(*session));
    QCOMPARE(states.first().first().value<SessionState>(), SessionState::SigningIn);
    QCOMPARE(states.last().first().value<SessionState>(), SessionState::Ready);
    QVERIFY(session->user());
    QCOMPARE(session->user()->hprNumber, QString("565505933"));
    QVERIFY(session->user()->securityLevel >= 3);
    QVERIFY(session->rememberedAcrossRestarts());
    QVERIFY(session->outbox());
    QVERIFY(session->outboxWatcher());
    QVERIFY(session->api());
    QVERIFY(session->sender());
    const QString outboxPath = session->outbox()->databasePath();
    session.reset();

    // The next start: restored from the keychain, the same person's outbox.
    auto restored = makeSession();
    restored->restore();
    QTRY_VERIFY_WITH_TIMEOUT(restored->state() != SessionState::SigningIn, 30000);
    QCOMPARE(restored->state(), SessionState::Ready);
    QCOMPARE(restored->user()->hprNumber, QString("565505933"));
    QCOMPARE(restored->outbox()->databasePath(), outboxPath);

    QSignalSpy finished(restored.get(), &Meldeklient::Session::Session::signOutFinished);
    restored->signOut();
    QCOMPARE(restored->state(), SessionState::SignedOut);
    QVERIFY(!restored->outbox());
    QVERIFY(!restored->api());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000); // may already have come inside signOut()
    restored.reset();

    auto afterSignOut = makeSession();
    QSignalSpy failed(afterSignOut.get(), &Meldeklient::Session::Session::signInFailed);
    afterSignOut->restore();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<SignInFailure>(), SignInFailure::NotSignedIn);
    QCOMPARE(afterSignOut->state(), SessionState::SignedOut);
}

void TestSession::signInFailuresAreTyped_data()
{
    QTest::addColumn<QString>("pid");
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("cancel");
    QTest::addColumn<SignInFailure>("reason");
    QTest::newRow("security level 2") << QString() << "2" << false << SignInFailure::SecurityLevelTooLow;
    QTest::newRow("no HPR number") << "07826694070" << QString() << false << SignInFailure::NoHprNumber;
    QTest::newRow("cancelled") << QString() << QString() << true << SignInFailure::Cancelled;
}

void TestSession::signInFailuresAreTyped()
{
    QFETCH(QString, pid);
    QFETCH(QString, level);
    QFETCH(bool, cancel);
    QFETCH(SignInFailure, reason);
    auto session = makeSession();
    QSignalSpy failed(session.get(), &Meldeklient::Session::Session::signInFailed);
    Auth::SignInOptions options;
    options.testPid = pid;
    options.testSecurityLevel = level;
    session->signIn(options);
    if (cancel)
        session->cancelSignIn();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QCOMPARE(failed.first().at(1).value<SignInFailure>(), reason);
    QCOMPARE(session->state(), SessionState::SignedOut);
    QVERIFY(!session->outbox());
    QVERIFY(!session->user());
}

void TestSession::eachPersonGetsOnlyTheirOwnOutbox()
{
    auto session = makeSession();
    QVERIFY(signIn(*session));
    const QString first = session->outbox()->databasePath();
    Meldeklient::Session::Drafts drafts(*session);
    QVERIFY(drafts.create(Meldeklient::Session::DraftKind::Death, "{\"page\":1}"));
    QCOMPARE(drafts.list()->size(), 1);

    // Another physician signs in on the same computer: their outbox, not the first one's.
    QSignalSpy outboxChanged(session.get(), &Meldeklient::Session::Session::outboxChanged);
    QSignalSpy signedOut(session.get(), &Meldeklient::Session::Session::signOutFinished);
    session->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 15000);
    QVERIFY(!session->outbox());
    Auth::SignInOptions other;
    other.testPid = "21925544083";
    QVERIFY(signIn(*session, other));
    QCOMPARE(session->user()->hprNumber, QString("431001234"));
    QVERIFY(session->outbox());
    QVERIFY(session->outbox()->databasePath() != first);
    QVERIFY(outboxChanged.size() >= 1);
    QCOMPARE(drafts.list()->size(), 0);
}

void TestSession::lookupAnswersAsynchronously()
{
    auto session = makeSession();
    Meldeklient::Session::PersonLookup lookup(*session);
    QList<Result<Api::RegistryPerson>> answers;
    connect(&lookup, &Meldeklient::Session::PersonLookup::finished, this,
        [&answers](const Result<Api::RegistryPerson>& answer) { answers.append(answer); });
    lookup.lookup("17853842044");
    QCOMPARE(answers.size(), 0); // never inside the call
    QTRY_COMPARE(answers.size(), 1);
    QCOMPARE(answers.first().error().code, QString("session-not-ready"));

    QVERIFY(signIn(*session));
    answers.clear();
    lookup.lookup("178538 42044");
    QVERIFY(lookup.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 30000);
    QVERIFY(answers.first());
    QCOMPARE(answers.first()->familyName, QString("Prøveland"));
    QVERIFY(!lookup.isRunning());

    // A newer lookup drops the older one's answer.
    answers.clear();
    lookup.lookup("17853842044");
    lookup.lookup("17853842125");
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 30000);
    QTest::qWait(500);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().error().code, QString("person-not-found"));

    answers.clear();
    lookup.lookup("12345678901");
    QTRY_COMPARE(answers.size(), 1);
    QCOMPARE(answers.first().error().code, QString("person-number-invalid"));
}

void TestSession::queueNeedsEachWarningConfirmedAndRefusesDuplicates()
{
    auto session = makeSession();
    QVERIFY(signIn(*session));
    DeathNotificationService service(*session, m_check.get());

    DeathNotificationService::QueueRequest request;
    request.bundle = bundle("17853842044");
    const auto unconfirmed = service.queue(request);
    QCOMPARE(unconfirmed.outcome, DeathNotificationService::QueueOutcome::WarningsNotConfirmed);
    QVERIFY(!unconfirmed.issues.isEmpty());
    QCOMPARE(session->outbox()->items()->size(), 0);

    // All but one confirmed: still refused, with the one left.
    for (const auto& issue : unconfirmed.issues)
        request.confirmedWarnings.append(DeathNotificationService::warningKey(issue));
    const QString last = request.confirmedWarnings.takeLast();
    const auto partly = service.queue(request);
    QCOMPARE(partly.outcome, DeathNotificationService::QueueOutcome::WarningsNotConfirmed);
    QCOMPARE(partly.issues.size(), 1);
    request.confirmedWarnings.append(last);

    Meldeklient::Session::OutboxModel model;
    model.setSession(session.get());
    const auto queued = service.queue(request);
    QCOMPARE(queued.outcome, DeathNotificationService::QueueOutcome::Queued);
    QVERIFY(queued.part1 > 0 && queued.part2 > 0);
    const auto part2 = session->outbox()->item(queued.part2);
    QCOMPARE(part2->state, Outbox::ItemState::Queued);
    QCOMPARE(part2->parentId, std::optional<qint64>(queued.part1));
    QTRY_COMPARE(model.rowCount(), 2); // the model follows the store's change signal
    // The confirmations are kept with the notification (encrypted).
    const QJsonObject record = QJsonDocument::fromJson(session->outbox()->draftContent(queued.part2).value()).object();
    QCOMPARE(record.value("confirmedWarnings").toArray().size(), unconfirmed.issues.size());

    // The same person again: a duplicate the physician must confirm.
    const auto again = service.queue(request);
    QCOMPARE(again.outcome, DeathNotificationService::QueueOutcome::Duplicate);
    QCOMPARE(again.duplicates, QList<qint64> {queued.part1});
    QCOMPARE(session->outbox()->items()->size(), 2);
    // Another person is not a duplicate.
    request.bundle = bundle("09836242030");
    QCOMPARE(service.queue(request).outcome, DeathNotificationService::QueueOutcome::Queued);
    // Confirmed: queued.
    request.bundle = bundle("17853842044");
    request.allowDuplicate = true;
    QCOMPARE(service.queue(request).outcome, DeathNotificationService::QueueOutcome::Queued);
    // The identifier is not stored in plain text anywhere in the outbox file.
    QFile file(session->outbox()->databasePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("17853842044"));
}

DeathNotificationService::QueueResult TestSession::queueFromDraft(DeathNotificationService& service, qint64 draftId)
{
    DeathNotificationService::QueueRequest request;
    request.bundle = bundle("17853842044");
    request.confirmAllWarnings = true;
    request.fromDraft = draftId;
    return service.queue(request);
}

void TestSession::draftsAutosaveAndBecomeTheQueuedDeath()
{
    auto session = makeSession();
    QVERIFY(signIn(*session));
    Meldeklient::Session::Drafts drafts(*session);
    const auto id = drafts.create(Meldeklient::Session::DraftKind::Death, R"({"page":"identify","field":"fnr"})");
    QVERIFY(id);
    QVERIFY(drafts.save(id.value(), R"({"page":"causes","field":"a-code"})"));
    QCOMPARE(drafts.list()->size(), 1);
    QCOMPARE(drafts.load(id.value()).value(), QByteArray(R"({"page":"causes","field":"a-code"})"));

    DeathNotificationService service(*session, m_check.get());
    const auto queued = queueFromDraft(service, id.value());
    QCOMPARE(queued.outcome, DeathNotificationService::QueueOutcome::Queued);
    QCOMPARE(queued.part1, id.value());
    QCOMPARE(drafts.list()->size(), 0);
    QCOMPARE(drafts.load(id.value()).error().code, QString("draft-not-found"));

    const auto other = drafts.create(Meldeklient::Session::DraftKind::Death, "{}");
    QVERIFY(drafts.discard(other.value()));
    QCOMPARE(drafts.list()->size(), 0);
    QCOMPARE(session->outbox()->item(other.value())->state, Outbox::ItemState::Cancelled);
}

void TestSession::draftsOfBothKindsAreTypedAndOpenOnlyOnTheirOwnPath()
{
    using Meldeklient::Session::DraftKind;
    auto session = makeSession();
    QVERIFY(signIn(*session));
    Meldeklient::Session::Drafts drafts(*session);
    const auto earlier = drafts.list().value();
    for (const auto& left : earlier)
        QVERIFY(drafts.discard(left.id));
    const auto death = drafts.create(DraftKind::Death, R"({"page":"identify"})");
    const auto birth = drafts.create(DraftKind::Birth, R"({"step":"entry"})");
    QVERIFY(death && birth);
    QCOMPARE(session->outbox()->item(birth.value())->kind, std::optional(Outbox::ItemKind::Birth));

    // Both listed, each with its kind (newest change first).
    QVERIFY(drafts.save(death.value(), R"({"page":"causes"})"));
    const auto listed = drafts.list();
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).id, death.value());
    QCOMPARE(listed->at(0).kind, DraftKind::Death);
    QCOMPARE(listed->at(1).id, birth.value());
    QCOMPARE(listed->at(1).kind, DraftKind::Birth);
    QCOMPARE(drafts.kind(birth.value()).value(), DraftKind::Birth);
    QCOMPARE(drafts.kind(death.value()).value(), DraftKind::Death);

    // Each screen opens only its own kind.
    QCOMPARE(drafts.load(birth.value(), DraftKind::Birth).value(), QByteArray(R"({"step":"entry"})"));
    QCOMPARE(drafts.load(birth.value(), DraftKind::Death).error().code, QString("draft-other-kind"));
    QCOMPARE(drafts.load(death.value(), DraftKind::Birth).error().code, QString("draft-other-kind"));

    // The death path does not take a birth draft: nothing queued, the birth draft stays.
    DeathNotificationService service(*session, m_check.get());
    const auto refused = queueFromDraft(service, birth.value());
    QCOMPARE(refused.outcome, DeathNotificationService::QueueOutcome::Failed);
    QCOMPARE(refused.error.code, QString("outbox-not-a-draft"));
    QCOMPARE(drafts.list()->size(), 2);
    QCOMPARE(session->outbox()->items()->size(), 2);

    // A queued item is no draft of either kind.
    const auto queued = queueFromDraft(service, death.value());
    QCOMPARE(queued.outcome, DeathNotificationService::QueueOutcome::Queued);
    QCOMPARE(drafts.kind(death.value()).error().code, QString("draft-not-found"));
    QCOMPARE(drafts.save(death.value(), "{}").error().code, QString("draft-not-found"));
    QCOMPARE(drafts.list()->size(), 1);
    QVERIFY(drafts.discard(birth.value()));
    QCOMPARE(drafts.list()->size(), 0);
}

void TestSession::flushSendsAndWithdrawOnlyOnce()
{
    auto session = makeSession();
    QVERIFY(signIn(*session));
    DeathNotificationService service(*session, m_check.get());
    const auto queued = queueOne(service, "17853842044");
    QCOMPARE(queued.outcome, DeathNotificationService::QueueOutcome::Queued);

    QSignalSpy accepted(&service, &DeathNotificationService::itemAccepted);
    const Api::FlushSummary sent = flush(service);
    QCOMPARE(sent.accepted, 2);
    QCOMPARE(accepted.size(), 2);

    QCOMPARE(withdraw(service, queued.part1, "   ").error.code, QString("withdraw-reason-missing"));
    QCOMPARE(withdraw(service, queued.part1, QString(DeathNotificationService::MaxReasonLength + 1, 'x')).error.code,
        QString("withdraw-reason-too-long"));
    const auto first = withdraw(service, queued.part1, "Feil person");
    QCOMPARE(first.outcome, DeathNotificationService::WithdrawOutcome::WithdrawalQueued);
    QVERIFY(first.withdrawalId > 0);
    // Issue 9 item 18: a second withdrawal of the same death queues nothing.
    const auto second = withdraw(service, queued.part1, "Feil person");
    QCOMPARE(second.outcome, DeathNotificationService::WithdrawOutcome::AlreadyWithdrawn);
    QCOMPARE(second.withdrawalId, first.withdrawalId);
    QCOMPARE(flush(service).accepted, 1);
    QCOMPARE(m_sandbox.get("/_sandbox/api/records").body.value("voids").toArray().size(), 1);
}

// Sending has one owner (Session::outboxFlush()): while the death service's flush runs, the birth service sees it
// running too; a second flush asked for meanwhile is refused to its caller alone, and the running flush ends once,
// for the service that started it.
void TestSession::oneFlushAtATimeForEveryService()
{
    auto session = makeSession();
    QVERIFY(signIn(*session));
    DeathNotificationService service(*session, m_check.get());
    QCOMPARE(queueOne(service, "17853842044").outcome, DeathNotificationService::QueueOutcome::Queued);
    QVERIFY(m_sandbox.admin("api/faults", {{"fault", "delay"}, {"delayMs", 800}, {"path", "/dodsfall"}, {"count", 1}})
                .ok());
    Meldeklient::Session::BirthNotificationService& births = *session->births();
    QSignalSpy deathFinished(&service, &DeathNotificationService::flushFinished);
    QSignalSpy birthFinished(&births, &Meldeklient::Session::BirthNotificationService::flushFinished);
    QSignalSpy everyFlush(&session->outboxFlush(), &Meldeklient::Session::OutboxFlush::finished);
    service.flush();
    QVERIFY(service.isFlushing());
    QVERIFY(births.isFlushing());

    births.flush();
    QVERIFY(birthFinished.wait(5000));
    const auto refused = birthFinished.first().first().value<Api::FlushSummary>();
    QCOMPARE(refused.storeErrors.size(), 1);
    QCOMPARE(refused.storeErrors.first().code, QString("api-flush-running"));
    QCOMPARE(deathFinished.size(), 0);
    QCOMPARE(everyFlush.size(), 0);

    QVERIFY(deathFinished.wait(60000));
    QCOMPARE(deathFinished.first().first().value<Api::FlushSummary>().accepted, 2);
    QCOMPARE(everyFlush.size(), 1);
    QCOMPARE(birthFinished.size(), 1);
    QVERIFY(!service.isFlushing());
    QVERIFY(!births.isFlushing());
}

void TestSession::withdrawAfterALostAnswerResendsFirst()
{
    auto session = makeSession();
    QVERIFY(signIn(*session));
    DeathNotificationService service(*session, m_check.get());
    const auto queued = queueOne(service, "17853842044");

    // The registry registers the death but its answer is lost: the item waits to retry.
    // Twice: Qt itself resends a request once when a reused connection closes without an answer.
    QVERIFY(m_sandbox.admin("api/faults", {{"fault", "drop-after-commit"}, {"path", "/dodsfall"}, {"count", 2}}).ok());
    const Api::FlushSummary lost = flush(service);
    QCOMPARE(lost.retrying, 1);
    QCOMPARE(session->outbox()->item(queued.part1)->state, Outbox::ItemState::WaitingToRetry);
    QVERIFY(m_sandbox.adminDelete("api/faults").ok());
    QCOMPARE(m_sandbox.get("/_sandbox/api/records").body.value("deaths").toArray().size(), 1); // it did arrive

    // Issue 9 item 2: never "cancelled, never sent"; asked again with the same key, then withdrawn.
    const auto result = withdraw(service, queued.part1, "Feil person");
    QCOMPARE(result.outcome, DeathNotificationService::WithdrawOutcome::WithdrawalQueued);
    QVERIFY(result.wasAttempted);
    QCOMPARE(session->outbox()->item(queued.part1)->state, Outbox::ItemState::Accepted);
    QCOMPARE(flush(service).accepted, 2); // the withdrawal and Del 2 (blocked until Del 1 was accepted)
    const QJsonObject records = m_sandbox.get("/_sandbox/api/records").body;
    QCOMPARE(records.value("deaths").toArray().size(), 1); // the resend returned the original receipt
    QCOMPARE(records.value("voids").toArray().size(), 1);
}

void TestSession::refusedSignInDuringAFlushMeansSignInAgain()
{
    auto session = makeSession();
    QVERIFY(signIn(*session));
    DeathNotificationService service(*session, m_check.get());
    const auto queued = queueOne(service, "17853842044");
    // The registry says the token has expired (twice: the client refreshes once and tries again).
    QVERIFY(m_sandbox.admin("api/faults", {{"fault", "expired-token"}, {"count", 2}}).ok());
    const Api::FlushSummary refused = flush(service);
    QVERIFY(refused.signInRequired);
    QTRY_COMPARE(session->state(), SessionState::MustSignInAgain);
    QVERIFY(session->outbox()); // nothing is lost
    QCOMPARE(session->outbox()->item(queued.part1)->state, Outbox::ItemState::WaitingToRetry);

    QVERIFY(signIn(*session));
    QCOMPARE(flush(service).accepted, 2);
}

void TestSession::restoreWithoutTheProviderIsOffline()
{
    {
        auto session = makeSession();
        QVERIFY(signIn(*session));
    }
    const Config::Environment sandbox = environment(); // the issuer the stored session belongs to
    m_sandbox.stop();
    auto session = std::make_unique<Meldeklient::Session::Session>(sandbox);
    QSignalSpy failed(session.get(), &Meldeklient::Session::Session::signInFailed);
    session->restore();
    QTRY_VERIFY_WITH_TIMEOUT(session->state() != SessionState::SigningIn, 30000);
    QCOMPARE(session->state(), SessionState::Offline);
    QCOMPARE(failed.first().at(1).value<SignInFailure>(), SignInFailure::ProviderUnreachable);
    QVERIFY(session->outbox()); // what the physician queued is there, and more can be queued
    QVERIFY(!session->api());
    QVERIFY(m_sandbox.start());
}

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
