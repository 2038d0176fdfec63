#include "FlowDriver.h"
#include "GuiHarness.h"
#include "core/common/Translations.h"
#include "gui/IdentifierField.h"
#include "gui/IdentifyPage.h"
#include "gui/MainWindow.h"
#include "gui/NotificationFlow.h"
#include "gui/PersonCard.h"
#include "gui/forms/DeathFactFormWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

// Nothing typed is lost: the window runs in a child process (this binary with --child), the doctor confirms the
// person and types into Del 1, the draft is autosaved, and the child is killed with SIGKILL mid-entry. The next start
// reopens the draft on the Del 1 step with the text and the focus in the field where the doctor was.
namespace {
const QString number = QStringLiteral("17853842044");
const QString organisation = QStringLiteral("Legevakten i Sandvika");

int runChild()
{
    const std::unique_ptr<Test::CrashChild> child = Test::CrashChild::open();
    if (!child)
        return 1;
    MainWindow& window = *child->window;
    NotificationFlow* flow = window.notificationFlow();
    flow->startNew();
    Test::FlowDriver driver(window, true);
    driver.type(QStringLiteral("identifierEdit"), number);
    for (int i = 0; i < 400 && !flow->identifyPage()->personCard()->isVisible(); ++i)
        QTest::qWait(50);
    driver.press(QStringLiteral("confirmPersonBox"));
    driver.press(QStringLiteral("flowNextButton"));
    driver.type(QStringLiteral("reporter_organisation"), organisation);
    QSignalSpy saved(flow, &NotificationFlow::draftSaved);
    if (!saved.wait(5000) || !driver.failure().isEmpty()) {
        std::printf("error %s\n", qPrintable(driver.failure()));
        return 1;
    }
    std::printf("saved %s\n", qPrintable(flow->focusedField()));
    std::fflush(stdout);
    // Typing goes on; the parent kills the process now, without warning.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" og omegn"));
    QTest::qWait(60000);
    return 0;
}
} // namespace

class TestDraftRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aDraftSurvivesSigkillAtThePageAndField();

private:
    Test::GuiHarness m_harness;
};

void TestDraftRestore::initTestCase()
{
    MELDEKLIENT_START_SANDBOX(m_harness.sandbox);
    m_harness.useHome();
    QVERIFY(Translations::install(QStringLiteral("nb")));
    // Sign in once, so the child finds a stored sign-in; then let go of the outbox for it.
    auto session = m_harness.session();
    MainWindow window(*session);
    window.show();
    QString why;
    QVERIFY2(Test::GuiHarness::restoreOrSignIn(window, *session, &why), qPrintable(why));
}

void TestDraftRestore::aDraftSurvivesSigkillAtThePageAndField()
{
    QProcess child;
    const QByteArray line = Test::GuiHarness::startChildUntilSaved(child);
    QVERIFY2(line.startsWith("saved"), line.constData());
    QCOMPARE(line, QByteArray("saved reporter_organisation"));
    QTest::qWait(200);
    QVERIFY(Test::GuiHarness::killWithoutWarning(child));

    auto session = m_harness.session();
    MainWindow window(*session);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QString why;
    QVERIFY2(Test::GuiHarness::restoreOrSignIn(window, *session, &why), qPrintable(why));
    NotificationFlow* flow = window.notificationFlow();
    QTRY_VERIFY_WITH_TIMEOUT(flow->draftId().has_value(), 10000);
    QCOMPARE(flow->step(), std::optional(NotificationFlow::Step::DeathFacts));
    QCOMPARE(flow->identifyPage()->identifierField()->lineEdit()->text(), number);
    auto* field = window.findChild<QLineEdit*>(QStringLiteral("reporter_organisation"));
    QVERIFY(field);
    // What was saved before the kill (the autosave after the last keystrokes may or may not have come).
    QVERIFY2(field->text().startsWith(organisation), qPrintable(field->text()));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(field));
    // The person is looked up again and the doctor's confirmation stands.
    QTRY_VERIFY_WITH_TIMEOUT(flow->identifyPage()->confirmedPerson().has_value(), 20000);
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--child")))
        return runChild();
    TestDraftRestore test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestDraftRestore.moc"
