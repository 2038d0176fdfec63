#include "FlowDriver.h"
#include "GuiHarness.h"
#include "core/common/Translations.h"
#include "core/outbox/ItemState.h"
#include "core/session/OutboxModel.h"
#include "gui/DraftsPage.h"
#include "gui/IdentifyPage.h"
#include "gui/OutboxPage.h"
#include "gui/MainWindow.h"
#include "gui/PersonCard.h"
#include "gui/birth/BirthNotificationPage.h"
#include "gui/birth/BirthStatusView.h"
#include "gui/forms/QuestionnaireForm.h"
#include "gui/forms/ReviewPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

// The midwife's birth notification in the window, against the real sandbox (provider, national API's person lookup)
// and the real keychain, driven by keyboard alone: "Ny fødselsmelding" from the navigation, the mother's number →
// Folkeregisteret's person → "Dette er riktig person", twins on two tabs (plurality and birth order computed and
// shown), a warning (born more than a week ago) confirmed on the review; a child's error marks its tab and blocks
// the review; a copy saved as PDF where the user chose.
class TestBirthNotificationFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void twinsByKeyboardAlone();
    void aChildsErrorMarksItsTabAndBlocks();
    void theCopyIsSavedAsPdfWhereChosen();
    void eachChildsStatusIsSaidPlainly();
    void refusedTwinIsCorrectedByKeyboard();
    void aRegisteredChildIsCorrectedOnlyAfterConfirming();

private:
    // Signed in, on "Ny fødselsmelding" (chosen in the navigation with the keyboard), mother confirmed.
    std::unique_ptr<MainWindow> openWithMother(Session::Session& session, Test::FlowDriver*& driver);

    Test::GuiHarness m_harness;
    std::unique_ptr<Test::FlowDriver> m_driver;
};

namespace {
const QString motherNumber = QStringLiteral("12839448269"); // the sandbox's Hanne Svangerud, born 1994

QString name(const QString& linkId, int repeat)
{
    return QuestionnaireForm::objectNameFor(linkId, repeat);
}

// Runs `answer` inside the next modal dialog's own event loop once it is up (KeePassXC's TEST_MODAL); again later
// while it returns false (the dialog not ready yet).
void answerModal(QObject* context, std::function<bool(QWidget*)> answer, int triesLeft = 1500)
{
    QTimer::singleShot(20, context, [context, answer, triesLeft] {
        if (QWidget* modal = QApplication::activeModalWidget(); modal && answer(modal))
            return;
        if (triesLeft > 0)
            answerModal(context, answer, triesLeft - 1);
    });
}
} // namespace

void TestBirthNotificationFlow::initTestCase()
{
    MELDEKLIENT_START_SANDBOX(m_harness.sandbox);
    m_harness.useHome();
    QVERIFY(Translations::install(QStringLiteral("nb")));
    // The decisions are read off Folkeregisteret's feed every 200 ms instead of every 30 s.
    qputenv("MELDEKLIENT_DECISION_POLL_MS", "200");
}

void TestBirthNotificationFlow::init()
{
    QVERIFY(m_harness.sandbox.admin(QStringLiteral("api/reset")).ok());
    QVERIFY(m_harness.sandbox.adminDelete(QStringLiteral("folkeregisteret/faults")).ok());
}

std::unique_ptr<MainWindow> TestBirthNotificationFlow::openWithMother(
    Session::Session& session, Test::FlowDriver*& driver)
{
    QString why;
    std::unique_ptr<MainWindow> window = Test::GuiHarness::openSignedIn(session, &why);
    if (!window) {
        qWarning("%s", qPrintable(why));
        return nullptr;
    }
    m_driver = std::make_unique<Test::FlowDriver>(*window, true);
    driver = m_driver.get();
    // "Ny fødselsmelding" is the entry after "Ny dødsmelding" in the navigation: Tab there, Down.
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    if (!navigation || !Test::FlowDriver::tabTo(navigation))
        return nullptr;
    QTest::keyClick(navigation, Qt::Key_Down);
    if (window->currentPage() != MainWindow::Page::NewBirth)
        return nullptr;
    BirthNotificationPage* page = window->birthPage();
    page->startNew();
    if (!driver->confirmMother(QStringLiteral("128394 48269")))
        return nullptr;
    return window;
}

void TestBirthNotificationFlow::twinsByKeyboardAlone()
{
    QString why;
    auto session = m_harness.birthSession(&why);
    QVERIFY2(session, qPrintable(why));
    Test::FlowDriver* driver = nullptr;
    const std::unique_ptr<MainWindow> window = openWithMother(*session, driver);
    QVERIFY2(window, driver ? qPrintable(driver->failure()) : "no window");
    BirthNotificationPage* page = window->birthPage();
    QCOMPARE(page->motherPage()->personCard()->nameText(), QStringLiteral("Hanne Svangerud"));
    QuestionnaireForm* form = page->form();
    // The mother's number went into the form from the lookup; her name fields are not asked for.
    QCOMPARE(form->response().text(BirthNotificationPage::motherNumber), std::optional(motherNumber));
    QVERIFY(!form->input(QStringLiteral("mor.navn.fornavn"))->isVisible());

    auto* tabs = form->repeatTabs(BirthNotificationPage::childrenGroup);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabBar()->isTabVisible(1), false);
    auto* header1 = window->findChild<QLabel*>(QStringLiteral("barn_header"));
    QVERIFY2(header1->text().contains(QStringLiteral("Enkeltfødsel")), qPrintable(header1->text()));

    // Twins born 8 days ago: a notification after the week the law gives (a warning to confirm).
    const QDate born = QDate::currentDate().addDays(-8);
    QVERIFY2(driver->fillBirthChild(0, born, QStringLiteral("Kvinne")), qPrintable(driver->failure()));
    QVERIFY2(driver->press(QStringLiteral("barn_add")), qPrintable(driver->failure()));
    QCOMPARE(form->repeatCount(BirthNotificationPage::childrenGroup), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(tabs->tabBar()->isTabVisible(1));
    QVERIFY2(tabs->tabText(1).startsWith(QStringLiteral("Barn 2")), qPrintable(tabs->tabText(1)));
    // Plurality and birth order are computed, on each child's tab.
    auto* header2 = window->findChild<QLabel*>(QStringLiteral("barn_header_2"));
    QVERIFY2(header2->text().contains(QStringLiteral("22")), qPrintable(header2->text()));
    QVERIFY2(header1->text().contains(QStringLiteral("21")), qPrintable(header1->text()));
    QVERIFY2(driver->fillBirthChild(1, born, QStringLiteral("Mann")), qPrintable(driver->failure()));
    QVERIFY2(driver->fillBirthPlaceAndParents(), qPrintable(driver->failure()));

    // The warning shows at the field as soon as the midwife has left it, and its tab says so.
    QTRY_VERIFY(window->findChild<QLabel*>(name(QStringLiteral("barn.foedselsdato"), 1) + QStringLiteral("_issue"))
                    ->text()
                    .contains(QStringLiteral("mer enn en uke")));
    QVERIFY2(tabs->tabText(0).contains(QStringLiteral("advarsel")), qPrintable(tabs->tabText(0)));

    // Review: the two children, the warning of each to confirm; Send waits until both are confirmed.
    QVERIFY2(driver->press(QStringLiteral("birthNextButton")), qPrintable(driver->failure()));
    QCOMPARE(page->step(), BirthNotificationPage::Step::Review);
    ReviewPage* review = page->reviewPage();
    QVERIFY2(review->errors().isEmpty(), qPrintable(review->errors().value(0).message));
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("reviewSection_barn")));
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("reviewSection_barn_2")));
    QVERIFY2(window->findChild<QLabel*>(QStringLiteral("birthReviewMother"))->text().contains(u"Hanne Svangerud"),
        "the mother on the review");
    int late = 0;
    for (const auto& warning : review->warnings())
        late += warning.rule == u"birth-date-late" ? 1 : 0;
    QCOMPARE(late, 2); // one per child, each confirmed on its own
    QVERIFY(!review->canSend());
    for (int i = 0; i < review->warnings().size(); ++i)
        QVERIFY2(driver->press(QStringLiteral("warningConfirm_%1").arg(i)), qPrintable(driver->failure()));
    QVERIFY(review->canSend());

    // Send: one message per child, received for processing, then Folkeregisteret's decision with each child's
    // new fødselsnummer, shown per child.
    const int before = m_harness.sandbox.get(QStringLiteral("/_sandbox/folkeregisteret/records"))
                           .body.value(u"messages")
                           .toArray()
                           .size();
    QVERIFY2(driver->press(QStringLiteral("birthNextButton")), qPrintable(driver->failure()));
    QCOMPARE(page->step(), BirthNotificationPage::Step::Status);
    QVERIFY(!page->birthId().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel*>(QStringLiteral("birthChildNumber_1"))
            && window->findChild<QLabel*>(QStringLiteral("birthChildNumber_2")),
        30000);
    const QString first = window->findChild<QLabel*>(QStringLiteral("birthChildNumber_1"))->text().remove(u' ');
    const QString second = window->findChild<QLabel*>(QStringLiteral("birthChildNumber_2"))->text().remove(u' ');
    QCOMPARE(first.size(), 11);
    QCOMPARE(second.size(), 11);
    QVERIFY(first != second);
    // The twins' numbers carry their birth date (synthetic in the sandbox: month + 80).
    QCOMPARE(first.left(4), born.toString(QStringLiteral("dd")) + QString::number(born.month() + 80));
    QVERIFY2(window->findChild<QLabel*>(QStringLiteral("birthChildStatus_2"))->text().contains(u"registrert"),
        qPrintable(window->findChild<QLabel*>(QStringLiteral("birthChildStatus_2"))->text()));
    const QJsonArray messages
        = m_harness.sandbox.get(QStringLiteral("/_sandbox/folkeregisteret/records")).body.value(u"messages").toArray();
    QCOMPARE(messages.size() - before, 2); // exactly once per child
    session->signOut();
}

void TestBirthNotificationFlow::aChildsErrorMarksItsTabAndBlocks()
{
    auto session = m_harness.session();
    Test::FlowDriver* driver = nullptr;
    const std::unique_ptr<MainWindow> window = openWithMother(*session, driver);
    QVERIFY2(window, driver ? qPrintable(driver->failure()) : "no window");
    BirthNotificationPage* page = window->birthPage();
    QuestionnaireForm* form = page->form();
    auto* tabs = form->repeatTabs(BirthNotificationPage::childrenGroup);
    QVERIFY2(driver->fillBirthChild(0, QDate::currentDate(), QStringLiteral("Kvinne")), qPrintable(driver->failure()));
    QVERIFY2(driver->press(QStringLiteral("barn_add")), qPrintable(driver->failure()));
    // The second child born tomorrow: an error of that child only.
    QVERIFY2(driver->fillBirthChild(1, QDate::currentDate().addDays(1), QStringLiteral("Mann")),
        qPrintable(driver->failure()));
    QVERIFY2(driver->fillBirthPlaceAndParents(), qPrintable(driver->failure()));
    QTRY_VERIFY2(tabs->tabText(1).contains(QStringLiteral("feil")), qPrintable(tabs->tabText(1)));
    QVERIFY2(!tabs->tabText(0).contains(QStringLiteral("feil")), qPrintable(tabs->tabText(0)));
    QVERIFY(!tabs->tabIcon(1).isNull());
    // In the summary at the top too, naming the child.
    bool named = false;
    for (const auto& issue : form->shownIssues())
        named = named || (issue.rule == u"birth-date-future" && issue.repeat == 1);
    QVERIFY(named);

    QVERIFY2(driver->press(QStringLiteral("birthNextButton")), qPrintable(driver->failure()));
    ReviewPage* review = page->reviewPage();
    QVERIFY(!review->errors().isEmpty());
    QCOMPARE(review->errors().constFirst().rule, QStringLiteral("birth-date-future"));
    QCOMPARE(review->errors().constFirst().repeat, 1);
    QVERIFY(!review->canSend());
    QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("birthNextButton"))->isEnabled());
    // "Endre" goes back to that child's tab and field.
    QVERIFY2(driver->press(QStringLiteral("reviewErrorEdit_0")), qPrintable(driver->failure()));
    QCOMPARE(page->step(), BirthNotificationPage::Step::Entry);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(QApplication::focusWidget(), form->input(QStringLiteral("barn.foedselsdato"), 1));

    // Removing the second child renumbers: one child left, plurality gone (after confirming the removal).
    answerModal(this, [](QWidget* box) {
        for (auto* button : box->findChildren<QPushButton*>()) {
            if (button->text().remove(u'&').contains(QStringLiteral("Fjern"))) {
                button->click();
                return true;
            }
        }
        return false;
    });
    QVERIFY2(driver->press(QStringLiteral("barn_remove")), qPrintable(driver->failure()));
    QTRY_COMPARE(form->repeatCount(BirthNotificationPage::childrenGroup), 1);
    QVERIFY(!tabs->tabBar()->isTabVisible(1));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("barn_header"))->text().contains(QStringLiteral("Enkeltfødsel")));
    session->signOut();
}

void TestBirthNotificationFlow::theCopyIsSavedAsPdfWhereChosen()
{
    auto session = m_harness.session();
    Test::FlowDriver* driver = nullptr;
    const std::unique_ptr<MainWindow> window = openWithMother(*session, driver);
    QVERIFY2(window, driver ? qPrintable(driver->failure()) : "no window");
    QVERIFY2(driver->fillBirthChild(0, QDate::currentDate(), QStringLiteral("Kvinne")), qPrintable(driver->failure()));
    QVERIFY2(driver->fillBirthPlaceAndParents(), qPrintable(driver->failure()));
    QVERIFY2(driver->press(QStringLiteral("birthNextButton")), qPrintable(driver->failure()));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("kopi.pdf"));
    // The user chooses the file in the save dialog.
    QString offered;
    answerModal(this, [&](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        if (!dialog)
            return false;
        if (offered.isEmpty())
            offered = dialog->selectedFiles().value(0);
        // Typed as the user would: an absolute path in the file name field wins over the folder the dialog is still
        // listing (selectFile() alone raced with that listing on a loaded CI machine and never matched).
        if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        else
            dialog->selectFile(path);
        if (dialog->selectedFiles().value(0) != path)
            return false;
        static_cast<QDialog*>(dialog)->accept();
        return true;
    });
    QVERIFY2(driver->press(QStringLiteral("birthPdfButton")), qPrintable(driver->failure()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000);
    // Offered in the documents folder, never in a temporary folder.
    QVERIFY2(!offered.startsWith(QDir::tempPath()), qPrintable(offered));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.size() > 3000, qPrintable(QString::number(bytes.size()))); // text and fonts, not an empty page
    session->signOut();
}

// Triplets with one stillborn child, as BirthNotificationService reports them: the new number in large type for the
// live-born, "no fødselsnummer" for the stillborn (before and after the decision), the reason for a refusal.
void TestBirthNotificationFlow::eachChildsStatusIsSaidPlainly()
{
    using Outbox::ItemState;
    Session::BirthChildStatus registered;
    registered.childNumber = 1;
    registered.state = ItemState::Registered;
    registered.newIdentifier = QStringLiteral("28912650024");
    Session::BirthChildStatus stillborn;
    stillborn.childNumber = 2;
    stillborn.liveBorn = false;
    stillborn.state = ItemState::AcceptedForProcessing;
    stillborn.folkeregisterReferanse = QStringLiteral("ref-2");
    Session::BirthChildStatus refused;
    refused.childNumber = 3;
    refused.state = ItemState::Refused;
    refused.message = QStringLiteral("Mor er ikke kjent.");
    BirthStatusView view;
    view.setStatus({registered, stillborn, refused});
    QCOMPARE(view.lines().size(), 3);
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("birthChildNumber_1"))->text(), QStringLiteral("289126 50024"));
    QVERIFY2(view.lines().at(1).contains(u"ref-2") && view.lines().at(1).contains(u"får ikke fødselsnummer"),
        qPrintable(view.lines().at(1)));
    QVERIFY(!view.findChild<QLabel*>(QStringLiteral("birthChildNumber_2")));
    QVERIFY2(view.lines().at(2).contains(u"avvist") && view.lines().at(2).contains(u"Mor er ikke kjent."),
        qPrintable(view.lines().at(2)));
    stillborn.state = ItemState::Registered;
    view.setStatus({registered, stillborn, refused});
    QVERIFY2(view.lines().at(1).contains(u"registrert som dødfødt"), qPrintable(view.lines().at(1)));
    QVERIFY(!view.findChild<QLabel*>(QStringLiteral("birthChildNumber_2")));
}

// Twins sent, Folkeregisteret refuses twin 2 naming the wrong field; the midwife presses Korriger (keyboard alone),
// the birth screen opens in correction mode with what was sent and the mother confirmed again, she fixes the field,
// sends; twin 2 ends registered with a new number, and the register holds 3 messages: the 2 originals and 1 correction.
// The outbox offers Korriger for the refused item too (reachable after a restart), and no longer once corrected.
void TestBirthNotificationFlow::refusedTwinIsCorrectedByKeyboard()
{
    const QString reason = QStringLiteral("Barnets kjønn (barn.kjoenn) stemmer ikke med sykehusets journal");
    QVERIFY(m_harness.sandbox.admin(QStringLiteral("folkeregisteret/faults"),
        QJsonObject {{"fault", "rejected"}, {"child", 2}, {"reason", reason}}).ok());
    const auto records = [this] {
        return m_harness.sandbox.get(QStringLiteral("/_sandbox/folkeregisteret/records")).body.value(u"messages").toArray();
    };
    const qsizetype before = records().size();
    QString why;
    auto session = m_harness.birthSession(&why);
    QVERIFY2(session, qPrintable(why));
    Test::FlowDriver* driver = nullptr;
    const std::unique_ptr<MainWindow> window = openWithMother(*session, driver);
    QVERIFY2(window, driver ? qPrintable(driver->failure()) : "no window");
    BirthNotificationPage* page = window->birthPage();
    const QDate born = QDate::currentDate();
    QVERIFY2(driver->fillBirthChild(0, born, QStringLiteral("Kvinne")), qPrintable(driver->failure()));
    QVERIFY2(driver->press(QStringLiteral("barn_add")), qPrintable(driver->failure()));
    QVERIFY2(driver->fillBirthChild(1, born, QStringLiteral("Mann")), qPrintable(driver->failure()));
    QVERIFY2(driver->fillBirthPlaceAndParents(), qPrintable(driver->failure()));
    QVERIFY2(driver->press(QStringLiteral("birthNextButton")), qPrintable(driver->failure()));
    for (int i = 0; i < page->reviewPage()->warnings().size(); ++i)
        QVERIFY2(driver->press(QStringLiteral("warningConfirm_%1").arg(i)), qPrintable(driver->failure()));
    QVERIFY2(driver->press(QStringLiteral("birthNextButton")), qPrintable(driver->failure()));
    const QString original = page->birthId();
    QVERIFY(!original.isEmpty());

    // Twin 1 registered, twin 2 refused with the reason; Korriger on twin 2 (and on twin 1: registered, correctable).
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QPushButton*>(QStringLiteral("birthCorrect_2")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel*>(QStringLiteral("birthChildNumber_1")), 30000);
    const QString refusal = window->findChild<QLabel*>(QStringLiteral("birthChildStatus_2"))->text();
    QVERIFY2(refusal.contains(reason) && refusal.contains(u"avvist"), qPrintable(refusal));
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("birthCorrect_1")));

    // The outbox offers it too, for the refused item only.
    window->showPage(MainWindow::Page::Outbox);
    auto* outbox = window->findChild<OutboxPage*>();
    QVERIFY(outbox);
    QTableView* table = outbox->view();
    int refusedRow = -1;
    for (int row = 0; row < outbox->model()->rowCount(); ++row) {
        const Outbox::OutboxItem* item = outbox->model()->itemAt(row);
        if (item && item->groupId == original && item->state == Outbox::ItemState::Refused)
            refusedRow = row;
    }
    QVERIFY(refusedRow >= 0);
    table->setCurrentIndex(outbox->model()->index(refusedRow, 0));
    QTRY_VERIFY(window->findChild<QPushButton*>(QStringLiteral("outboxCorrectButton"))->isVisible());
    // Back on the birth page as a keyboard user comes back: from the navigation (the outbox table keeps Tab to
    // itself, moving between its cells).
    window->showPage(MainWindow::Page::NewBirth);
    window->findChild<QListWidget*>(QStringLiteral("navigation"))->setFocus(Qt::OtherFocusReason);

    // Rows a decision rebuilt are shown on the next turn of the event loop (QLayout shows new children queued).
    QTRY_VERIFY(window->findChild<QPushButton*>(QStringLiteral("birthCorrect_2"))
        && window->findChild<QPushButton*>(QStringLiteral("birthCorrect_2"))->isVisible());
    QVERIFY2(driver->press(QStringLiteral("birthCorrect_2")), qPrintable(driver->failure()));
    QVERIFY(page->isCorrecting());
    QCOMPARE(page->step(), BirthNotificationPage::Step::Entry);
    auto* banner = window->findChild<QLabel*>(QStringLiteral("birthCorrectionText"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Korrigering av fødselsmelding sendt")) && banner->text().endsWith(u"barn 2"),
        qPrintable(banner->text()));
    QCOMPARE(page->correctionChildren(), QList<int>({2}));
    auto* twin1 = window->findChild<QCheckBox*>(QStringLiteral("birthCorrectChild_1"));
    QVERIFY(twin1 && twin1->isEnabled() && !twin1->isChecked()); // registered: may be chosen, not proposed
    // What was sent is in the form, the mother confirmed again.
    QVERIFY2(page->form()->repeatCount(BirthNotificationPage::childrenGroup) == 2,
        qPrintable(window->findChild<QLabel*>(QStringLiteral("birthCorrectionNote"))->text()));
    QTRY_VERIFY_WITH_TIMEOUT(page->motherPage()->confirmedPerson().has_value(), 20000);
    QCOMPARE(page->form()->response().text(BirthNotificationPage::motherNumber), std::optional(motherNumber));

    // The field the reason names, on twin 2's tab (reached from the tab bar by keyboard): Mann → Kvinne.
    auto* tabs = page->form()->repeatTabs(BirthNotificationPage::childrenGroup);
    QVERIFY(Test::FlowDriver::tabTo(tabs->tabBar()));
    QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
    QCOMPARE(tabs->currentIndex(), 1);
    auto* sex = window->findChild<QComboBox*>(name(QStringLiteral("barn.kjoenn"), 1));
    QVERIFY(sex && Test::FlowDriver::tabTo(sex));
    QVERIFY2(sex->currentText().startsWith(u"Mann"), qPrintable(sex->currentText())); // as sent
    for (int i = 0; i < sex->count() && !sex->currentText().startsWith(u"Kvinne"); ++i)
        QTest::keyClick(sex, Qt::Key_Up);
    QVERIFY2(sex->currentText().startsWith(u"Kvinne"), qPrintable(sex->currentText()));
    // The change is a draft, and the draft comes back as the correction it is: sent as a new birth it would have
    // the child registered twice.
    page->saveNow();
    QVERIFY(page->draftId().has_value());
    auto* drafts = window->findChild<DraftsPage*>();
    drafts->reload();
    QCOMPARE(drafts->draftCount(), 1);
    QVERIFY2(drafts->list()->item(0)->text().startsWith(QStringLiteral("Korrigering av fødselsmelding")),
        qPrintable(drafts->list()->item(0)->text()));
    {
        BirthNotificationPage reopened(*session);
        reopened.openDraft(*page->draftId());
        QVERIFY(reopened.isCorrecting());
        QCOMPARE(reopened.correctionChildren(), QList<int>({2}));
        auto* reopenedSex = reopened.findChild<QComboBox*>(name(QStringLiteral("barn.kjoenn"), 1));
        QVERIFY(reopenedSex && reopenedSex->currentText().startsWith(u"Kvinne"));
    }
    QVERIFY2(driver->press(QStringLiteral("birthNextButton")), qPrintable(driver->failure()));
    QCOMPARE(page->step(), BirthNotificationPage::Step::Review);
    QVERIFY(banner->isVisible()); // the review says it is a correction, and of which child
    QVERIFY2(window->findChild<QPushButton*>(QStringLiteral("birthNextButton"))->text().contains(u"korrigering"),
        qPrintable(window->findChild<QPushButton*>(QStringLiteral("birthNextButton"))->text()));
    for (int i = 0; i < page->reviewPage()->warnings().size(); ++i)
        QVERIFY2(driver->press(QStringLiteral("warningConfirm_%1").arg(i)), qPrintable(driver->failure()));
    QVERIFY2(driver->press(QStringLiteral("birthNextButton")), qPrintable(driver->failure()));
    QCOMPARE(page->step(), BirthNotificationPage::Step::Status);
    QVERIFY(!page->isCorrecting());
    QVERIFY(page->birthId() != original); // the status follows the new message
    drafts->reload();
    QCOMPARE(drafts->draftCount(), 0); // the correction's draft is its queued message now

    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel*>(QStringLiteral("birthChildNumber_2")), 30000);
    const QString number = window->findChild<QLabel*>(QStringLiteral("birthChildNumber_2"))->text().remove(u' ');
    QCOMPARE(number.size(), 11);
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("birthChildNumber_1"))); // only twin 2 was sent again
    QCOMPARE(page->statusView()->lines().size(), 1);
    QVERIFY2(page->statusView()->lines().constFirst().contains(original + QStringLiteral("-2")),
        qPrintable(page->statusView()->lines().constFirst()));

    // The register holds exactly 3 messages of this birth: 2 originals and the correction of twin 2 (now a girl).
    const QJsonArray after = records();
    QCOMPARE(after.size() - before, 3);
    const QJsonObject correction = after.last().toObject();
    QCOMPARE(correction.value(u"correction").toBool(), true);
    QCOMPARE(correction.value(u"originalMessage").toString(), original + QStringLiteral("-2"));
    QCOMPARE(correction.value(u"sex").toString(), QStringLiteral("kvinne"));
    QCOMPARE(correction.value(u"decision").toString(), QStringLiteral("godkjent"));

    // Corrected: the outbox no longer offers Korriger for the refused original.
    window->showPage(MainWindow::Page::Outbox);
    table->setCurrentIndex(outbox->model()->index(refusedRow, 1));
    QTRY_VERIFY(!window->findChild<QPushButton*>(QStringLiteral("outboxCorrectButton"))->isVisible());
    session->signOut();
}

// Korriger on a registered child asks first (its data in Folkeregisteret will change; Avbryt is the default); a
// refused one goes at once; a corrected child has no Korriger and names its correction.
void TestBirthNotificationFlow::aRegisteredChildIsCorrectedOnlyAfterConfirming()
{
    using Outbox::ItemState;
    Session::BirthChildStatus registered;
    registered.childNumber = 1;
    registered.state = ItemState::Registered;
    registered.newIdentifier = QStringLiteral("28912650024");
    registered.correctability = Session::BirthCorrectability::Correctable;
    Session::BirthChildStatus corrected;
    corrected.childNumber = 2;
    corrected.state = ItemState::Refused;
    corrected.correctability = Session::BirthCorrectability::AlreadyCorrected;
    corrected.correctedBy = Session::BirthCorrectionLink {QStringLiteral("b2"), 2, 9, QStringLiteral("b2-2"), {}};
    BirthStatusView view;
    view.setStatus({registered, corrected});
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("birthCorrect_2")));
    QVERIFY2(view.lines().at(1).contains(u"b2-2"), qPrintable(view.lines().at(1)));
    auto* correct = view.findChild<QPushButton*>(QStringLiteral("birthCorrect_1"));
    QVERIFY(correct);
    QSignalSpy requested(&view, &BirthStatusView::correctRequested);
    QString asked;
    const auto answer = [&asked](const QString& choice) {
        return [&asked, choice](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            if (!box)
                return false;
            asked = box->text();
            if (choice.isEmpty()) {
                QTest::keyClick(box, Qt::Key_Return); // the default: Avbryt
                return true;
            }
            for (QAbstractButton* button : box->buttons()) {
                if (button->text().remove(u'&') == choice)
                    button->click();
            }
            return true;
        };
    };
    answerModal(this, answer(QString()));
    correct->click();
    QVERIFY2(asked.contains(u"registrert i Folkeregisteret"), qPrintable(asked));
    QCOMPARE(requested.size(), 0);
    answerModal(this, answer(QStringLiteral("Korriger")));
    correct->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().value(0).toInt(), 1);
}

QTEST_MAIN(TestBirthNotificationFlow)
#include "TestBirthNotificationFlow.moc"
