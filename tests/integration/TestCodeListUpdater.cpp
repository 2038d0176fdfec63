#include "support/SandboxProcess.h"

#include "core/codes/CodeListCache.h"
#include "core/codes/CodeListUpdater.h"
#include "core/codes/CodeSystemUrl.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;
using Meldeklient::Test::SandboxProcess;

Q_DECLARE_METATYPE(Meldeklient::Codes::CodeListUpdater::Outcome)
Q_DECLARE_METATYPE(Meldeklient::Error)

// The app's background check for a newer Norwegian ICD-10 list, against the sandbox's KoTe route.
class TestCodeListUpdater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scheduleIsWeeklyInSeasonMonthlyOtherwise();
    void updatesOnceThenUnchangedAndNeverBreaksTheList();

private:
    struct Finished {
        CodeListUpdater::Outcome outcome;
        QString version;
        QString errorCode;
    };
    Finished checkOnce(CodeListUpdater& updater);
};

void TestCodeListUpdater::initTestCase()
{
    qRegisterMetaType<Meldeklient::Codes::CodeListUpdater::Outcome>();
    qRegisterMetaType<Meldeklient::Error>();
}

void TestCodeListUpdater::scheduleIsWeeklyInSeasonMonthlyOtherwise()
{
    const auto at = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC); };
    QCOMPARE(CodeListUpdater::nextCheck(at(2026, 10, 5)), at(2026, 10, 12)); // new list published 1 October
    QCOMPARE(CodeListUpdater::nextCheck(at(2027, 1, 20)), at(2027, 1, 27));  // reissues in January
    QCOMPARE(CodeListUpdater::nextCheck(at(2026, 6, 1)), at(2026, 7, 1));
    QCOMPARE(CodeListUpdater::nextCheck(at(2026, 9, 30)), at(2026, 10, 30));
    QVERIFY(CodeListUpdater::isDue(QDateTime(), at(2026, 6, 1))); // never checked
    QVERIFY(!CodeListUpdater::isDue(at(2026, 6, 1), at(2026, 6, 20)));
    QVERIFY(CodeListUpdater::isDue(at(2026, 11, 1), at(2026, 11, 8)));
}

TestCodeListUpdater::Finished TestCodeListUpdater::checkOnce(CodeListUpdater& updater)
{
    QSignalSpy finished(&updater, &CodeListUpdater::finished);
    updater.check();
    if (!finished.wait(30000))
        return {CodeListUpdater::Outcome::Kept, {}, QStringLiteral("no-answer")};
    const QList<QVariant> args = finished.takeFirst();
    return {args.at(0).value<CodeListUpdater::Outcome>(), args.at(1).toString(), args.at(2).value<Error>().code};
}

void TestCodeListUpdater::updatesOnceThenUnchangedAndNeverBreaksTheList()
{
    SandboxProcess sandbox;
    MELDEKLIENT_START_SANDBOX(sandbox);
    QTemporaryDir dir;
    const CodeListCache cache(dir.path());
    QNetworkAccessManager network;
    CodeListUpdater updater(&network, cache);
    updater.setUrl(QUrl(sandbox.issuer().toString() + "/kote/api/code-systems/ICD10/download/JSON"));

    Finished first = checkOnce(updater);
    QCOMPARE(first.outcome, CodeListUpdater::Outcome::Updated);
    QCOMPARE(first.version, "icd10-no-2026");
    QCOMPARE(checkOnce(updater).outcome, CodeListUpdater::Outcome::Unchanged);

    for (const char* fault : {"truncated", "empty", "500"}) {
        QVERIFY(sandbox.admin("codes/faults", {{"kote", fault}}).ok());
        const Finished kept = checkOnce(updater);
        QCOMPARE(kept.outcome, CodeListUpdater::Outcome::Kept);
        QVERIFY(!kept.errorCode.isEmpty());
        QCOMPARE(cache.load(CodeSystemUrl::icd10.toString())->version(), "icd10-no-2026");
    }
    QVERIFY(sandbox.admin("codes/faults", {{"kote", "changed"}}).ok());
    QCOMPARE(checkOnce(updater).version, "icd10-no-2027");
}

QTEST_GUILESS_MAIN(TestCodeListUpdater)
#include "TestCodeListUpdater.moc"
