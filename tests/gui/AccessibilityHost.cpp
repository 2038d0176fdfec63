#include "GuiHarness.h"
#include "core/common/Translations.h"
#include "gui/IdentifierField.h"
#include "gui/IdentifyPage.h"
#include "gui/MainWindow.h"
#include "gui/NotificationFlow.h"
#include "gui/PersonCard.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSocketNotifier>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Meldeklient;

// The doctor's window for test_atspi.py, which reads it through AT-SPI as a screen reader would. Signs in against
// the sandbox, shows the identify step and prints "ready identify"; on the line "causes" on stdin it confirms a
// person and goes on to Del 2 and prints "ready causes". Ends when stdin closes.
namespace {
void say(const char* line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000)
{
    for (int waited = 0; waited < timeoutMs && !condition(); waited += 50)
        QTest::qWait(50);
    return condition();
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("meldeklient"));
    Test::GuiHarness harness;
    if (!harness.sandbox.start()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(harness.sandbox.errorString()));
        return 3;
    }
    harness.useHome();
    Translations::install(QStringLiteral("nb"));
    auto session = harness.session();
    Gui::MainWindow window(*session);
    window.resize(1200, 720);
    window.show();
    QString why;
    if (!Test::GuiHarness::signIn(window, &why)) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(why));
        return 3;
    }
    auto* identify = window.findChild<Gui::IdentifyPage*>(QStringLiteral("identifyStep"));
    identify->identifierField()->lineEdit()->setFocus();
    say("ready identify");

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[64] = {};
        const ssize_t got = ::read(STDIN_FILENO, line, sizeof(line) - 1);
        if (got <= 0) {
            app.quit();
            return;
        }
        if (QByteArray(line).trimmed() != "causes")
            return;
        QTest::keyClicks(identify->identifierField()->lineEdit(), QStringLiteral("17853842044"));
        if (!waitFor([&] { return identify->personCard()->isVisible(); })) {
            say("error lookup");
            return;
        }
        identify->confirmBox()->setChecked(true);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("flowNextButton")), Qt::LeftButton);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("flowNextButton")), Qt::LeftButton);
        QTest::qWait(300);
        say("ready causes");
    });
    QTimer::singleShot(120000, &app, &QApplication::quit);
    const int status = app.exec();
    session->signOut();
    return status;
}
