#include "core/outbox/RetryAfter.h"

#include <QTest>
#include <QTimeZone>

using namespace Meldeklient::Outbox;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
};

void TestRetryAfter::parses_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: absent
    QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
    QTest::newRow("seconds with spaces") << QByteArray("  7 ") << qint64(7000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("more than a day is a day") << QByteArray("999999") << qint64(86'400'000);
    QTest::newRow("absurdly long number") << QByteArray("99999999999999999999999") << qint64(86'400'000);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 22 Nov 2026 03:01:30 GMT") << qint64(90'000);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 22-Nov-26 03:02:00 GMT") << qint64(120'000);
    QTest::newRow("asctime") << QByteArray("Sun Nov 22 03:00:10 2026") << qint64(10'000);
    QTest::newRow("date in the past") << QByteArray("Sat, 21 Nov 2026 03:00:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("date without zone") << QByteArray("Sun, 22 Nov 2026 03:01:30") << qint64(-1);
    QTest::newRow("impossible date") << QByteArray("Sun, 31 Feb 2026 03:01:30 GMT") << qint64(-1);
}

void TestRetryAfter::parses()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 22), QTime(3, 0), QTimeZone::utc());
    const std::optional<qint64> parsed = RetryAfter::parseMs(header, now);
    if (expectedMs < 0) {
        QVERIFY2(!parsed.has_value(), qPrintable(QString::number(parsed.value_or(0))));
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expectedMs);
    }
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "TestRetryAfter.moc"
