// The yardstick for BenchGuiStartup: an empty QMainWindow, started and ended exactly as the app is when
// MELDEKLIENT_QUIT_WHEN_SHOWN is set (shown, one turn of the event loop, quit).
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 720);
    window.show();
    QTimer::singleShot(0, &app, &QApplication::quit);
    return app.exec();
}
