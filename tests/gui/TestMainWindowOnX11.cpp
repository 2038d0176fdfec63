#include "core/common/Translations.h"
#include "gui/IdentifierField.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

// Smoke test on a real X server: the main window maps, takes input and is saved as a PNG for review.
class TestMainWindowOnX11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowScreenshot();
};

void TestMainWindowOnX11::mainWindowScreenshot()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs an X server: run under xvfb-run (the README test command does)");
    QVERIFY(Translations::install(QStringLiteral("nb")));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClicks(window.identifierField()->lineEdit(), QStringLiteral("240472 30752"));
    QVERIFY(window.identifierField()->isAcceptable());
    QTest::qWait(200);
    const QPixmap shot = window.grab();
    QVERIFY(!shot.isNull());
    const QString folder = qEnvironmentVariable("MELDEKLIENT_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(folder);
    const QString file = folder + QStringLiteral("/main-window.png");
    QVERIFY(shot.save(file));
    qInfo("screenshot: %s", qPrintable(file));
}

int main(int argc, char* argv[])
{
    // Prefer the real X server when one is there; the environment default (offscreen) otherwise.
    if (qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TestMainWindowOnX11 test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestMainWindowOnX11.moc"
