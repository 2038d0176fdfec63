#include "support/ReferenceData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// meldeklient-cli codes as a user runs it: a separate process per step, so the import must survive in the cache.
class TestCodesCliProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThenSearchInLaterProcesses();
    void badFileExitsOneWithReasonOnStderr();

private:
    struct Result {
        int status;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("MELDEKLIENT_DATA_DIR", m_data.path());
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("MELDEKLIENT_CLI"), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, {}};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
    QTemporaryDir m_data;
};

void TestCodesCliProcess::importThenSearchInLaterProcesses()
{
    MELDEKLIENT_REQUIRE_REFERENCE(valid, "icd10-iris/ValidIcdCodes.csv");
    const Result imported = run({"codes", "import", valid});
    QCOMPARE(imported.status, 0);
    const QJsonObject line = QJsonDocument::fromJson(imported.out.trimmed()).object();
    QCOMPARE(line.value("concepts").toInt(), 14851);
    QCOMPARE(line.value("version").toString(), "iris-2021"); // the restriction table beside it was read too

    const Result search = run({"codes", "search", "--limit", "3", "I21.9"});
    QCOMPARE(search.status, 0);
    const QList<QByteArray> lines = search.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first.value("code").toString(), "I219");
    QCOMPARE(first.value("kind").toString(), "exact-code");

    const Result info = run({"codes", "info"});
    QCOMPARE(info.status, 0);
    QVERIFY(info.out.contains("\"concepts\":14851"));
}

void TestCodesCliProcess::badFileExitsOneWithReasonOnStderr()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1;Ja\n2;\"Nei\n");
    file.close();
    const Result result = run({"--lang", "en", "codes", "import", "--system", "1102", path});
    QCOMPARE(result.status, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("broken.csv"));
    QVERIFY(result.err.contains("codes-csv-quote"));
    QCOMPARE(run({"codes", "import"}).status, 2);
}

QTEST_GUILESS_MAIN(TestCodesCliProcess)
#include "TestCodesCliProcess.moc"
