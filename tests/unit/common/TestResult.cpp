#include "core/common/Result.h"

#include <QTest>

using namespace Meldeklient;

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAndError();
};

void TestResult::valueAndError()
{
    Result<int> ok = 42;
    QVERIFY(ok.isOk());
    QCOMPARE(*ok, 42);
    const Result<int> failed = Result<int>::failure(QStringLiteral("e-code"), QStringLiteral("message"));
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("e-code"));
    const Result<void> done;
    QVERIFY(done.isOk());
    const Result<void> notDone = Result<void>::failure(QStringLiteral("x"), QStringLiteral("y"));
    QCOMPARE(notDone.error().message, QStringLiteral("y"));
}

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
