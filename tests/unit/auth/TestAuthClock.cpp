#include "core/auth/AuthClock.h"

#include <QTest>

using namespace Meldeklient::Auth;

class TestAuthClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemClockIsNow();
    void offsetApplies();
    void synchronizeToServerDate();
    void copiesShareTheOffset();
};

void TestAuthClock::systemClockIsNow()
{
    const AuthClock clock;
    QVERIFY(qAbs(clock.nowSeconds() - QDateTime::currentSecsSinceEpoch()) <= 1);
}

void TestAuthClock::offsetApplies()
{
    AuthClock clock([] { return qint64(1000); });
    QCOMPARE(clock.nowSeconds(), 1000);
    clock.setOffsetSeconds(-30);
    QCOMPARE(clock.nowSeconds(), 970);
    QCOMPARE(clock.offsetSeconds(), -30);
}

void TestAuthClock::synchronizeToServerDate()
{
    AuthClock clock([] { return qint64(1'700'000'000); });
    clock.synchronizeTo(QDateTime::fromSecsSinceEpoch(1'700'000'300, Qt::UTC));
    QCOMPARE(clock.offsetSeconds(), 300);
    QCOMPARE(clock.nowSeconds(), 1'700'000'300);
    clock.synchronizeTo(QDateTime()); // an unparsable Date header changes nothing
    QCOMPARE(clock.offsetSeconds(), 300);
}

void TestAuthClock::copiesShareTheOffset()
{
    AuthClock clock([] { return qint64(50); });
    const AuthClock copy = clock;
    clock.setOffsetSeconds(10);
    QCOMPARE(copy.nowSeconds(), 60);
}

QTEST_APPLESS_MAIN(TestAuthClock)
#include "TestAuthClock.moc"
