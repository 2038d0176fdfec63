#include "FlowDriver.h"
#include "GuiHarness.h"
#include "core/common/Translations.h"
#include "gui/IdentifierField.h"
#include "gui/IdentifyPage.h"
#include "gui/MainWindow.h"
#include "gui/PersonCard.h"
#include "gui/birth/BirthNotificationPage.h"
#include "gui/forms/QuestionnaireForm.h"
#include "gui/forms/ReviewPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QTabWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

// The doctor's window on a real X server (Xvfb) at 1366×768, signed in against the sandbox, saved as PNGs for people
// to look at (build/screenshots/). Run once at 100 %, once with QT_SCALE_FACTOR=1.5 on the same 1366×768 screen, and
// once at 200 % with the window 1366×768 in logical pixels (a high-density laptop screen; Xvfb screen 2800×1600,
// MELDEKLIENT_SCREENSHOT_LOGICAL=1). MELDEKLIENT_SCREENSHOT_SUFFIX names the files. It checks that nothing needs a
// window larger than the screen (pages scroll instead).
class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signedInWithAPersonConfirmed();
    void birthOfTwinsWithAWarning();

private:
    QString save(QWidget& widget, const QString& name);
    Test::GuiHarness m_harness;
    QString m_icd10Missing;
};

void TestScreenshots::initTestCase()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs an X server: run under tests/support/with-test-session.sh (Xvfb)");
    MELDEKLIENT_START_SANDBOX(m_harness.sandbox);
    m_harness.useHome();
    QVERIFY(Translations::install(QStringLiteral("nb")));
    m_icd10Missing = Test::GuiHarness::importIcd10();
}

QString TestScreenshots::save(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("MELDEKLIENT_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(folder);
    const QString file = folder + u'/' + name + qEnvironmentVariable("MELDEKLIENT_SCREENSHOT_SUFFIX") + u".png";
    const QPixmap shot = widget.grab();
    if (shot.isNull() || !shot.save(file))
        return {};
    qInfo("screenshot: %s", qPrintable(file));
    return file;
}

void TestScreenshots::signedInWithAPersonConfirmed()
{
    // A 1366×768 laptop screen less a task bar, in logical pixels at this scale (QT_SCALE_FACTOR).
    const qreal scale = QGuiApplication::primaryScreen()->devicePixelRatio();
    const bool logical = qEnvironmentVariable("MELDEKLIENT_SCREENSHOT_LOGICAL") == u"1";
    const QSize screen = logical ? QSize(1366, 728) : (QSizeF(1366, 728) / scale).toSize();
    QVERIFY2(QGuiApplication::primaryScreen()->availableSize().width() >= screen.width(),
        "the X screen is smaller than the window");
    qInfo("window %dx%d logical at scale %.2f", screen.width(), screen.height(), scale);
    auto session = m_harness.session();
    MainWindow window(*session);
    window.resize(screen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!save(window, QStringLiteral("sign-in")).isEmpty());
    QString why;
    QVERIFY2(Test::GuiHarness::signIn(window, &why), qPrintable(why));
    auto* page = window.findChild<IdentifyPage*>(QStringLiteral("identifyStep"));
    QTest::keyClicks(page->identifierField()->lineEdit(), QStringLiteral("178538 42044"));
    QTRY_VERIFY_WITH_TIMEOUT(page->personCard()->isVisible(), 20000);
    page->confirmBox()->setChecked(true);
    window.resize(screen);
    QTest::qWait(300);
    // The window fits the screen: the minimum size of everything in it is no larger than 1366×768 in logical pixels.
    QVERIFY2(window.minimumSizeHint().width() <= screen.width() && window.minimumSizeHint().height() <= screen.height(),
        qPrintable(QStringLiteral("minimum %1x%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
    QVERIFY(!save(window, QStringLiteral("main-window-signed-in")).isEmpty());
    window.showPage(MainWindow::Page::Outbox);
    QTest::qWait(100);
    QVERIFY(!save(window, QStringLiteral("outbox")).isEmpty());

    // The cause-of-death chain with a warning showing, and the review page (needs the ICD-10 list).
    if (!m_icd10Missing.isEmpty()) {
        qInfo("no cause-chain and review screenshots: %s", qPrintable(m_icd10Missing));
        session->signOut();
        return;
    }
    window.showPage(MainWindow::Page::NewNotification);
    QApplication::setActiveWindow(&window);
    Test::FlowDriver driver(window, false);
    QVERIFY(driver.press(QStringLiteral("flowNextButton")));
    QVERIFY2(driver.fillDeathFacts(), qPrintable(driver.failure()));
    QVERIFY(driver.press(QStringLiteral("flowNextButton")));
    QVERIFY2(driver.chooseIcd10(QStringLiteral("causeOfDeath_question_A_code"), QStringLiteral("J18.9")),
        qPrintable(driver.failure()));
    QVERIFY(driver.choose(QStringLiteral("causeOfDeath_question_A_time"), QStringLiteral("1 måned")));
    QVERIFY2(driver.chooseIcd10(QStringLiteral("causeOfDeath_question_B_code"), QStringLiteral("J44.9")),
        qPrintable(driver.failure()));
    QVERIFY(driver.choose(QStringLiteral("causeOfDeath_question_B_time"), QStringLiteral("0–7")));
    QTest::qWait(200);
    // The steps scroll down, never sideways: a horizontal scroll bar would hide the line letters and labels.
    auto* steps = window.findChild<QScrollArea*>(QStringLiteral("flowScroll"));
    QVERIFY(steps);
    QVERIFY2(!steps->horizontalScrollBar()->isVisible(),
        qPrintable(QStringLiteral("the cause chain needs %1 px, the window has %2")
                       .arg(steps->widget()->minimumSizeHint().width())
                       .arg(steps->viewport()->width())));
    QVERIFY(!save(window, QStringLiteral("cause-chain-warning")).isEmpty());
    QVERIFY2(driver.fillRestOfCauses(), qPrintable(driver.failure()));
    QVERIFY(driver.press(QStringLiteral("flowNextButton")));
    QTest::qWait(200);
    QVERIFY(!steps->horizontalScrollBar()->isVisible());
    QVERIFY(!save(window, QStringLiteral("review")).isEmpty());
    session->signOut();
}

// The midwife's screen: twins on two tabs, the second child's birth a week and a day ago (a warning at the field and
// on its tab), then the review with the warnings to confirm.
void TestScreenshots::birthOfTwinsWithAWarning()
{
    const qreal scale = QGuiApplication::primaryScreen()->devicePixelRatio();
    const QSize screen = (QSizeF(1366, 728) / scale).toSize();
    qputenv("MELDEKLIENT_DECISION_POLL_MS", "200");
    QString why;
    auto session = m_harness.birthSession(&why);
    QVERIFY2(session, qPrintable(why));
    MainWindow window(*session);
    window.resize(screen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(Test::GuiHarness::restoreOrSignIn(window, *session, &why), qPrintable(why));
    window.showPage(MainWindow::Page::NewBirth);
    window.birthPage()->startNew();
    QApplication::setActiveWindow(&window);
    Test::FlowDriver driver(window, false);
    QVERIFY2(driver.confirmMother(QStringLiteral("12839448269")), qPrintable(driver.failure()));
    const QDate born = QDate::currentDate().addDays(-8);
    QVERIFY2(driver.fillBirthChild(0, born, QStringLiteral("Kvinne"), QStringLiteral("2870")),
        qPrintable(driver.failure()));
    QVERIFY(driver.press(QStringLiteral("barn_add")));
    QVERIFY2(driver.fillBirthChild(1, born, QStringLiteral("Mann"), QStringLiteral("3120")),
        qPrintable(driver.failure()));
    QVERIFY2(driver.fillBirthPlaceAndParents(), qPrintable(driver.failure()));
    // Back on the second child's tab, its date just left: the warning shows there and on both tabs.
    BirthNotificationPage* page = window.birthPage();
    QVERIFY(page->form()->focusLinkId(QStringLiteral("barn.kjoenn"), 1));
    QTest::qWait(200);
    QVERIFY(page->form()->repeatTabs(BirthNotificationPage::childrenGroup)->tabText(1).contains(u"advarsel"));
    QVERIFY(window.minimumSizeHint().width() <= screen.width() && window.minimumSizeHint().height() <= screen.height());
    QVERIFY(!save(window, QStringLiteral("birth-twins-warning")).isEmpty());
    QVERIFY(driver.press(QStringLiteral("birthNextButton")));
    QTest::qWait(200);
    QVERIFY(!save(window, QStringLiteral("birth-review")).isEmpty());
    // Each warning confirmed, sent: the decision with each child's new number.
    for (int i = 0; i < page->reviewPage()->warnings().size(); ++i)
        QVERIFY(driver.press(QStringLiteral("warningConfirm_%1").arg(i)));
    QVERIFY(driver.press(QStringLiteral("birthNextButton")));
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget*>(QStringLiteral("birthChildNumber_2")), 30000);
    QTest::qWait(200);
    QVERIFY(!save(window, QStringLiteral("birth-decision")).isEmpty());
    // A correction of child 2 (as after its Korriger): the banner, the boxes per child, the form as sent.
    QVERIFY(page->startCorrection(page->birthId(), {2}));
    QTRY_VERIFY_WITH_TIMEOUT(page->motherPage()->confirmedPerson().has_value(), 20000);
    QTest::qWait(200);
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("birthCorrectionBanner"))->isVisible());
    QVERIFY(!save(window, QStringLiteral("birth-correction")).isEmpty());
    session->signOut();
}

int main(int argc, char* argv[])
{
    // Prefer the real X server when one is there; the environment default (offscreen) otherwise.
    if (qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TestScreenshots test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestScreenshots.moc"
