#include "AccessibilityWalk.h"
#include "FlowDriver.h"
#include "GuiHarness.h"
#include "core/common/Translations.h"
#include "core/config/ConfigLocations.h"
#include "gui/DeathConfirmation.h"
#include "gui/IdentifyPage.h"
#include "gui/MainWindow.h"
#include "gui/NotificationFlow.h"
#include "gui/PageStack.h"
#include "gui/ReceiptPage.h"
#include "gui/SettingsPage.h"
#include "gui/SignInPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

// Issue 10: every page of the doctor's window, as a screen reader and a keyboard user meet it (AccessibilityWalk):
// sign-in, each step of a new death notification (empty, with the registry's person, Del 1, Del 2, review with its
// warnings, the Del 1 confirmation, receipt), every page of the page list (drafts, outbox, settings, and whatever
// page is added later), the About box and the settings page with a language the policy locks.
class TestWindowAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageIsAccessibleInVisualTabOrder();
    void lockedSettingsAreAccessible();

private:
    void walk(QWidget* page, const QString& what, int minimumInputs = 1);

    Test::GuiHarness m_harness;
    QString m_icd10Missing;
    QStringList m_walked;
};

void TestWindowAccessibility::initTestCase()
{
    MELDEKLIENT_START_SANDBOX(m_harness.sandbox);
    m_harness.useHome();
    QVERIFY(Translations::install(QStringLiteral("nb")));
    m_icd10Missing = Test::GuiHarness::importIcd10();
}

void TestWindowAccessibility::walk(QWidget* page, const QString& what, int minimumInputs)
{
    QVERIFY2(page && page->isVisible(), qPrintable(what + QStringLiteral(" is not shown")));
    const QStringList problems = Test::AccessibilityWalk::violations(page, what, minimumInputs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    m_walked.append(what);
}

void TestWindowAccessibility::everyPageIsAccessibleInVisualTabOrder()
{
    if (!m_icd10Missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the walk reaches the review through the ICD-10 completer: ") + m_icd10Missing));
    QVERIFY(m_harness.sandbox.admin(QStringLiteral("api/reset")).ok());
    auto session = m_harness.session();
    session->signOut();
    {
        MainWindow signedOut(*session);
        signedOut.resize(1366, 768);
        signedOut.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signedOut));
        walk(signedOut.signInPage(), QStringLiteral("sign-in"));
        if (QTest::currentTestFailed())
            return;
    }
    QString why;
    const std::unique_ptr<MainWindow> opened = Test::GuiHarness::openSignedIn(*session, &why);
    QVERIFY2(opened, qPrintable(why));
    MainWindow& window = *opened;
    window.resize(1366, 768);
    NotificationFlow* flow = window.notificationFlow();
    Test::FlowDriver driver(window, true);

    walk(flow, QStringLiteral("identify, empty"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(driver.type(QStringLiteral("identifierEdit"), QStringLiteral("17853842044")), qPrintable(driver.failure()));
    QVERIFY(Test::FlowDriver::waitFor([flow] { return flow->identifyPage()->isVisible()
        && flow->findChild<QWidget*>(QStringLiteral("personCard"))->isVisible(); }));
    walk(flow, QStringLiteral("identify, with the registry's person"), 3);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(driver.press(QStringLiteral("confirmPersonBox")) && driver.press(QStringLiteral("flowNextButton")),
        qPrintable(driver.failure()));
    QCOMPARE(flow->step(), std::optional(NotificationFlow::Step::DeathFacts));
    walk(flow, QStringLiteral("Del 1"), 5);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(driver.fillDeathFacts() && driver.press(QStringLiteral("flowNextButton")), qPrintable(driver.failure()));
    QCOMPARE(flow->step(), std::optional(NotificationFlow::Step::Causes));
    walk(flow, QStringLiteral("Del 2, the cause chain"), 10);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(driver.chooseIcd10(QStringLiteral("causeOfDeath_question_A_code"), QStringLiteral("J18.9"))
            && driver.choose(QStringLiteral("causeOfDeath_question_A_time"), QStringLiteral("1 måned"))
            && driver.chooseIcd10(QStringLiteral("causeOfDeath_question_B_code"), QStringLiteral("J44.9"))
            && driver.choose(QStringLiteral("causeOfDeath_question_B_time"), QStringLiteral("0–7"))
            && driver.fillRestOfCauses() && driver.press(QStringLiteral("flowNextButton")),
        qPrintable(driver.failure()));
    QCOMPARE(flow->step(), std::optional(NotificationFlow::Step::Review));
    walk(flow, QStringLiteral("review, with a warning"), 3);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(driver.confirmWarnings() >= 1, qPrintable(driver.failure()));

    // Every page of the page list, whatever pages there are (the drafts page holds this notification's draft).
    flow->saveNow();
    PageStack* pages = window.pageStack();
    QVERIFY(pages->count() >= 4);
    for (int i = 1; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QWidget* page = pages->page(i);
        walk(page, QStringLiteral("page ") + page->objectName());
        QVERIFY(!QTest::currentTestFailed());
    }
    // The About box from the settings page.
    window.showPage(MainWindow::Page::Settings);
    QStringList aboutProblems {QStringLiteral("the About box did not open")};
    Test::FlowDriver::answerModal(this, QStringLiteral("aboutDialog"), [&](QWidget* about) {
        aboutProblems = Test::AccessibilityWalk::violations(about, QStringLiteral("About"));
        QMetaObject::invokeMethod(about, "reject");
    });
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("aboutButton")), Qt::LeftButton);
    QVERIFY2(aboutProblems.isEmpty(), qPrintable(aboutProblems.join(u'\n')));
    m_walked.append(QStringLiteral("About"));
    window.showPage(MainWindow::Page::NewNotification);

    // The Del 1 confirmation, then the receipt.
    QStringList confirmationProblems {QStringLiteral("the Del 1 confirmation did not open")};
    Test::FlowDriver::answerModal(this, QString::fromLatin1(DeathConfirmation::DialogObjectName), [&](QWidget* box) {
        confirmationProblems = Test::AccessibilityWalk::violations(box, QStringLiteral("Del 1 confirmation"), 2);
        QTest::mouseClick(box->findChild<QPushButton*>(QLatin1StringView(DeathConfirmation::SendButtonObjectName)),
            Qt::LeftButton);
    });
    QVERIFY2(driver.press(QStringLiteral("flowNextButton")), qPrintable(driver.failure()));
    QTRY_VERIFY(confirmationProblems.isEmpty() || confirmationProblems.size() > 1
        || !confirmationProblems.constFirst().contains(QStringLiteral("did not open")));
    QVERIFY2(confirmationProblems.isEmpty(), qPrintable(confirmationProblems.join(u'\n')));
    m_walked.append(QStringLiteral("Del 1 confirmation"));
    QTRY_VERIFY_WITH_TIMEOUT(flow->receiptPage()->stage() == ReceiptPage::Stage::Accepted, 30000);
    walk(flow, QStringLiteral("receipt"), 2);
    QVERIFY(!QTest::currentTestFailed());
    window.showPage(MainWindow::Page::Outbox);
    walk(pages->page(static_cast<int>(MainWindow::Page::Outbox)), QStringLiteral("outbox with sent parts"));
    QVERIFY(!QTest::currentTestFailed());
    // Ten fixed steps and dialogs, and every page of the list but the first (walked as the notification's steps).
    QVERIFY2(m_walked.size() == 10 + pages->count() - 1, qPrintable(m_walked.join(QStringLiteral(", "))));
}

void TestWindowAccessibility::lockedSettingsAreAccessible()
{
    QTemporaryDir dir;
    QFile policy(dir.filePath(QStringLiteral("policy.conf")));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("Language=nn\n");
    policy.close();
    Config::ConfigLocations::setForTesting(Config::ConfigLocations {{dir.filePath(QStringLiteral("policy.conf"))},
        {dir.filePath(QStringLiteral("user.conf"))}, {dir.filePath(QStringLiteral("system.conf"))}});
    {
        QScrollArea area;
        auto* page = new SettingsPage;
        area.setWidgetResizable(true);
        area.setWidget(page);
        area.resize(1366, 768);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY(!page->languageBox()->isEnabled());
        walk(page, QStringLiteral("settings with a locked language"), 2);
    }
    Config::ConfigLocations::setForTesting(std::nullopt);
}

QTEST_MAIN(TestWindowAccessibility)
#include "TestWindowAccessibility.moc"
