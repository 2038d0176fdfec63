// Births through the client's own transport (issue 12 item 4): BirthNotificationService queues each child's
// foedselsmelding in the outbox, the session's sender POSTs it over mutual TLS with the organisation certificate
// (PKCS#12 file, password in the real keychain) to the sandbox's Folkeregisteret, and the DecisionFeedPoller reads
// the decisions from the feed. Every "Done when" case ends Registered with a number for each live-born child and none
// for a stillborn one, exactly once in the sandbox; fault switches end in the right states; a missing or wrong
// certificate is a clear error that keeps the birth waiting.
#include "core/api/DecisionFeedPoller.h"
#include "core/api/FolkeregisteretClient.h"
#include "core/api/OrganisationCertificate.h"
#include "core/api/OutboxSender.h"
#include "core/birth/BirthNotificationValidator.h"
#include "core/config/Environment.h"
#include "core/identity/PersonNumber.h"
#include "core/outbox/OutboxStore.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"
#include "core/session/BirthNotificationService.h"
#include "core/session/Drafts.h"
#include "core/session/Session.h"
#include "support/BirthNotificationFixture.h"
#include "support/BirthQueue.h"
#include "support/ReferenceData.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QStandardPaths>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Meldeklient;
using Meldeklient::Outbox::ItemState;
using Meldeklient::Session::BirthChildStatus;
using Meldeklient::Session::BirthNotificationService;
using Meldeklient::Test::BirthNotificationFixture;
using Meldeklient::Test::SandboxProcess;
using Scenario = BirthNotificationFixture::Scenario;
using SessionState = Meldeklient::Session::Session::State;

class TestBirthTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void everyScenarioIsRegisteredOnce_data();
    void everyScenarioIsRegisteredOnce();
    void serverErrorWaitsThenRegisters();
    void rejectedMessageNeedsCorrectionWithTheRegistersWords();
    void refusalsAndManualHandling_data();
    void refusalsAndManualHandling();
    void lostReceiptIsRecoveredWithTheSameReference();
    void refusedTwinIsCorrectedByOneNewMessage();
    void correctionWaitsForTheDecision();
    void birthQueuedBeforeCorrectionsHasNoStoredResponse();
    void aBirthDraftBecomesTheQueuedBirthInOneTransaction();
    // Last: it leaves the session without a usable certificate.
    void certificateProblemsAreClearAndKeepTheBirthWaiting();

private:
    Config::Environment environment() const;
    Config::FolkeregisteretSettings folkeregisteret() const;
    std::unique_ptr<Meldeklient::Session::Session> signedIn(
        std::optional<Config::FolkeregisteretSettings> settings = std::nullopt);
    QJsonObject birth(Scenario scenario) const;
    // Queues with every warning confirmed; the flush starts by itself.
    Session::QueuedBirth queue(BirthNotificationService& births, const QJsonObject& response);
    void waitForFlush(BirthNotificationService& births);
    // Reads the feed until every child has left AcceptedForProcessing (or 30 s).
    QList<BirthChildStatus> waitForDecisions(BirthNotificationService& births, const QString& birthId);
    QJsonArray sandboxMessages();
    bool addFault(const QJsonObject& fault);

    SandboxProcess m_sandbox;
    QTemporaryDir m_data;
    QString m_clientId;
    QJsonObject m_freg;
    std::optional<Questionnaire::Questionnaire> m_form;
    std::unique_ptr<Meldeklient::Session::Session> m_session;
};

Config::Environment TestBirthTransport::environment() const
{
    Config::Environment environment = Config::Environment::sandbox();
    environment.issuer = m_sandbox.issuer().toString();
    environment.clientId = m_clientId;
    return environment;
}

Config::FolkeregisteretSettings TestBirthTransport::folkeregisteret() const
{
    return Config::FolkeregisteretSettings {QUrl(m_freg.value(u"url").toString()),
        m_freg.value(u"clientP12File").toString(), m_freg.value(u"caFile").toString()};
}

std::unique_ptr<Meldeklient::Session::Session> TestBirthTransport::signedIn(
    std::optional<Config::FolkeregisteretSettings> settings)
{
    Meldeklient::Session::SessionOptions options;
    options.folkeregisteret = settings ? *settings : folkeregisteret();
    options.requestTimeoutMs = 5000;
    auto session = std::make_unique<Meldeklient::Session::Session>(environment(), options);
    session->signIn();
    if (!QTest::qWaitFor([&] { return session->state() != SessionState::SigningIn; }, 30000)
        || session->state() != SessionState::Ready)
        return nullptr;
    return session;
}

QJsonObject TestBirthTransport::birth(Scenario scenario) const
{
    const Questionnaire::QuestionnaireResponse response
        = BirthNotificationFixture::response(scenario, QDate::currentDate().addDays(-1));
    return QJsonDocument::fromJson(BirthNotificationFixture::bundleJson(*m_form, response)).object();
}

Session::QueuedBirth TestBirthTransport::queue(BirthNotificationService& births, const QJsonObject& response)
{
    const Result<Session::QueuedBirth> queued = Test::queueConfirmingWarnings(births, response);
    [&] { QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().code + u' ' + queued.error().message)); }();
    return queued ? queued.value() : Session::QueuedBirth {};
}

void TestBirthTransport::waitForFlush(BirthNotificationService& births)
{
    QVERIFY(Test::flushAndWait(births));
}

QList<BirthChildStatus> TestBirthTransport::waitForDecisions(BirthNotificationService& births, const QString& birthId)
{
    const auto pending = [&] {
        const QList<BirthChildStatus> children = births.status(birthId);
        return std::any_of(children.cbegin(), children.cend(),
            [](const BirthChildStatus& child) { return child.state == ItemState::AcceptedForProcessing; });
    };
    for (int round = 0; round < 30 && pending(); ++round) {
        QSignalSpy read(&births, &BirthNotificationService::decisionsRead);
        births.pollDecisions();
        read.wait(5000);
    }
    return births.status(birthId);
}

QJsonArray TestBirthTransport::sandboxMessages()
{
    return m_sandbox.get(QStringLiteral("/_sandbox/folkeregisteret/records")).body.value(u"messages").toArray();
}

bool TestBirthTransport::addFault(const QJsonObject& fault)
{
    return m_sandbox.admin(QStringLiteral("folkeregisteret/faults"), fault).ok();
}

void TestBirthTransport::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    QVERIFY(m_data.isValid());
    qputenv("MELDEKLIENT_DATA_DIR", m_data.path().toUtf8());
    qputenv("MELDEKLIENT_DECISION_POLL_MS", "200");
    m_clientId = "meldeklient-births-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_form = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath()).value();
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    m_freg = m_sandbox.folkeregisteret();
    QVERIFY(m_freg.value(u"url").toString().startsWith(u"https://127.0.0.1:"));
    m_session = signedIn();
    QVERIFY(m_session);
    // As IT does with `meldeklient-cli birth-certificate set-password`: checked against the file, then kept in the
    // keychain.
    QVERIFY(Api::OrganisationCertificate::storePassword(
        folkeregisteret(), m_session->secrets(), m_freg.value(u"clientP12Password").toString().toUtf8()));
}

void TestBirthTransport::init()
{
    QVERIFY(m_sandbox.adminDelete(QStringLiteral("folkeregisteret/faults")).ok());
}

void TestBirthTransport::cleanupTestCase()
{
    if (m_session)
        m_session->signOut();
    m_session.reset();
    m_sandbox.stop();
}

void TestBirthTransport::everyScenarioIsRegisteredOnce_data()
{
    QTest::addColumn<int>("scenario");
    for (Scenario scenario : BirthNotificationFixture::all())
        QTest::newRow(qPrintable(BirthNotificationFixture::name(scenario))) << static_cast<int>(scenario);
}

void TestBirthTransport::everyScenarioIsRegisteredOnce()
{
    QFETCH(int, scenario);
    const auto which = static_cast<Scenario>(scenario);
    BirthNotificationService& births = *m_session->births();
    const Session::QueuedBirth queued = queue(births, birth(which));
    QCOMPARE(queued.itemIds.size(), BirthNotificationFixture::childCount(which));
    waitForFlush(births);
    const QList<BirthChildStatus> children = waitForDecisions(births, queued.birthId);
    QCOMPARE(children.size(), BirthNotificationFixture::childCount(which));

    int numbers = 0;
    QSet<QString> references;
    for (const BirthChildStatus& child : children) {
        QCOMPARE(child.childNumber, int(references.size()) + 1);
        QCOMPARE(child.state, ItemState::Registered);
        QCOMPARE(child.folkeregisterReferanse.size(), 36);
        references.insert(child.folkeregisterReferanse);
        if (child.liveBorn) {
            const Identity::IdentifierCheck check = Identity::PersonNumber::check(child.newIdentifier);
            QVERIFY2(check.isValid() && check.type == Identity::IdentifierType::SyntheticFodselsnummer,
                qPrintable(child.newIdentifier));
            ++numbers;
        } else {
            QVERIFY2(child.newIdentifier.isEmpty(), "a stillborn child gets no number");
        }
    }
    QCOMPARE(numbers, BirthNotificationFixture::liveBornCount(which));
    QCOMPARE(references.size(), children.size());

    // Exactly once in the register: one message per child with this birth's message ids.
    int registered = 0;
    for (const QJsonValue& value : sandboxMessages()) {
        const QJsonObject message = value.toObject();
        if (message.value(u"messageId").toString().startsWith(queued.birthId)) {
            ++registered;
            QCOMPARE(message.value(u"organisationNumber").toString(), m_freg.value(u"clientOrganisationNumber").toString());
            QCOMPARE(message.value(u"decision").toString(), QStringLiteral("godkjent"));
        }
    }
    QCOMPARE(registered, children.size());

    // A resend of the frozen message (an answer lost in the real world) gets the same receipt, no second record.
    const qint64 first = queued.itemIds.constFirst();
    Outbox::SendClaim again;
    again.id = first;
    again.kind = Outbox::ItemKind::Birth;
    again.payload = m_session->outbox()->payload(first).value();
    bool answered = false;
    Api::SubmitOutcome outcome;
    m_session->folkeregisteret()->submit(again, [&](const Api::SubmitOutcome& result) {
        outcome = result;
        answered = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
    QCOMPARE(outcome.kind, Api::SubmitOutcome::Kind::AcceptedForProcessing);
    QCOMPARE(outcome.receipt.serverId, children.constFirst().folkeregisterReferanse);
    int afterResend = 0;
    for (const QJsonValue& value : sandboxMessages())
        afterResend += value.toObject().value(u"messageId").toString().startsWith(queued.birthId) ? 1 : 0;
    QCOMPARE(afterResend, children.size());
}

void TestBirthTransport::serverErrorWaitsThenRegisters()
{
    QVERIFY(addFault({{"fault", "status"}, {"status", 500}}));
    BirthNotificationService& births = *m_session->births();
    const Session::QueuedBirth queued = queue(births, birth(Scenario::SingleLiveBirth));
    waitForFlush(births);
    BirthChildStatus child = births.status(queued.birthId).value(0);
    QCOMPARE(child.state, ItemState::WaitingToRetry);
    QCOMPARE(m_session->outbox()->item(child.itemId)->lastErrorCode, QStringLiteral("api-unavailable"));
    QVERIFY(!child.message.isEmpty());
    QVERIFY(m_session->outbox()->retryNow(child.itemId));
    waitForFlush(births);
    child = waitForDecisions(births, queued.birthId).value(0);
    QCOMPARE(child.state, ItemState::Registered);
    QVERIFY(!child.newIdentifier.isEmpty());
}

void TestBirthTransport::rejectedMessageNeedsCorrectionWithTheRegistersWords()
{
    QVERIFY(addFault({{"fault", "status"}, {"status", 422}}));
    BirthNotificationService& births = *m_session->births();
    const Session::QueuedBirth queued = queue(births, birth(Scenario::SingleLiveBirth));
    waitForFlush(births);
    const BirthChildStatus child = births.status(queued.birthId).value(0);
    QCOMPARE(child.state, ItemState::NeedsCorrection);
    QCOMPARE(m_session->outbox()->item(child.itemId)->lastErrorCode, QStringLiteral("api-rejected"));
    // The register's feilkode from <folkeregisterFeilmelding>, read by the one error parser.
    QVERIFY2(child.message.contains(u"midlertidig-feil"), qPrintable(child.message));
}

void TestBirthTransport::refusalsAndManualHandling_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("wording");
    QTest::newRow("avslaatt") << "refused" << int(ItemState::Refused) << "avslaatt";
    QTest::newRow("avvist") << "rejected" << int(ItemState::Refused) << "avvist";
    QTest::newRow("manual") << "manual" << int(ItemState::AcceptedForProcessing) << "manuelt";
}

void TestBirthTransport::refusalsAndManualHandling()
{
    QFETCH(QString, fault);
    QFETCH(int, state);
    QFETCH(QString, wording);
    QVERIFY(addFault({{"fault", fault}}));
    BirthNotificationService& births = *m_session->births();
    QSignalSpy changed(&births, &BirthNotificationService::birthChanged);
    const Session::QueuedBirth queued = queue(births, birth(Scenario::SingleLiveBirth));
    waitForFlush(births);
    // Manual handling stays AcceptedForProcessing: wait for its note instead of a new state.
    QVERIFY(QTest::qWaitFor([&] {
        const BirthChildStatus now = births.status(queued.birthId).value(0);
        if (now.state == ItemState::AcceptedForProcessing && now.message.isEmpty()) {
            births.pollDecisions();
            return false;
        }
        return true;
    }, 20000));
    // The screen hears of the decision (birthChanged with this birth's id).
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
        [&](const QList<QVariant>& arguments) { return arguments.value(0).toString() == queued.birthId; }));
    const BirthChildStatus child = births.status(queued.birthId).value(0);
    QCOMPARE(int(child.state), state);
    QVERIFY(child.newIdentifier.isEmpty());
    QVERIFY2(child.message.contains(wording) || child.message.contains(u"Sandkasse"), qPrintable(child.message));
    // Read again: nothing changes (each event once).
    const Outbox::OutboxItem before = m_session->outbox()->item(child.itemId).value();
    QCOMPARE(m_session->outbox()->recordDecisions(QStringLiteral("HendelserISakOmFolkeregistrering"),
        {m_session->outbox()->decision(child.itemId).value().value()}, {1, {}})->repeated, 1);
    QCOMPARE(m_session->outbox()->item(child.itemId)->updatedAt, before.updatedAt);
    if (child.state == ItemState::Refused) {
        // Editable like a rejection, so the midwife can send a correction.
        QVERIFY(m_session->outbox()->saveDraft(child.itemId, "{\"edited\": true}"));
    }
}

void TestBirthTransport::lostReceiptIsRecoveredWithTheSameReference()
{
    // The register commits, the answer is lost; the feed may bring the decision before the resend.
    QVERIFY(addFault({{"fault", "drop-after-commit"}}));
    BirthNotificationService& births = *m_session->births();
    const Session::QueuedBirth queued = queue(births, birth(Scenario::SingleLiveBirth));
    waitForFlush(births);
    BirthChildStatus child = births.status(queued.birthId).value(0);
    // Qt may resend by itself on the closed kept-alive connection (api/README "Known limits"): then the replayed
    // receipt has arrived already. Otherwise the item waits, and the feed is read before the resend.
    if (child.state == ItemState::WaitingToRetry) {
        QSignalSpy read(&births, &BirthNotificationService::decisionsRead);
        births.pollDecisions(); // the decision is kept for the item whose receipt is still to come
        QVERIFY(read.wait(10000));
        QVERIFY(m_session->outbox()->retryNow(child.itemId));
        waitForFlush(births);
    }
    child = waitForDecisions(births, queued.birthId).value(0);
    QCOMPARE(child.state, ItemState::Registered);
    QVERIFY(!child.newIdentifier.isEmpty());
    int messages = 0;
    for (const QJsonValue& value : sandboxMessages())
        messages += value.toObject().value(u"messageId").toString().startsWith(queued.birthId) ? 1 : 0;
    QCOMPARE(messages, 1);
}

void TestBirthTransport::refusedTwinIsCorrectedByOneNewMessage()
{
    QVERIFY(addFault({{"fault", "rejected"}, {"child", 2}}));
    BirthNotificationService& births = *m_session->births();
    const QJsonObject twins = birth(Scenario::Twins);
    const Session::QueuedBirth original = queue(births, twins);
    waitForFlush(births);
    const QList<BirthChildStatus> decided = waitForDecisions(births, original.birthId);
    QCOMPARE(decided.size(), 2);
    QCOMPARE(decided.at(0).state, ItemState::Registered);
    QCOMPARE(decided.at(1).state, ItemState::Refused);
    QCOMPARE(decided.at(1).correctability, Session::BirthCorrectability::Correctable);
    QCOMPARE(births.refusedChildren(original.birthId), QList<int>({2}));
    const int before = int(sandboxMessages().size());

    // What was sent is kept: the correction starts from it.
    const Result<QJsonObject> sent = births.sentResponse(original.birthId);
    QVERIFY(sent);
    QCOMPARE(sent->value(u"resourceType").toString(), QStringLiteral("QuestionnaireResponse"));

    // Refused choices: none, a child the birth does not have.
    QStringList confirmed;
    for (const Questionnaire::ValidationIssue& issue : births.check(sent.value()))
        confirmed.append(BirthNotificationService::warningId(issue));
    QCOMPARE(births.queueCorrection(original.birthId, {}, sent.value(), confirmed).error().code,
        QStringLiteral("birth-correction-no-children"));
    QCOMPARE(births.queueCorrection(original.birthId, {3}, sent.value(), confirmed).error().code,
        QStringLiteral("birth-correction-unknown-child"));

    QSignalSpy changed(&births, &BirthNotificationService::birthChanged);
    const Result<Session::QueuedBirth> correction = births.queueCorrection(original.birthId, {2}, sent.value(), confirmed);
    QVERIFY2(correction, qPrintable(correction ? QString() : correction.error().code));
    QCOMPARE(correction->itemIds.size(), 1); // exactly one new message: twin 2's
    QVERIFY(correction->birthId != original.birthId);
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
        [&](const QList<QVariant>& arguments) { return arguments.value(0).toString() == original.birthId; }));

    // The frozen message: a correction of twin 2's original message id, XSD-valid.
    const QByteArray xml = m_session->outbox()->payload(correction->itemIds.constFirst()).value();
    QVERIFY(xml.contains("<erKorrigertForespoersel>true</erKorrigertForespoersel>"));
    QVERIFY(xml.contains(QByteArray("<identifikatorForOpprinneligMelding>" + decided.at(1).messageId.toUtf8()
        + "</identifikatorForOpprinneligMelding>")));
    QVERIFY(xml.contains("<rekkefoelgenummerVedFlerfoedsel>22</rekkefoelgenummerVedFlerfoedsel>"));
    QVERIFY(xml.contains(QByteArray("<avsendersMeldingsidentifikator>" + correction->birthId.toUtf8() + "-2<")));

    // The links both ways, typed: the original's twin 2 is corrected by the new message; the new one corrects it,
    // with the original's folkeregisterReferanse kept beside its message id.
    const QList<BirthChildStatus> history = births.status(original.birthId);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).state, ItemState::Refused); // the original stays as it was
    QVERIFY(history.at(1).correctedBy.has_value());
    QCOMPARE(history.at(1).correctedBy->birthId, correction->birthId);
    QCOMPARE(history.at(1).correctedBy->itemId, correction->itemIds.constFirst());
    QCOMPARE(history.at(1).correctability, Session::BirthCorrectability::AlreadyCorrected);
    QVERIFY(!history.at(0).correctedBy.has_value());
    QCOMPARE(history.at(0).correctability, Session::BirthCorrectability::Correctable); // registered: correctable

    waitForFlush(births);
    const QList<BirthChildStatus> followed = waitForDecisions(births, correction->birthId);
    QCOMPARE(followed.size(), 1);
    QCOMPARE(followed.at(0).childNumber, 2);
    QCOMPARE(followed.at(0).state, ItemState::Registered);
    QVERIFY(Identity::PersonNumber::check(followed.at(0).newIdentifier).isValid());
    QVERIFY(followed.at(0).corrects.has_value());
    QCOMPARE(followed.at(0).corrects->messageId, decided.at(1).messageId);
    QCOMPARE(followed.at(0).corrects->folkeregisterReferanse, decided.at(1).folkeregisterReferanse);
    QCOMPARE(followed.at(0).corrects->birthId, original.birthId);
    QCOMPARE(int(sandboxMessages().size()), before + 1);

    // Twice: the original's twin 2 is corrected already (correct the correction if it is refused).
    const Result<Session::QueuedBirth> twice = births.queueCorrection(original.birthId, {2}, sent.value(), confirmed);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, QStringLiteral("birth-correction-already-corrected"));
    QVERIFY(twice.error().message.contains(u'2'));
    QCOMPARE(int(sandboxMessages().size()), before + 1);

    MELDEKLIENT_REQUIRE_REFERENCE(xsd, "folkeregisteret/Foedselsmelding_v1.1.xsd");
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint is not installed (package libxml2-utils)");
    const QString errors = Test::schemaErrors(xmllint, xsd, xml);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

void TestBirthTransport::correctionWaitsForTheDecision()
{
    // Under manual handling the child awaits its decision: no correction yet, with the reason.
    QVERIFY(addFault({{"fault", "manual"}}));
    BirthNotificationService& births = *m_session->births();
    const Session::QueuedBirth queued = queue(births, birth(Scenario::SingleLiveBirth));
    QCOMPARE(births.status(queued.birthId).value(0).correctability, Session::BirthCorrectability::AwaitingDecision);
    waitForFlush(births);
    QVERIFY(QTest::qWaitFor([&] {
        births.pollDecisions();
        return !births.status(queued.birthId).value(0).message.isEmpty();
    }, 20000));
    const BirthChildStatus child = births.status(queued.birthId).value(0);
    QCOMPARE(child.state, ItemState::AcceptedForProcessing);
    QCOMPARE(child.correctability, Session::BirthCorrectability::AwaitingDecision);
    const QJsonObject response = births.sentResponse(queued.birthId).value();
    QStringList confirmed;
    for (const Questionnaire::ValidationIssue& issue : births.check(response))
        confirmed.append(BirthNotificationService::warningId(issue));
    const Result<Session::QueuedBirth> refused = births.queueCorrection(queued.birthId, {1}, response, confirmed);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("birth-correction-awaiting-decision"));
    QVERIFY(!refused.error().message.isEmpty());
    QVERIFY(births.refusedChildren(queued.birthId).isEmpty());
}

void TestBirthTransport::birthQueuedBeforeCorrectionsHasNoStoredResponse()
{
    // A birth queued by an earlier version: its record has no "response".
    const QByteArray record = R"({"birthId":"old","childNumber":1,"liveBorn":true,"confirmedWarnings":[]})";
    const QString groupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Result<QList<qint64>> ids = m_session->outbox()->enqueueGroup(Outbox::ItemKind::Birth,
        {Outbox::OutboxStore::GroupPart {"<foedselsmelding/>", record, groupId + "-1"}}, groupId, QStringLiteral("1"),
        QString());
    QVERIFY(ids);
    QVERIFY(m_session->outbox()->cancel(ids->constFirst())); // never sent: nothing else must pick it up
    const Result<QJsonObject> sent = m_session->births()->sentResponse(groupId);
    QVERIFY(!sent);
    QCOMPARE(sent.error().code, QStringLiteral("birth-response-not-stored"));
    QVERIFY(sent.error().message.contains(u"empty form"));
    QCOMPARE(m_session->births()->sentResponse(QStringLiteral("no-such-birth")).error().code,
        QStringLiteral("birth-correction-unknown-birth"));
    QCOMPARE(m_session->births()->status(groupId).value(0).correctability, Session::BirthCorrectability::Withdrawn);
}

void TestBirthTransport::certificateProblemsAreClearAndKeepTheBirthWaiting()
{
    QTemporaryDir folder;
    QFile text(folder.filePath("not-a-p12.p12"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not PKCS#12\n");
    text.close();
    Config::FolkeregisteretSettings settings = folkeregisteret();
    SecretStore& secrets = m_session->secrets();

    struct Case {
        QString file;
        QByteArray password;
        QString code;
    };
    const QList<Case> cases = {
        {QString(), {}, QStringLiteral("birth-certificate-missing")},
        {folder.filePath("absent.p12"), {}, QStringLiteral("birth-certificate-missing")},
        {text.fileName(), "x", QStringLiteral("birth-certificate-unreadable")},
        {settings.certificateFile, "wrong password", QStringLiteral("birth-certificate-password")},
    };
    QCOMPARE(cases.size(), 4);
    for (const Case& c : cases) {
        Config::FolkeregisteretSettings broken = settings;
        broken.certificateFile = c.file;
        const Result<void> stored = Api::OrganisationCertificate::storePassword(broken, secrets, c.password);
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, c.code);
        QVERIFY2(stored.error().message.contains(u"IT"), qPrintable(stored.error().message));
    }
    // The right password is still the stored one: nothing above replaced it.
    QVERIFY(Api::OrganisationCertificate::load(settings, secrets));

    // A session whose certificate is missing keeps the birth waiting with IT's error, and sends nothing.
    m_session->signOut();
    Config::FolkeregisteretSettings missing = settings;
    missing.certificateFile = folder.filePath("absent.p12");
    m_session = signedIn(missing);
    QVERIFY(m_session);
    const int before = int(sandboxMessages().size());
    BirthNotificationService& births = *m_session->births();
    const Session::QueuedBirth queued = queue(births, birth(Scenario::SingleLiveBirth));
    waitForFlush(births);
    const BirthChildStatus child = births.status(queued.birthId).value(0);
    QCOMPARE(child.state, ItemState::WaitingToRetry);
    QCOMPARE(m_session->outbox()->item(child.itemId)->lastErrorCode, QStringLiteral("birth-certificate-missing"));
    QVERIFY(!child.message.isEmpty());
    QCOMPARE(int(sandboxMessages().size()), before);
}


namespace {
// Runs `sql` on a connection of its own to the outbox file (the fault a real disk cannot be asked for on cue).
bool execOnFile(const QString& path, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

void TestBirthTransport::aBirthDraftBecomesTheQueuedBirthInOneTransaction()
{
    using Meldeklient::Session::DraftKind;
    BirthNotificationService& births = *m_session->births();
    Meldeklient::Session::Drafts drafts(*m_session);
    const auto earlier = drafts.list().value();
    for (const auto& left : earlier)
        QVERIFY(drafts.discard(left.id));
    const QJsonObject twins = birth(Scenario::Twins);
    QStringList confirmed;
    for (const Questionnaire::ValidationIssue& issue : births.check(twins))
        confirmed.append(BirthNotificationService::warningId(issue));
    const auto draft = drafts.create(DraftKind::Birth, R"({"as":"typed"})");
    const auto death = drafts.create(DraftKind::Death, R"({"page":"identify"})");
    QVERIFY(draft && death);
    const int itemsBefore = int(m_session->outbox()->items()->size());

    // The birth path does not take a death draft.
    QCOMPARE(births.queue(twins, confirmed, death.value()).error().code, QString("outbox-not-a-draft"));
    QCOMPARE(drafts.list()->size(), 2);

    // The second child's write fails inside the transaction: the draft is still there as typed, nothing is queued.
    const QString path = m_session->outbox()->databasePath();
    QVERIFY(execOnFile(path, QStringLiteral("CREATE TRIGGER fail_second_child BEFORE UPDATE OF message_id ON items"
                                            " WHEN NEW.message_id LIKE '%-2' BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    QVERIFY(!births.queue(twins, confirmed, draft.value()));
    QCOMPARE(drafts.kind(draft.value()).value(), DraftKind::Birth);
    QCOMPARE(drafts.load(draft.value()).value(), QByteArray(R"({"as":"typed"})"));
    QCOMPARE(int(m_session->outbox()->items()->size()), itemsBefore);
    QVERIFY(execOnFile(path, QStringLiteral("DROP TRIGGER fail_second_child")));

    // Queued: the draft is the first child, gone from the drafts in the same commit; the death draft stays.
    const Result<Session::QueuedBirth> queued = births.queue(twins, confirmed, draft.value());
    QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().code));
    QCOMPARE(queued->itemIds.size(), 2);
    QCOMPARE(queued->itemIds.constFirst(), draft.value());
    QCOMPARE(drafts.load(draft.value()).error().code, QString("draft-not-found"));
    const auto left = drafts.list();
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->constFirst().kind, DraftKind::Death);
    QCOMPARE(int(m_session->outbox()->items()->size()), itemsBefore + 1);
    // The first child's record replaced what was typed, as the status needs it.
    const QList<BirthChildStatus> children = births.status(queued->birthId);
    QCOMPARE(children.size(), 2);
    QCOMPARE(children.at(0).itemId, draft.value());
    QCOMPARE(children.at(0).childNumber, 1);
    // Sent and registered once per child (a flush still running from before may not have taken them yet).
    const auto registered = [&] {
        const QList<BirthChildStatus> now = births.status(queued->birthId);
        return std::all_of(now.cbegin(), now.cend(),
            [](const BirthChildStatus& child) { return child.state == ItemState::Registered; });
    };
    for (int round = 0; round < 10 && !registered(); ++round) {
        waitForFlush(births);
        waitForDecisions(births, queued->birthId);
    }
    QVERIFY(registered());
    int sent = 0;
    for (const QJsonValue& value : sandboxMessages())
        sent += value.toObject().value(u"messageId").toString().startsWith(queued->birthId) ? 1 : 0;
    QCOMPARE(sent, 2);
    QVERIFY(drafts.discard(death.value()));
}

QTEST_GUILESS_MAIN(TestBirthTransport)
#include "TestBirthTransport.moc"
