#include "FlowDriver.h"
#include "GuiHarness.h"
#include "core/common/Translations.h"
#include "core/api/OutboxSender.h"
#include "core/outbox/ItemState.h"
#include "core/outbox/OutboxStore.h"
#include "core/session/DeathNotificationService.h"
#include "core/session/OutboxModel.h"
#include "gui/DeathConfirmation.h"
#include "gui/IdentifierField.h"
#include "gui/IdentifyPage.h"
#include "gui/MainWindow.h"
#include "gui/NotificationFlow.h"
#include "gui/OutboxPage.h"
#include "gui/PersonCard.h"
#include "gui/ReceiptPage.h"
#include "gui/forms/DeathCauseFormWidget.h"
#include "gui/forms/Icd10CodeEdit.h"
#include "gui/forms/ReviewPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

// A death notification from the first keystroke to the registry's receipt, driven like a doctor drives it, against
// the real sandbox (provider and national API) and the real keychain: identifier → lookup → confirm the person →
// Del 1 → Del 2 through the ICD-10 completer (a sex conflict appears as a warning as the doctor leaves the code) →
// review, each warning confirmed → send → receipt, the confirmations recorded with the notification. Once with the mouse for buttons, once with the keyboard alone; Enter on the
// Del 1 confirmation sends nothing; a rejection shows the registry's message.
class TestDeathNotificationFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void theWholeFlowWithMouseAndKeyboard();
    void theWholeFlowWithTheKeyboardAlone();
    void aRejectionShowsTheRegistrysMessage();
    void aSecondNotificationForThePersonAsksFirst();
    void withoutTheRegistryTheNotificationWaitsAndGoesOutLater();
    void signingOutDuringASendWaitsForTheAnswerInFlight();
    void quittingDuringASendKeepsTheItemAndSendsItOnce();
    void cleanup();

private:
    void runFlow(bool keyboardOnly, const QString& number, const QString& expectedName);
    int queuedOrSent(const MainWindow& window) const;
    // A shown window over a new session, signed in, on a new notification; null (the test failed) when not.
    MainWindow* openWindow();
    struct SendInFlight {
        MainWindow* window = nullptr; // null: the test failed
        int deaths = 0;               // the sandbox's records before the send
        int causes = 0;
        qint64 part1 = 0;
        qint64 part2 = 0;
    };
    // Opens a window and drives a notification for `number` to the registry; returns once Del 1 is on the wire, held
    // there by the sandbox for 1.5 s. `again`: the person was sent before, "Send another" is answered.
    SendInFlight sendHeldInFlight(const QString& number, bool again);

    Test::GuiHarness m_harness;
    QString m_icd10Missing;
    std::unique_ptr<Session::Session> m_session;
    std::unique_ptr<MainWindow> m_window; // goes before m_session
};

namespace {
const QString sexCheckCode = QStringLiteral("C56");

// The Del 1 confirmation, answered from inside its own event loop.
void answerConfirmation(QObject* context, std::function<void(QWidget*)> answer)
{
    Test::FlowDriver::answerModal(context, QString::fromLatin1(DeathConfirmation::DialogObjectName), std::move(answer));
}

// "This person already has a notification": answered with "Send another"; `answered` set when it was.
void sendAnotherWhenAsked(QObject* context, bool* answered = nullptr)
{
    Test::FlowDriver::answerModal(context, QStringLiteral("duplicateQuestion"), [answered](QWidget* box) {
        auto* messageBox = qobject_cast<QMessageBox*>(box);
        for (QAbstractButton* button : messageBox->buttons()) {
            if (messageBox->buttonRole(button) == QMessageBox::AcceptRole) {
                if (answered)
                    *answered = true;
                QTest::mouseClick(button, Qt::LeftButton);
            }
        }
    });
}
} // namespace

void TestDeathNotificationFlow::initTestCase()
{
    MELDEKLIENT_START_SANDBOX(m_harness.sandbox);
    m_harness.useHome();
    QVERIFY(Translations::install(QStringLiteral("nb")));
    // C56 (ovary) as a check-level sex restriction: a warning for a man, not an error (see importIcd10).
    m_icd10Missing = Test::GuiHarness::importIcd10({sexCheckCode});
}

void TestDeathNotificationFlow::init()
{
    if (!m_icd10Missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the flow codes causes from the ICD-10 list: ") + m_icd10Missing));
    QVERIFY(m_harness.sandbox.admin(QStringLiteral("api/reset")).ok());
}

void TestDeathNotificationFlow::cleanup()
{
    m_window.reset();
    m_session.reset();
}

MainWindow* TestDeathNotificationFlow::openWindow()
{
    cleanup();
    m_session = m_harness.session();
    QString why;
    m_window = Test::GuiHarness::openSignedIn(*m_session, &why);
    if (!m_window)
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
    return m_window.get();
}

int TestDeathNotificationFlow::queuedOrSent(const MainWindow& window) const
{
    const OutboxPage::Counts counts = window.outboxPage()->counts();
    return counts.waiting + counts.accepted + counts.needsCorrection;
}

void TestDeathNotificationFlow::runFlow(bool keyboardOnly, const QString& number, const QString& expectedName)
{
    MainWindow* opened = openWindow();
    if (!opened)
        return;
    MainWindow& window = *opened;
    NotificationFlow* flow = window.notificationFlow();
    Test::FlowDriver driver(window, keyboardOnly);
    const int before = queuedOrSent(window);

    // 1. Who has died: the number as typed, the registry's person, the tick.
    QVERIFY2(driver.type(QStringLiteral("identifierEdit"), number), qPrintable(driver.failure()));
    IdentifyPage* identify = flow->identifyPage();
    QTRY_VERIFY_WITH_TIMEOUT(identify->personCard()->isVisible(), 20000);
    QCOMPARE(identify->personCard()->nameText(), expectedName);
    QVERIFY(!driver.find<QPushButton>(QStringLiteral("flowNextButton"))->isEnabled());
    QVERIFY2(driver.press(QStringLiteral("confirmPersonBox")), qPrintable(driver.failure()));
    QVERIFY(identify->confirmBox()->isChecked());
    QVERIFY2(driver.press(QStringLiteral("flowNextButton")), qPrintable(driver.failure()));
    QCOMPARE(flow->step(), std::optional(NotificationFlow::Step::DeathFacts));

    // 2. Del 1.
    QVERIFY2(driver.fillDeathFacts(), qPrintable(driver.failure()));
    QVERIFY2(driver.press(QStringLiteral("flowNextButton")), qPrintable(driver.failure()));
    QCOMPARE(flow->step(), std::optional(NotificationFlow::Step::Causes));

    // 3. Del 2: line A through the completer; line B an ovary code for a man, a sex-conflict warning as the doctor
    // leaves the field, which the doctor keeps.
    const QString codeA = QStringLiteral("causeOfDeath_question_A_code");
    const QString codeB = QStringLiteral("causeOfDeath_question_B_code");
    QVERIFY2(driver.chooseIcd10(codeA, QStringLiteral("J18.9")), qPrintable(driver.failure()));
    QVERIFY2(driver.choose(QStringLiteral("causeOfDeath_question_A_time"), QStringLiteral("1 måned")),
        qPrintable(driver.failure()));
    auto* issueB = driver.find<QLabel>(codeB + QStringLiteral("_issue"));
    QVERIFY(issueB);
    // Nothing is said while the doctor is still typing the code...
    QVERIFY2(driver.type(codeB, sexCheckCode), qPrintable(driver.failure()));
    QTest::qWait(100);
    QVERIFY(!issueB->isVisible());
    // ... the completer's top hit is taken with Enter, and the warning shows when the doctor moves on.
    QVERIFY2(driver.chooseIcd10(codeB, sexCheckCode), qPrintable(driver.failure()));
    QCOMPARE(driver.find<Icd10CodeEdit>(codeB)->coding()->code, sexCheckCode);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(issueB->isVisible());
    const auto sexConflictAt = [](const QList<Questionnaire::ValidationIssue>& issues, const QString& linkId) {
        for (const auto& issue : issues) {
            if (issue.rule == u"icd-sex-conflict" && (linkId.isEmpty() || issue.linkId == linkId))
                return std::optional(issue);
        }
        return std::optional<Questionnaire::ValidationIssue>();
    };
    const auto shown = sexConflictAt(flow->causesForm()->shownIssues(), codeB);
    QVERIFY2(shown, "the sex conflict shows at line B when the doctor leaves it");
    QVERIFY2(!shown->isError(), "a check-level sex restriction is a warning, not an error");
    QVERIFY2(issueB->text().contains(shown->message), qPrintable(issueB->text()));
    // A shorter interval below a longer one: a second warning the doctor must confirm.
    QVERIFY2(driver.choose(QStringLiteral("causeOfDeath_question_B_time"), QStringLiteral("0–7")),
        qPrintable(driver.failure()));
    QVERIFY2(driver.fillRestOfCauses(), qPrintable(driver.failure()));
    QVERIFY2(driver.press(QStringLiteral("flowNextButton")), qPrintable(driver.failure()));
    QCOMPARE(flow->step(), std::optional(NotificationFlow::Step::Review));

    // 4. Review: no errors; each warning confirmed on its own.
    ReviewPage* review = flow->reviewPage();
    QVERIFY2(review->errors().isEmpty(),
        qPrintable(review->errors().isEmpty() ? QString() : review->errors().constFirst().rule + u' '
                + review->errors().constFirst().message));
    const int warnings = review->warnings().size();
    QVERIFY2(warnings >= 2, "the sex conflict and the interval order are warnings on the review page");
    QVERIFY(sexConflictAt(review->warnings(), {}));
    bool intervalWarning = false;
    for (const auto& warning : review->warnings())
        intervalWarning = intervalWarning || warning.rule == u"cause-interval-order";
    QVERIFY(intervalWarning);
    QVERIFY(!driver.find<QPushButton>(QStringLiteral("flowNextButton"))->isEnabled());
    for (int i = 0; i < warnings; ++i) {
        QVERIFY2(driver.press(QStringLiteral("warningConfirm_%1").arg(i)), qPrintable(driver.failure()));
        QCOMPARE(driver.find<QPushButton>(QStringLiteral("flowNextButton"))->isEnabled(), i == warnings - 1);
    }

    // 5. Send: Enter on the confirmation is Cancel, and nothing leaves.
    bool asked = false;
    answerConfirmation(this, [&](QWidget* box) {
        asked = true;
        QTest::keyClick(box, Qt::Key_Return);
    });
    QVERIFY2(driver.press(QStringLiteral("flowNextButton")), qPrintable(driver.failure()));
    QTRY_VERIFY(asked);
    QCOMPARE(flow->step(), std::optional(NotificationFlow::Step::Review));
    QTest::qWait(300);
    QCOMPARE(m_harness.recordedDeaths(), 0);
    QCOMPARE(queuedOrSent(window), before);

    // ... and the Send button of the confirmation sends.
    asked = false;
    answerConfirmation(this, [&](QWidget* box) {
        asked = true;
        auto* send = box->findChild<QPushButton*>(QLatin1StringView(DeathConfirmation::SendButtonObjectName));
        if (keyboardOnly) {
            // Focus starts on Cancel; Tab moves to Send, Space presses it.
            QApplication::setActiveWindow(box);
            for (int i = 0; i < 4 && QApplication::focusWidget() != send; ++i)
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : box, Qt::Key_Tab);
            QTest::keyClick(send, Qt::Key_Space);
        } else {
            QTest::mouseClick(send, Qt::LeftButton);
        }
    });
    QSignalSpy queued(flow, &NotificationFlow::queued);
    QVERIFY2(driver.press(QStringLiteral("flowNextButton")), qPrintable(driver.failure()));
    QTRY_VERIFY(asked);
    QTRY_COMPARE(queued.size(), 1);

    // The confirmations go with the notification (encrypted in the outbox): the sex conflict among them.
    const qint64 part2 = queued.constFirst().at(1).toLongLong();
    const QJsonObject record
        = QJsonDocument::fromJson(m_session->outbox()->draftContent(part2).value()).object();
    const QJsonArray confirmed = record.value(QStringLiteral("confirmedWarnings")).toArray();
    QCOMPARE(confirmed.size(), warnings);
    bool sexConflictConfirmed = false;
    for (const QJsonValue& entry : confirmed) {
        sexConflictConfirmed = sexConflictConfirmed
            || (entry.toObject().value(QStringLiteral("rule")).toString() == u"icd-sex-conflict"
                && entry.toObject().value(QStringLiteral("linkId")).toString() == codeB);
    }
    QVERIFY2(sexConflictConfirmed, qPrintable(QString::fromUtf8(QJsonDocument(record).toJson())));

    // 6. Receipt: Del 1's dødsfallId and time, then Del 2 received.
    ReceiptPage* receipt = flow->receiptPage();
    QTRY_VERIFY2_WITH_TIMEOUT(receipt->stage() == ReceiptPage::Stage::Accepted && receipt->statusText().contains(
                                  QStringLiteral("Dødsårsaksregisteret")),
        qPrintable(receipt->statusText()), 30000);
    QVERIFY(!receipt->deathId().isEmpty());
    QVERIFY2(receipt->statusText().contains(receipt->deathId()), qPrintable(receipt->statusText()));
    QCOMPARE(m_harness.recordedDeaths(), 1);
    QCOMPARE(m_harness.recordedCauses(), 1);
    // The outbox page shows both parts as sent.
    QTRY_VERIFY(window.outboxPage()->counts().accepted >= 2);
}

void TestDeathNotificationFlow::theWholeFlowWithMouseAndKeyboard()
{
    runFlow(false, QStringLiteral("029145 42122"), QStringLiteral("Bjørn Testesen Eksempelvik"));
}

void TestDeathNotificationFlow::theWholeFlowWithTheKeyboardAlone()
{
    runFlow(true, QStringLiteral("31925142150"), QStringLiteral("Per Sandkassemo"));
}

void TestDeathNotificationFlow::aRejectionShowsTheRegistrysMessage()
{
    QVERIFY(m_harness.sandbox
                .admin(QStringLiteral("api/faults"),
                    {{QStringLiteral("fault"), QStringLiteral("reject")}, {QStringLiteral("path"), QStringLiteral("/dodsfall")}})
                .ok());
    MainWindow* opened = openWindow();
    if (!opened)
        return;
    MainWindow& window = *opened;
    NotificationFlow* flow = window.notificationFlow();
    Test::FlowDriver driver(window, false);
    QVERIFY2(driver.reachReview(QStringLiteral("09836242030"), QStringLiteral("J18.9")), qPrintable(driver.failure()));
    QVERIFY2(flow->reviewPage()->errors().isEmpty(), qPrintable(flow->reviewPage()->errors().value(0).message));
    QVERIFY2(driver.confirmWarnings() >= 0 && driver.sendConfirmed(), qPrintable(driver.failure()));
    ReceiptPage* receipt = flow->receiptPage();
    QTRY_VERIFY2_WITH_TIMEOUT(receipt->stage() == ReceiptPage::Stage::NeedsCorrection, qPrintable(receipt->statusText()),
        30000);
    QVERIFY2(receipt->statusText().contains(QStringLiteral("avvist av mottaker")), qPrintable(receipt->statusText()));
    QCOMPARE(m_harness.recordedDeaths(), 0);
    QTRY_COMPARE(window.outboxPage()->counts().needsCorrection, 1);
}

void TestDeathNotificationFlow::aSecondNotificationForThePersonAsksFirst()
{
    MainWindow* opened = openWindow();
    if (!opened)
        return;
    MainWindow& window = *opened;
    NotificationFlow* flow = window.notificationFlow();
    Test::FlowDriver driver(window, false);
    const QString number = QStringLiteral("17853842044");
    QVERIFY2(driver.reachReview(number, QStringLiteral("J18.9")), qPrintable(driver.failure()));
    QVERIFY2(driver.confirmWarnings() >= 0 && driver.sendConfirmed(), qPrintable(driver.failure()));
    QTRY_VERIFY_WITH_TIMEOUT(flow->receiptPage()->stage() == ReceiptPage::Stage::Accepted, 30000);
    QCOMPARE(m_harness.recordedDeaths(), 1);

    // The same person again: the window asks, and Enter (Cancel, the default) queues nothing.
    flow->startNew();
    QVERIFY2(driver.reachReview(number, QStringLiteral("J18.9")), qPrintable(driver.failure()));
    QVERIFY(driver.confirmWarnings() >= 0);
    const int before = queuedOrSent(window);
    QString question;
    Test::FlowDriver::answerModal(this, QStringLiteral("duplicateQuestion"), [&](QWidget* box) {
        question = qobject_cast<QMessageBox*>(box)->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QVERIFY2(driver.sendConfirmed(), qPrintable(driver.failure()));
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(QStringLiteral("allerede")), qPrintable(question));
    QCOMPARE(flow->step(), std::optional(NotificationFlow::Step::Review));
    QTest::qWait(300);
    QCOMPARE(queuedOrSent(window), before);
    QCOMPARE(m_harness.recordedDeaths(), 1);

    // "Send another" queues and sends it.
    bool again = false;
    sendAnotherWhenAsked(this, &again);
    QVERIFY2(driver.sendConfirmed(), qPrintable(driver.failure()));
    QTRY_VERIFY(again);
    QTRY_VERIFY_WITH_TIMEOUT(flow->receiptPage()->stage() == ReceiptPage::Stage::Accepted, 30000);
    QCOMPARE(m_harness.recordedDeaths(), 2);
}

void TestDeathNotificationFlow::withoutTheRegistryTheNotificationWaitsAndGoesOutLater()
{
    MainWindow* opened = openWindow();
    if (!opened)
        return;
    MainWindow& window = *opened;
    NotificationFlow* flow = window.notificationFlow();
    Test::FlowDriver driver(window, false);
    QVERIFY2(driver.reachReview(QStringLiteral("44879042132"), QStringLiteral("J18.9")), qPrintable(driver.failure()));
    QVERIFY(driver.confirmWarnings() >= 0);
    // The registry cannot be reached: every connection to it is dropped before anything is stored.
    QVERIFY(m_harness.sandbox
                .admin(QStringLiteral("api/faults"),
                    {{QStringLiteral("fault"), QStringLiteral("drop-before-commit")},
                        {QStringLiteral("path"), QStringLiteral("/dodsfall")}, {QStringLiteral("count"), -1}})
                .ok());
    const int waitingBefore = window.outboxPage()->counts().waiting;
    QVERIFY2(driver.sendConfirmed(), qPrintable(driver.failure()));
    ReceiptPage* receipt = flow->receiptPage();
    QTRY_VERIFY2_WITH_TIMEOUT(receipt->stage() == ReceiptPage::Stage::Waiting, qPrintable(receipt->statusText()), 30000);
    // A clear status: the receipt page says it waits and is sent by itself, the status bar counts what waits.
    QVERIFY2(receipt->statusText().contains(QStringLiteral("sendes")), qPrintable(receipt->statusText()));
    QTRY_COMPARE(window.outboxPage()->counts().waiting, waitingBefore + 2);
    QVERIFY2(window.queueStatusText().contains(QStringLiteral("venter")), qPrintable(window.queueStatusText()));
    QCOMPARE(m_harness.recordedDeaths(), 0);

    // The network returns: the notification goes out by itself (its back-off, not the doctor), and the receipt shows.
    QVERIFY(m_harness.sandbox.adminDelete(QStringLiteral("api/faults")).ok());
    QTRY_VERIFY2_WITH_TIMEOUT(receipt->stage() == ReceiptPage::Stage::Accepted, qPrintable(receipt->statusText()),
        25000);
    QCOMPARE(m_harness.recordedDeaths(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_harness.recordedCauses(), 1, 15000);
    QTRY_COMPARE(window.outboxPage()->counts().waiting, waitingBefore);
}

// Issue 10 item 1: signing out while a notification is being sent cancels the flush after the request in flight.
// Its answer is recorded (Del 1 accepted, not left claimed), and nothing more goes out (Del 2 waits for the next
// sign-in).
TestDeathNotificationFlow::SendInFlight TestDeathNotificationFlow::sendHeldInFlight(const QString& number, bool again)
{
    MainWindow* opened = openWindow();
    if (!opened)
        return {};
    MainWindow& window = *opened;
    const int deaths = m_harness.recordedDeaths();
    const int causes = m_harness.recordedCauses();
    NotificationFlow* flow = window.notificationFlow();
    Test::FlowDriver driver(window, false);
    const auto fail = [](const QString& why) {
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return SendInFlight {};
    };
    if (!driver.reachReview(number, QStringLiteral("J18.9")) || driver.confirmWarnings() < 0)
        return fail(driver.failure());
    if (again)
        sendAnotherWhenAsked(this);
    if (!m_harness.sandbox
             .admin(QStringLiteral("api/faults"),
                 {{QStringLiteral("fault"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 1500},
                     {QStringLiteral("path"), QStringLiteral("/dodsfall")}, {QStringLiteral("count"), 1}})
             .ok())
        return fail(QStringLiteral("the sandbox did not take the delay fault"));
    QSignalSpy queued(flow, &NotificationFlow::queued);
    QSignalSpy started(m_session->sender(), &Api::OutboxSender::itemStarted);
    if (!driver.sendConfirmed())
        return fail(driver.failure());
    if (!QTest::qWaitFor([&] { return queued.size() == 1 && started.size() == 1; }, 10000))
        return fail(QStringLiteral("Del 1 never went on the wire (queued %1, started %2)")
                        .arg(queued.size())
                        .arg(started.size()));
    const SendInFlight sent {
        &window, deaths, causes, queued.constFirst().at(0).toLongLong(), queued.constFirst().at(1).toLongLong()};
    if (started.constFirst().at(0).toLongLong() != sent.part1 || !window.service().isFlushing())
        return fail(QStringLiteral("Del 1 is not the request in flight"));
    return sent;
}

// Issue 10 item 1: signing out while a notification is being sent cancels the flush after the request in flight.
// Its answer is recorded (Del 1 accepted, not left claimed), and nothing more goes out (Del 2 waits for the next
// sign-in).
void TestDeathNotificationFlow::signingOutDuringASendWaitsForTheAnswerInFlight()
{
    // Astrid again (the duplicate test sent her): "Send another".
    const SendInFlight sent = sendHeldInFlight(QStringLiteral("17853842044"), true);
    if (!sent.window)
        return;
    MainWindow& window = *sent.window;
    const int deaths = sent.deaths;
    const int causes = sent.causes;

    // Sign out while Del 1 is on the wire: the window waits for its answer, then signs out.
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QVERIFY(!window.isSignInShown());
    QTRY_VERIFY_WITH_TIMEOUT(window.isSignInShown(), 20000);
    QCOMPARE(m_harness.recordedDeaths(), deaths + 1);
    QCOMPARE(m_harness.recordedCauses(), causes);

    // Signed in again: Del 1 is recorded as accepted (its answer was not abandoned), Del 2 still to go.
    QString why;
    QVERIFY2(Test::GuiHarness::signIn(window, &why), qPrintable(why));
    QVERIFY(m_session->outbox());
    QCOMPARE(m_session->outbox()->item(sent.part1).value().state, Outbox::ItemState::Accepted);
    // Del 2 goes with the flush the new sign-in starts (it may already be on the wire here, so only its end counts).
    QTRY_COMPARE_WITH_TIMEOUT(m_session->outbox()->item(sent.part2).value().state, Outbox::ItemState::Accepted, 20000);
    QCOMPARE(m_harness.recordedCauses(), causes + 1);
}

// Quitting (File → Avslutt) while Del 1 is on the wire: the window stays until its answer is recorded, then closes.
// After a restart and a sign-in, Del 1 is accepted and was recorded by the registry once (not lost with the quit,
// not sent again), and Del 2 goes out with the new session's flush.
void TestDeathNotificationFlow::quittingDuringASendKeepsTheItemAndSendsItOnce()
{
    const SendInFlight sent = sendHeldInFlight(QStringLiteral("12839448269"), false);
    if (!sent.window)
        return;
    MainWindow& window = *sent.window;
    const int deaths = sent.deaths;
    const int causes = sent.causes;

    QAction* quit = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().remove(u'&') == QStringLiteral("Avslutt"))
            quit = action;
    }
    QVERIFY2(quit, "File → Avslutt");
    quit->trigger();
    QVERIFY2(window.isVisible(), "the window waits for the answer in flight");
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 20000);
    QVERIFY(!window.service().isFlushing());
    QCOMPARE(m_harness.recordedDeaths(), deaths + 1);
    QCOMPARE(m_harness.recordedCauses(), causes);

    // Restart: a new session and window over the same outbox, signed in.
    cleanup();
    QVERIFY(openWindow());
    QCOMPARE(m_session->outbox()->item(sent.part1).value().state, Outbox::ItemState::Accepted);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->outbox()->item(sent.part2).value().state, Outbox::ItemState::Accepted, 20000);
    QCOMPARE(m_harness.recordedDeaths(), deaths + 1);
    QCOMPARE(m_harness.recordedCauses(), causes + 1);
}

QTEST_MAIN(TestDeathNotificationFlow)
#include "TestDeathNotificationFlow.moc"
