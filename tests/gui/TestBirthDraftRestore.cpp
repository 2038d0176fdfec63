#include "FlowDriver.h"
#include "GuiHarness.h"
#include "core/common/Translations.h"
#include "core/session/BirthNotificationService.h"
#include "core/session/Drafts.h"
#include "gui/DraftAutosave.h"
#include "gui/DraftsPage.h"
#include "gui/DeathDraft.h"
#include "gui/IdentifyPage.h"
#include "gui/MainWindow.h"
#include "gui/NotificationFlow.h"
#include "gui/birth/BirthDraft.h"
#include "gui/birth/BirthNotificationPage.h"
#include "gui/forms/QuestionnaireForm.h"
#include "gui/forms/ReviewPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

// Nothing a midwife typed is lost: the window runs in a child process (this binary with --child), she confirms the
// mother and types twins on two tabs, the draft is autosaved, and the child is killed with SIGKILL while she types
// on the second child's tab. The next start lists the draft as a Fødselsmelding and reopens it on the birth page with
// both children's answers, on the second tab, in the field where she was; sending it removes the draft and sends
// exactly one message per child. A birth draft chosen under "Kladder" opens on the birth page, a death draft in the
// death flow. The warnings confirmed on the review are saved with the draft and ticked again when it reopens there.
namespace {
const QString motherNumber = QStringLiteral("12839448269"); // the sandbox's Hanne Svangerud, born 1994
const QString hospitalId1 = QStringLiteral("A-4711");
const QString hospitalId2 = QStringLiteral("B-0815");
const QString hospitalIdLinkId = QStringLiteral("barn.sykehusetsIdentifikasjonsnummer");

QString name(const QString& linkId, int repeat)
{
    return QuestionnaireForm::objectNameFor(linkId, repeat);
}

int runChild()
{
    const std::unique_ptr<Test::CrashChild> child = Test::CrashChild::open();
    if (!child)
        return 1;
    MainWindow& window = *child->window;
    window.showPage(MainWindow::Page::NewBirth);
    BirthNotificationPage* page = window.birthPage();
    page->startNew();
    Test::FlowDriver driver(window, true);
    const QDate born = QDate::currentDate();
    const bool typed = driver.confirmMother(QStringLiteral("128394 48269")) && driver.fillBirthPlaceAndParents()
        && driver.fillBirthChild(0, born, QStringLiteral("Kvinne"), QStringLiteral("2950"))
        && driver.type(name(hospitalIdLinkId, 0), hospitalId1) && driver.press(QStringLiteral("barn_add"))
        && driver.fillBirthChild(1, born, QStringLiteral("Mann"), QStringLiteral("3120"))
        && driver.type(name(hospitalIdLinkId, 1), hospitalId2);
    QSignalSpy saved(page, &BirthNotificationPage::draftSaved);
    if (!typed || !saved.wait(5000)) {
        std::printf("error %s\n", qPrintable(driver.failure()));
        return 1;
    }
    std::printf("saved %s %d\n", qPrintable(page->focusedField()),
        page->form()->repeatTabs(BirthNotificationPage::childrenGroup)->currentIndex());
    std::fflush(stdout);
    // Typing goes on; the parent kills the process now, without warning.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("-99"));
    QTest::qWait(60000);
    return 0;
}

int sandboxMessages(Test::GuiHarness& harness)
{
    return int(harness.sandbox.get(QStringLiteral("/_sandbox/folkeregisteret/records"))
            .body.value(u"messages")
            .toArray()
            .size());
}
} // namespace

class TestBirthDraftRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aBirthDraftSurvivesSigkillAtTheTabAndField();
    void eachDraftOpensOnTheScreenOfItsKind();
    void aDraftKeepsItsConfirmedWarnings();
    void confirmedWarningsAreTickedAgainOnTheReview();

private:
    Test::GuiHarness m_harness;
};

void TestBirthDraftRestore::initTestCase()
{
    MELDEKLIENT_START_SANDBOX(m_harness.sandbox);
    m_harness.useHome();
    QVERIFY(Translations::install(QStringLiteral("nb")));
    QVERIFY(m_harness.sandbox.admin(QStringLiteral("api/reset")).ok());
    // Sign in once, so the child finds a stored sign-in; then let go of the outbox for it.
    auto session = m_harness.session();
    MainWindow window(*session);
    window.show();
    QString why;
    QVERIFY2(Test::GuiHarness::restoreOrSignIn(window, *session, &why), qPrintable(why));
    QCOMPARE(window.draftsPage()->draftCount(), 0);
}

void TestBirthDraftRestore::aBirthDraftSurvivesSigkillAtTheTabAndField()
{
    QProcess child;
    const QByteArray line = Test::GuiHarness::startChildUntilSaved(child);
    QVERIFY2(line.startsWith("saved"), line.constData());
    QCOMPARE(line, QByteArray("saved barn.sykehusetsIdentifikasjonsnummer 1"));
    QTest::qWait(200);
    QVERIFY(Test::GuiHarness::killWithoutWarning(child));

    QString why;
    auto session = m_harness.birthSession(&why);
    QVERIFY2(session, qPrintable(why));
    MainWindow window(*session);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY2(Test::GuiHarness::restoreOrSignIn(window, *session, &why), qPrintable(why));

    // Listed as a birth notification, with the mother as confirmed and the number of children only.
    DraftsPage* drafts = window.draftsPage();
    QTRY_COMPARE(drafts->draftCount(), 1);
    const QString row = drafts->list()->item(0)->text();
    QVERIFY2(row.startsWith(QStringLiteral("Fødselsmelding: mor Hanne Svangerud")), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral("(2 barn)")), qPrintable(row));
    QVERIFY2(!row.contains(motherNumber) && !row.contains(hospitalId2), qPrintable(row));

    // Reopened after sign-in on the birth page, not in the death flow.
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), MainWindow::Page::NewBirth, 10000);
    BirthNotificationPage* page = window.birthPage();
    QVERIFY(page->draftId().has_value());
    QVERIFY(!window.notificationFlow()->draftId().has_value());
    QCOMPARE(page->step(), BirthNotificationPage::Step::Entry);
    QuestionnaireForm* form = page->form();
    QCOMPARE(form->repeatCount(BirthNotificationPage::childrenGroup), 2);
    QCOMPARE(form->repeatTabs(BirthNotificationPage::childrenGroup)->currentIndex(), 1);
    // Both children's answers.
    const QDate born = QDate::currentDate();
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(qobject_cast<QLineEdit*>(form->input(QStringLiteral("barn.foedselsdato"), i))->text(),
            born.toString(QStringLiteral("dd.MM.yyyy")));
        QCOMPARE(qobject_cast<QComboBox*>(form->input(QStringLiteral("barn.kjoenn"), i))->currentText(),
            i == 0 ? QStringLiteral("Kvinne") : QStringLiteral("Mann"));
    }
    QCOMPARE(qobject_cast<QLineEdit*>(form->input(hospitalIdLinkId, 0))->text(), hospitalId1);
    // What was saved before the kill (the autosave after the last keystrokes may or may not have come).
    auto* field = qobject_cast<QLineEdit*>(form->input(hospitalIdLinkId, 1));
    QVERIFY2(field->text().startsWith(hospitalId2), qPrintable(field->text()));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(field));
    QCOMPARE(page->focusedField(), hospitalIdLinkId);
    // The mother is looked up again and the confirmation stands.
    QTRY_VERIFY_WITH_TIMEOUT(page->motherPage()->confirmedPerson().has_value(), 20000);

    // "Fortsett" on the Drafts page opens the same draft on the birth page.
    window.showPage(MainWindow::Page::Drafts);
    Test::FlowDriver driver(window, true);
    QVERIFY2(driver.press(QStringLiteral("draftContinueButton")), qPrintable(driver.failure()));
    QCOMPARE(window.currentPage(), MainWindow::Page::NewBirth);
    QCOMPARE(page->draftId(), drafts->list()->item(0)->data(Qt::UserRole).toLongLong());

    // Send: the draft becomes the queued birth (one transaction), and Folkeregisteret gets one message per child.
    const int before = sandboxMessages(m_harness);
    field->setText(hospitalId2); // what was typed after the last save is not a hospital id
    QVERIFY2(driver.press(QStringLiteral("birthNextButton")), qPrintable(driver.failure()));
    QCOMPARE(page->step(), BirthNotificationPage::Step::Review);
    ReviewPage* review = page->reviewPage();
    QVERIFY2(review->errors().isEmpty(), qPrintable(review->errors().value(0).message));
    for (int i = 0; i < review->warnings().size(); ++i)
        QVERIFY2(driver.press(QStringLiteral("warningConfirm_%1").arg(i)), qPrintable(driver.failure()));
    QVERIFY2(driver.press(QStringLiteral("birthNextButton")), qPrintable(driver.failure()));
    QCOMPARE(page->step(), BirthNotificationPage::Step::Status);
    QVERIFY(!page->draftId().has_value());
    QTRY_COMPARE(drafts->draftCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(sandboxMessages(m_harness) - before, 2, 30000);
    QTest::qWait(1500); // nothing more goes out (no draft left to send, no second copy)
    QCOMPARE(sandboxMessages(m_harness) - before, 2);
    QCOMPARE(sandboxMessages(m_harness), 2);

    // "Ny fødselsmelding" after the sent birth starts a fresh draft once something is typed, not before.
    QVERIFY2(driver.press(QStringLiteral("birthNewButton")), qPrintable(driver.failure()));
    QTest::qWait(DraftAutosave::DelayMs + 500);
    QCOMPARE(drafts->draftCount(), 0);
    QVERIFY2(driver.type(QStringLiteral("mother_identifierEdit"), QStringLiteral("1")), qPrintable(driver.failure()));
    QTRY_COMPARE(drafts->draftCount(), 1);
    QVERIFY(page->draftId().has_value());
    session->signOut();
}

void TestBirthDraftRestore::eachDraftOpensOnTheScreenOfItsKind()
{
    auto session = m_harness.session();
    MainWindow window(*session);
    window.show();
    QApplication::setActiveWindow(&window);
    QString why;
    QVERIFY2(Test::GuiHarness::restoreOrSignIn(window, *session, &why), qPrintable(why));
    // Start from an empty list, whatever the test before left.
    Session::Drafts store(*session);
    const QList<Session::DraftSummary> earlier = store.list().value();
    for (const Session::DraftSummary& left : earlier)
        QVERIFY(store.discard(left.id));
    BirthDraft birth;
    birth.motherWithoutNumber = true;
    birth.step = BirthDraft::Step::Review; // left on the review: back there (no lookup to wait for without a number)
    birth.motherLabel = QStringLiteral("Kari Utland");
    birth.childCount = 3;
    const Result<qint64> birthId = store.create(Session::DraftKind::Birth, birth.toJson());
    QVERIFY(birthId);
    DeathDraft death;
    death.number = QStringLiteral("17853842044");
    const Result<qint64> deathId = store.create(Session::DraftKind::Death, death.toJson());
    QVERIFY(deathId);

    DraftsPage* drafts = window.draftsPage();
    QTRY_COMPARE(drafts->draftCount(), 2);
    window.showPage(MainWindow::Page::Drafts);
    QListWidget* list = drafts->list();
    int birthRow = -1;
    int deathRow = -1;
    for (int row = 0; row < list->count(); ++row) {
        const qint64 id = list->item(row)->data(Qt::UserRole).toLongLong();
        (id == birthId.value() ? birthRow : deathRow) = row;
    }
    QVERIFY(birthRow >= 0 && deathRow >= 0);
    QVERIFY2(list->item(birthRow)->text().startsWith(QStringLiteral("Fødselsmelding: mor Kari Utland (3 barn)")),
        qPrintable(list->item(birthRow)->text()));
    QVERIFY2(list->item(deathRow)->text().startsWith(QStringLiteral("Dødsmelding: (ingen person valgt ennå)")),
        qPrintable(list->item(deathRow)->text()));

    // The birth draft: the birth page, never the death flow.
    Test::FlowDriver driver(window, true);
    list->setCurrentRow(birthRow);
    QVERIFY2(driver.press(QStringLiteral("draftContinueButton")), qPrintable(driver.failure()));
    QCOMPARE(window.currentPage(), MainWindow::Page::NewBirth);
    QCOMPARE(window.birthPage()->draftId(), std::optional<qint64>(birthId.value()));
    QVERIFY(!window.notificationFlow()->draftId().has_value());
    QCOMPARE(window.birthPage()->form()->repeatCount(BirthNotificationPage::childrenGroup), 1);
    QCOMPARE(window.birthPage()->step(), BirthNotificationPage::Step::Review);
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("birthMotherPath"))->isHidden());

    // The death draft: the death flow; the death flow refuses the birth draft outright.
    window.showPage(MainWindow::Page::Drafts);
    list->setCurrentRow(deathRow);
    QVERIFY2(driver.press(QStringLiteral("draftContinueButton")), qPrintable(driver.failure()));
    QCOMPARE(window.currentPage(), MainWindow::Page::NewNotification);
    QCOMPARE(window.notificationFlow()->draftId(), std::optional<qint64>(deathId.value()));
    window.notificationFlow()->openDraft(birthId.value());
    QCOMPARE(window.notificationFlow()->draftId(), std::optional<qint64>(deathId.value()));
    window.birthPage()->openDraft(deathId.value());
    QCOMPARE(window.birthPage()->draftId(), std::optional<qint64>(birthId.value()));
    session->signOut();
}

void TestBirthDraftRestore::aDraftKeepsItsConfirmedWarnings()
{
    BirthDraft draft;
    draft.step = BirthDraft::Step::Review;
    draft.confirmedWarnings = {QStringLiteral("birth-date-late|barn.foedselsdato|1"), QStringLiteral("rule|linkId")};
    const std::optional<BirthDraft> back = BirthDraft::fromJson(draft.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->confirmedWarnings, draft.confirmedWarnings);
    QCOMPARE(*back, draft);
    // A draft saved before the confirmations were kept still opens, with nothing confirmed.
    const std::optional<BirthDraft> old
        = BirthDraft::fromJson(R"({"format":1,"step":"review","childTab":0,"childCount":1,"response":{}})");
    QVERIFY(old.has_value());
    QCOMPARE(old->step, BirthDraft::Step::Review);
    QVERIFY(old->confirmedWarnings.isEmpty());
}

void TestBirthDraftRestore::confirmedWarningsAreTickedAgainOnTheReview()
{
    QString why;
    auto session = m_harness.birthSession(&why);
    QVERIFY2(session, qPrintable(why));
    const std::unique_ptr<MainWindow> window = Test::GuiHarness::openSignedIn(*session, &why);
    QVERIFY2(window, qPrintable(why));
    Session::Drafts store(*session);
    const QList<Session::DraftSummary> earlier = store.list().value();
    for (const Session::DraftSummary& left : earlier)
        QVERIFY(store.discard(left.id));
    window->showPage(MainWindow::Page::NewBirth);
    BirthNotificationPage* page = window->birthPage();
    page->startNew();

    // Twins born 8 days ago: a warning per child (notified after the week the law gives).
    Test::FlowDriver driver(*window, true);
    const QDate born = QDate::currentDate().addDays(-8);
    QVERIFY2(driver.confirmMother(QStringLiteral("128394 48269")), qPrintable(driver.failure()));
    QVERIFY2(driver.fillBirthPlaceAndParents(), qPrintable(driver.failure()));
    QVERIFY2(driver.fillBirthChild(0, born, QStringLiteral("Kvinne")), qPrintable(driver.failure()));
    QVERIFY2(driver.press(QStringLiteral("barn_add")), qPrintable(driver.failure()));
    QVERIFY2(driver.fillBirthChild(1, born, QStringLiteral("Mann")), qPrintable(driver.failure()));
    QVERIFY2(driver.press(QStringLiteral("birthNextButton")), qPrintable(driver.failure()));
    QCOMPARE(page->step(), BirthNotificationPage::Step::Review);
    ReviewPage* review = page->reviewPage();
    QVERIFY2(review->errors().isEmpty(), qPrintable(review->errors().value(0).message));
    const QList<Questionnaire::ValidationIssue> warnings = review->warnings();
    QVERIFY2(warnings.size() >= 2, qPrintable(QString::number(warnings.size())));

    // Ticking one warning (by keyboard) is autosaved by itself, not only the step: the stored draft has it.
    page->saveNow();
    const std::optional<qint64> id = page->draftId();
    QVERIFY(id.has_value());
    QSignalSpy saved(page, &BirthNotificationPage::draftSaved);
    QVERIFY2(driver.press(QStringLiteral("warningConfirm_1")), qPrintable(driver.failure()));
    QCOMPARE(review->confirmedWarnings(), QList {warnings.at(1)});
    QVERIFY(saved.wait(DraftAutosave::DelayMs + 3000));
    const std::optional<BirthDraft> stored = BirthDraft::fromJson(store.load(*id).value());
    QVERIFY(stored.has_value());
    const QString tickedId = Session::BirthNotificationService::warningId(warnings.at(1));
    QCOMPARE(stored->confirmedWarnings, QStringList {tickedId});
    page->saveNow();

    // A fresh birth page over the same session (as after a crash) opens the draft: on the review once the mother is
    // looked up again, exactly that warning ticked, the other(s) not; nothing is sent.
    const int before = sandboxMessages(m_harness);
    BirthNotificationPage fresh(*session);
    fresh.show();
    fresh.openDraft(*id);
    QCOMPARE(fresh.draftId(), id);
    QTRY_COMPARE_WITH_TIMEOUT(fresh.step(), BirthNotificationPage::Step::Review, 20000);
    ReviewPage* restored = fresh.reviewPage();
    QCOMPARE(restored->warnings(), warnings);
    QCOMPARE(restored->confirmedWarnings(), QList {warnings.at(1)});
    for (int i = 0; i < warnings.size(); ++i) {
        auto* box = restored->findChild<QCheckBox*>(QStringLiteral("warningConfirm_%1").arg(i));
        QVERIFY(box);
        QCOMPARE(box->isChecked(), i == 1);
    }
    QVERIFY(!restored->canSend());
    QTest::qWait(DraftAutosave::DelayMs + 500);
    QVERIFY(fresh.birthId().isEmpty());
    QCOMPARE(sandboxMessages(m_harness), before);
    // The restored draft saved again keeps the confirmation.
    fresh.saveNow();
    QCOMPARE(BirthDraft::fromJson(store.load(*id).value())->confirmedWarnings, QStringList {tickedId});
    fresh.signedOut();
    page->signedOut();
    session->signOut();
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--child")))
        return runChild();
    TestBirthDraftRestore test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestBirthDraftRestore.moc"
