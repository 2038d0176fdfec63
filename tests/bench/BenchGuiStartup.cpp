// Cold start of the doctor's window beside an empty QMainWindow program, started the same way in the same run:
// process start → window shown → first turn of the event loop (the window takes input) → exit. Interleaved runs,
// median and worst of each. Both on the platform of the run (offscreen in ctest; xcb under Xvfb when DISPLAY is set
// and MELDEKLIENT_BENCH_XCB=1).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
constexpr int Runs = 15;

double startOnce(const QString& program, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e6;
}

void print(const char* name, QList<double> times)
{
    std::sort(times.begin(), times.end());
    std::printf("%-28s median %7.1f ms   min %7.1f ms   max %7.1f ms   (%lld runs)\n", name, times.at(times.size() / 2),
        times.first(), times.last(), static_cast<long long>(times.size()));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = QCoreApplication::applicationDirPath();
    const QString meldeklient = qEnvironmentVariable("MELDEKLIENT_APP", folder + QStringLiteral("/../../app/meldeklient"));
    const QString empty = folder + QStringLiteral("/EmptyMainWindow");
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MELDEKLIENT_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("MELDEKLIENT_DATA_DIR"), home.path() + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    // Nobody signed in and no sandbox: the start the doctor sees first, without waiting on any network.
    environment.insert(QStringLiteral("MELDEKLIENT_ISSUER"), QStringLiteral("http://127.0.0.1:9"));
    if (qEnvironmentVariableIsSet("DISPLAY") && qEnvironmentVariable("MELDEKLIENT_BENCH_XCB") == u"1")
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    std::printf("platform: %s\n", qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("default"))));

    // One warm-up each (page cache), then interleaved.
    startOnce(meldeklient, environment);
    startOnce(empty, environment);
    QList<double> app1;
    QList<double> base;
    for (int i = 0; i < Runs; ++i) {
        const double a = startOnce(meldeklient, environment);
        const double b = startOnce(empty, environment);
        if (a < 0 || b < 0) {
            std::fprintf(stderr, "a program failed to start or exit (meldeklient %s)\n", qPrintable(meldeklient));
            return 1;
        }
        app1.append(a);
        base.append(b);
    }
    print("meldeklient (main window)", app1);
    print("empty QMainWindow", base);
    std::sort(app1.begin(), app1.end());
    std::sort(base.begin(), base.end());
    std::printf("difference of medians: %.1f ms\n", app1.at(Runs / 2) - base.at(Runs / 2));
    return 0;
}
