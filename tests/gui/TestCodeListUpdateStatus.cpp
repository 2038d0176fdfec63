#include "support/SandboxProcess.h"

#include "core/codes/CodeListCache.h"
#include "core/codes/CodeSystemUrl.h"
#include "gui/CodeListUpdateStatus.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Meldeklient;
using namespace Meldeklient::Codes;
using Meldeklient::Gui::CodeListUpdateStatus;
using Meldeklient::Test::SandboxProcess;

// Issue 11 item 6 through the window's path: the status-bar note of the background ICD-10 check against the
// sandbox's KoTe route and its fault switches. Shows progress and outcome, keeps a working list when the download
// is broken, and remembers the last check across restarts (no second request).
class TestCodeListUpdateStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checksOnceShowsTheOutcomeAndNeverBreaksTheList();

private:
    CodeListUpdater::Outcome finish(CodeListUpdateStatus& status, int* longestStallMs = nullptr);
    int koteRequests(SandboxProcess& sandbox);
};

void TestCodeListUpdateStatus::initTestCase()
{
    qRegisterMetaType<Meldeklient::Codes::CodeListUpdater::Outcome>();
}

// Waits for the outcome while a 5 ms timer measures how long the event loop was kept from running.
CodeListUpdater::Outcome TestCodeListUpdateStatus::finish(CodeListUpdateStatus& status, int* longestStallMs)
{
    QSignalSpy finished(&status, &CodeListUpdateStatus::checkFinished);
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start();
    [&] { QVERIFY(finished.wait(30000)); }();
    if (longestStallMs)
        *longestStallMs = int(longest);
    return finished.isEmpty() ? CodeListUpdater::Outcome::Kept
                              : finished.constFirst().at(0).value<CodeListUpdater::Outcome>();
}

int TestCodeListUpdateStatus::koteRequests(SandboxProcess& sandbox)
{
    return sandbox.get("/_sandbox/codes/requests").body.value("/kote/api/code-systems/ICD10/download/JSON").toInt();
}

void TestCodeListUpdateStatus::checksOnceShowsTheOutcomeAndNeverBreaksTheList()
{
    SandboxProcess sandbox;
    MELDEKLIENT_START_SANDBOX(sandbox);
    QTemporaryDir dir;
    const CodeListCache cache(dir.path());
    const QUrl url(sandbox.issuer().toString() + "/kote/api/code-systems/ICD10/download/JSON");
    const int before = koteRequests(sandbox);
    {
        CodeListUpdateStatus status(cache);
        QVERIFY(status.isHidden());
        QVERIFY(status.startIfDue(url)); // never checked: due
        QVERIFY(status.text().contains("ICD-10"));
        QVERIFY(!status.isHidden());
        int stall = 0;
        QCOMPARE(finish(status, &stall), CodeListUpdater::Outcome::Updated);
        qInfo("longest event-loop stall during download and import: %d ms", stall);
        QVERIFY2(status.text().contains("icd10-no-2026"), qPrintable(status.text()));
        QCOMPARE(cache.load(CodeSystemUrl::icd10.toString())->version(), "icd10-no-2026");
        QVERIFY(status.updater().lastCheck().isValid());
        QCOMPARE(koteRequests(sandbox), before + 1);
    }
    {
        // A restart: the last check is remembered, nothing is asked.
        CodeListUpdateStatus restarted(cache);
        QVERIFY(!restarted.startIfDue(url));
        QVERIFY(restarted.isHidden());
        QTest::qWait(200);
        QCOMPARE(koteRequests(sandbox), before + 1);

        // Broken downloads never replace the working list, and the note says so with the reason.
        const QStringList faults {"truncated", "empty"};
        QCOMPARE(faults.size(), 2);
        for (const QString& fault : faults) {
            QVERIFY(sandbox.admin("codes/faults", {{"kote", fault}}).ok());
            restarted.startNow(url);
            QCOMPARE(finish(restarted), CodeListUpdater::Outcome::Kept);
            QVERIFY2(restarted.text().contains("kept"), qPrintable(restarted.text()));
            QVERIFY2(!restarted.toolTip().isEmpty(), qPrintable(fault));
            QCOMPARE(cache.load(CodeSystemUrl::icd10.toString())->version(), "icd10-no-2026");
        }
        QVERIFY(sandbox.admin("codes/faults", {{"kote", "changed"}}).ok());
        restarted.startNow(url);
        QCOMPARE(finish(restarted), CodeListUpdater::Outcome::Updated);
        QVERIFY2(restarted.text().contains("icd10-no-2027"), qPrintable(restarted.text()));
    }
}

QTEST_MAIN(TestCodeListUpdateStatus)
#include "TestCodeListUpdateStatus.moc"
