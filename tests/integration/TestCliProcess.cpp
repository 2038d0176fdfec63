#include <QProcess>
#include <QTest>

// Runs the installed-shape binary as a user would, checking exit status and output streams.
class TestCliProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitStatuses_data();
    void exitStatuses();
    void jsonLinesOnStdoutOnly();

private:
    struct Result {
        int status;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList& arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("MELDEKLIENT_CLI"), arguments);
        if (!process.waitForFinished(30000))
            return {-1, {}, {}};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
};

void TestCliProcess::exitStatuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::newRow("valid") << QStringList {"check-id", "24047230752", "71017050138"} << 0;
    QTest::newRow("one invalid") << QStringList {"check-id", "24047230752", "24047230753"} << 1;
    QTest::newRow("no numbers") << QStringList {"check-id"} << 2;
    QTest::newRow("unknown command") << QStringList {"frobnicate"} << 2;
    QTest::newRow("help") << QStringList {"--help"} << 0;
    QTest::newRow("version") << QStringList {"--version"} << 0;
}

void TestCliProcess::exitStatuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QVERIFY(!qEnvironmentVariable("MELDEKLIENT_CLI").isEmpty());
    QCOMPARE(run(arguments).status, status);
}

void TestCliProcess::jsonLinesOnStdoutOnly()
{
    const Result result = run({"check-id", "24047230752", "1"});
    QCOMPARE(result.status, 1);
    QCOMPARE(result.out.count('\n'), 2);
    QVERIFY(result.out.startsWith("{\"input\":\"24047230752\",\"valid\":true,\"type\":\"fnr\""));
    QVERIFY(result.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "TestCliProcess.moc"
