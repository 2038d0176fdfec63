#include "core/common/LogPolicy.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QTest>

Q_LOGGING_CATEGORY(lcProbe, "meldeklient.probe")

// Issue 9 item 16: without MELDEKLIENT_LOG nothing but the user's messages reaches standard error, not even warnings;
// with it, the module logging does. Runs this executable again as the program under test.
class TestLogPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warningsStayOffStandardErrorUnlessAsked();
    void child();

private:
    static QByteArray childOutput(const QString& logSetting);
};

void TestLogPolicy::child()
{
    if (qEnvironmentVariable("MELDEKLIENT_LOG_POLICY_CHILD") != u"1")
        return;
    Meldeklient::LogPolicy::install();
    qCWarning(lcProbe) << "probe warning from a module";
    qCInfo(lcProbe) << "probe info from a module";
    qWarning("probe warning from Qt");
}

QByteArray TestLogPolicy::childOutput(const QString& logSetting)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MELDEKLIENT_LOG_POLICY_CHILD"), QStringLiteral("1"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (logSetting.isNull())
        environment.remove(QStringLiteral("MELDEKLIENT_LOG"));
    else
        environment.insert(QStringLiteral("MELDEKLIENT_LOG"), logSetting);
    process.setProcessEnvironment(environment);
    // QtTest routes messages to its own log (standard output): read both channels.
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("child")});
    if (!process.waitForFinished(30000))
        return "timeout";
    return process.readAll();
}

void TestLogPolicy::warningsStayOffStandardErrorUnlessAsked()
{
    const QByteArray quiet = childOutput(QString());
    QVERIFY2(!quiet.contains("probe"), quiet.constData());
    const QByteArray logged = childOutput(QStringLiteral("1"));
    QVERIFY2(logged.contains("probe warning from a module"), logged.constData());
    QVERIFY2(logged.contains("probe info from a module"), logged.constData());
}

QTEST_GUILESS_MAIN(TestLogPolicy)
#include "TestLogPolicy.moc"
