#include "core/outbox/BackoffPolicy.h"

#include <QTest>

using namespace Meldeklient::Outbox;

class TestBackoffPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToTheCap();
    void jitterStaysWithinZeroAndTheCeiling();
    void jitterIsSpreadOverTheWholeWindow();
    void retryAfterIsAMinimum();
    void hugeAttemptCountsDoNotOverflow();
    void nonsenseConfigurationIsClamped();
};

void TestBackoffPolicy::ceilingDoublesUpToTheCap()
{
    const BackoffPolicy policy(1000, 60'000);
    QCOMPARE(policy.ceilingMs(1), 1000);
    QCOMPARE(policy.ceilingMs(2), 2000);
    QCOMPARE(policy.ceilingMs(3), 4000);
    QCOMPARE(policy.ceilingMs(6), 32'000);
    QCOMPARE(policy.ceilingMs(7), 60'000);
    QCOMPARE(policy.ceilingMs(20), 60'000);
    QCOMPARE(policy.ceilingMs(0), 1000);
}

void TestBackoffPolicy::jitterStaysWithinZeroAndTheCeiling()
{
    const BackoffPolicy policy(500, 10'000);
    QCOMPARE(policy.delayMs(3, 0.0), 0);
    QCOMPARE(policy.delayMs(3, 0.5), 1000);
    QVERIFY(policy.delayMs(3, 0.999999) < 2000);
    QCOMPARE(policy.delayMs(3, 1.0), 2000);
    QCOMPARE(policy.delayMs(30, 0.999999), 9999);
    for (int attempt = 1; attempt < 12; ++attempt) {
        for (int i = 0; i < 500; ++i) {
            const qint64 delay = policy.delayMs(attempt);
            QVERIFY(delay >= 0);
            QVERIFY(delay <= policy.ceilingMs(attempt));
        }
    }
}

void TestBackoffPolicy::jitterIsSpreadOverTheWholeWindow()
{
    // Full jitter, not "equal jitter": delays fill the window from 0 to the ceiling.
    const BackoffPolicy policy(1000, 1'000'000);
    qint64 lowest = 1'000'000;
    qint64 highest = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 delay = policy.delayMs(5);
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    QVERIFY2(lowest < 16'000 / 10, qPrintable(QString::number(lowest)));
    QVERIFY2(highest > 16'000 * 9 / 10, qPrintable(QString::number(highest)));
}

void TestBackoffPolicy::retryAfterIsAMinimum()
{
    const BackoffPolicy policy(1000, 8000);
    QCOMPARE(policy.delayMs(1, 0.1, 30'000), 30'000); // server asks for more than the cap: honoured
    QCOMPARE(policy.delayMs(4, 0.9, 1000), 7200);     // server asks for less than our back-off: ours wins
    QCOMPARE(policy.delayMs(4, 0.0, 0), 0);
    QCOMPARE(policy.delayMs(4, 0.0, std::nullopt), 0);
}

void TestBackoffPolicy::hugeAttemptCountsDoNotOverflow()
{
    const BackoffPolicy policy(2000, 3'600'000);
    QCOMPARE(policy.ceilingMs(1'000'000), 3'600'000);
    QCOMPARE(policy.ceilingMs(64), 3'600'000);
}

void TestBackoffPolicy::nonsenseConfigurationIsClamped()
{
    const BackoffPolicy policy(0, -5);
    QCOMPARE(policy.baseMs(), 1);
    QCOMPARE(policy.capMs(), 1);
    QCOMPARE(policy.ceilingMs(10), 1);
}

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "TestBackoffPolicy.moc"
