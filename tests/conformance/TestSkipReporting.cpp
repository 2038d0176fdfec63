#include "support/Prerequisites.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// Issue 9 item 19: a test that skips must not count as passed, and CI must not accept a skip for want of a
// prerequisite it installed. Runs this very executable again in a probe mode and checks its output against the
// SKIP_REGULAR_EXPRESSION that ctest applies to every test registered with meldeklient_add_test.
class TestSkipReporting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTestHasTheSkipExpression();
    void skippedRunMatchesAndFailedRunDoesNot();
    void requiredPrerequisiteTurnsTheSkipIntoAFailure();
    // Probe modes, chosen by MELDEKLIENT_SKIP_PROBE in a child process; a plain run passes it.
    void probe();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    static Run runProbe(const QString& mode, bool requirePrerequisites);

    QList<QRegularExpression> m_skipExpressions;
};

void TestSkipReporting::probe()
{
    const QString mode = qEnvironmentVariable("MELDEKLIENT_SKIP_PROBE");
    if (mode == u"skip")
        MELDEKLIENT_SKIP_MISSING_PREREQUISITE(QStringLiteral("probe: a prerequisite is missing"));
    if (mode == u"fail")
        QFAIL("probe: failed");
}

TestSkipReporting::Run TestSkipReporting::runProbe(const QString& mode, bool requirePrerequisites)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MELDEKLIENT_SKIP_PROBE"), mode);
    environment.insert(QStringLiteral("MELDEKLIENT_REQUIRE_PREREQUISITES"),
        requirePrerequisites ? QStringLiteral("1") : QStringLiteral("0"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("probe")});
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

void TestSkipReporting::initTestCase()
{
    const QString binaryDir = qEnvironmentVariable("MELDEKLIENT_BINARY_DIR");
    QVERIFY2(!binaryDir.isEmpty(), "run through ctest (MELDEKLIENT_BINARY_DIR)");
    const QString ctest = QStandardPaths::findExecutable(QStringLiteral("ctest"));
    QVERIFY2(!ctest.isEmpty(), "ctest is not on PATH");
    QProcess process;
    process.start(ctest, {QStringLiteral("--test-dir"), binaryDir, QStringLiteral("--show-only=json-v1")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray tests
        = QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(u"tests").toArray();
    QVERIFY2(tests.size() > 10, "ctest lists too few tests");
    for (const QJsonValue& test : tests) {
        QString expression;
        for (const QJsonValue& property : test.toObject().value(u"properties").toArray()) {
            if (property.toObject().value(u"name").toString() == u"SKIP_REGULAR_EXPRESSION")
                expression = property.toObject().value(u"value").toArray().first().toString();
        }
        const QString name = test.toObject().value(u"name").toString();
        // Not QtTest, not registered with meldeklient_add_test: libFuzzer smoke runs, benchmarks (figures only) and
        // the sandbox's own Node test (SKIP_RETURN_CODE 77).
        if (name.startsWith(u"Fuzz", Qt::CaseInsensitive) || name.startsWith(u"Bench") || name == u"SandboxProviderSelfTest")
            continue;
        QVERIFY2(!expression.isEmpty(), qPrintable(name + QStringLiteral(" has no SKIP_REGULAR_EXPRESSION")));
        m_skipExpressions.append(QRegularExpression(expression));
    }
    QVERIFY(!m_skipExpressions.isEmpty());
}

void TestSkipReporting::everyTestHasTheSkipExpression()
{
    // initTestCase checked each one; all tests share one expression, so the rest checks that one.
    for (const QRegularExpression& expression : std::as_const(m_skipExpressions)) {
        QVERIFY(expression.isValid());
        QCOMPARE(expression.pattern(), m_skipExpressions.first().pattern());
    }
}

void TestSkipReporting::skippedRunMatchesAndFailedRunDoesNot()
{
    const QRegularExpression expression = m_skipExpressions.first();
    const Run skipped = runProbe(QStringLiteral("skip"), false);
    QCOMPARE(skipped.exitCode, 0);
    QVERIFY2(skipped.output.contains(u"probe: a prerequisite is missing"), qPrintable(skipped.output));
    QVERIFY2(expression.match(skipped.output).hasMatch(), qPrintable(skipped.output));

    const Run passed = runProbe(QString(), false);
    QCOMPARE(passed.exitCode, 0);
    QVERIFY2(!expression.match(passed.output).hasMatch(), qPrintable(passed.output));

    // A failure is never reported as a skip.
    const Run failed = runProbe(QStringLiteral("fail"), false);
    QVERIFY(failed.exitCode != 0);
    QVERIFY2(!expression.match(failed.output).hasMatch(), qPrintable(failed.output));
}

void TestSkipReporting::requiredPrerequisiteTurnsTheSkipIntoAFailure()
{
    const Run required = runProbe(QStringLiteral("skip"), true);
    QVERIFY2(required.exitCode != 0, qPrintable(required.output));
    QVERIFY(required.output.contains(u"probe: a prerequisite is missing (MELDEKLIENT_REQUIRE_PREREQUISITES=1)"));
    QVERIFY(!m_skipExpressions.first().match(required.output).hasMatch());
}

QTEST_GUILESS_MAIN(TestSkipReporting)
#include "TestSkipReporting.moc"
