// The longest stall of the GUI thread while the window sends 100 queued death notifications (Del 1 + Del 2, so 200
// requests) to the sandbox: a 2 ms timer ticks on the GUI thread during the flush and every gap between ticks is
// recorded. Beside it, in the same run, the same timer with the window idle (the floor of the measurement).
// The window is up with all its pages (outbox table and drafts reload on every store change), as the doctor has it.
#include "core/common/Translations.h"
#include "core/notification/NotificationBundle.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/session/DeathNotificationService.h"
#include "gui/MainWindow.h"
#include "gui/OutboxPage.h"
#include "support/DeathNotificationFixture.h"
#include "support/SyntheticPersons.h"
#include "GuiHarness.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Meldeklient;

namespace {
constexpr int Notifications = 100;

struct Gaps {
    QList<double> ms;
    void print(const char* name) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const double p99 = sorted.isEmpty() ? 0 : sorted.at(std::min<qsizetype>(sorted.size() - 1, sorted.size() * 99 / 100));
        std::printf("%-34s ticks %5lld   p50 %6.2f ms   p99 %6.2f ms   longest %7.2f ms\n", name,
            static_cast<long long>(sorted.size()), sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2), p99,
            sorted.isEmpty() ? 0 : sorted.last());
    }
};

// Runs the event loop for as long as `busy` says, recording the gaps between the ticks of a 2 ms timer.
Gaps measure(const std::function<bool()>& busy, int timeoutMs)
{
    Gaps gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.ms.append((now - last) / 1e6);
        last = now;
    });
    tick.start();
    while (busy() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return gaps;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("meldeklient.*=false"));
    Test::GuiHarness harness;
    if (!Test::SandboxProcess::unavailableReason().isEmpty()) {
        std::printf("skipped: %s\n", qPrintable(Test::SandboxProcess::unavailableReason()));
        return 0;
    }
    if (!harness.sandbox.start()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(harness.sandbox.errorString()));
        return 1;
    }
    harness.useHome();
    Translations::install(QStringLiteral("nb"));
    auto session = harness.session();
    Gui::MainWindow window(*session);
    window.resize(1200, 720);
    window.show();
    QString why;
    if (!Test::GuiHarness::restoreOrSignIn(window, *session, &why)) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(why));
        return 1;
    }
    window.showPage(Gui::MainWindow::Page::Outbox);

    const auto form = Questionnaire::Questionnaire::fromFile(QStringLiteral(":/forms/dodsaarsak.json"));
    const QStringList numbers = Test::SyntheticPersons::personNumbers(Notifications, 11);
    QElapsedTimer queueing;
    queueing.start();
    double longestQueue = 0;
    for (const QString& number : numbers) {
        const QJsonObject bundle = Test::DeathNotificationFixture::natural(form.value())
                                       .bundle(Test::DeathNotificationFixture::residentPatient(
                                           number, QStringLiteral("2026-11-20T03:10:00+01:00")));
        Session::DeathNotificationService::QueueRequest request;
        request.bundle = QJsonDocument(bundle).toJson();
        request.confirmAllWarnings = true;
        QElapsedTimer one;
        one.start();
        const auto queued = window.service().queue(request);
        longestQueue = std::max(longestQueue, one.nsecsElapsed() / 1e6);
        if (queued.outcome != Session::DeathNotificationService::QueueOutcome::Queued) {
            std::fprintf(stderr, "queue failed: %s\n", qPrintable(queued.error.message));
            return 1;
        }
    }
    std::printf("queued %d notifications in %.0f ms on the GUI thread (longest single queue() %.1f ms)\n",
        Notifications, queueing.nsecsElapsed() / 1e6, longestQueue);

    // The floor: the same timer, the window idle, one second.
    QElapsedTimer idle;
    idle.start();
    const Gaps quiet = measure([&] { return idle.elapsed() < 1000; }, 2000);

    bool done = false;
    Api::FlushSummary summary;
    QObject::connect(&window.service(), &Session::DeathNotificationService::flushFinished, &app,
        [&](const Api::FlushSummary& result) {
            summary = result;
            done = true;
        });
    QElapsedTimer flushing;
    flushing.start();
    window.service().flush();
    const Gaps busy = measure([&] { return !done; }, 600000);
    std::printf("flush: %d accepted, %d rejected, %d retrying in %.0f ms\n", summary.accepted, summary.rejected,
        summary.retrying, flushing.nsecsElapsed() / 1e6);
    quiet.print("GUI thread idle (floor)");
    busy.print("GUI thread during the flush");
    session->signOut();
    return summary.accepted == 2 * Notifications ? 0 : 1;
}
