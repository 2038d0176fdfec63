#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <csignal>

namespace Meldeklient::Test {

// One run of meldeklient-cli (the executable in MELDEKLIENT_CLI) as a separate process, for tests that drive the CLI
// end to end: exit status (-1 when it did not finish in time or crashed), standard output and error.
struct CliProcess {
    int status = -1;
    QByteArray out;
    QByteArray err;

    static CliProcess run(const QProcessEnvironment& environment, const QStringList& arguments, int timeoutMs = 120000,
        const QByteArray& input = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("MELDEKLIENT_CLI"), arguments);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // The crash tests' flush: starts `meldeklient-cli outbox flush` and SIGKILLs it at a random moment, a fifth of the
    // time at a random point in its first `startWindowMs` (start-up, keychain, token refresh or certificate, the first
    // request), otherwise a few milliseconds after a random number (0–3) of items were reported accepted (claim, the
    // request on the wire, the server's commit, the answer, recording it). Returns true when it was killed, false when
    // it ended by itself first (or did not start).
    static bool flushKilledAtRandom(const QProcessEnvironment& environment, QRandomGenerator& random, int startWindowMs)
    {
        QProcess flush;
        flush.setProcessEnvironment(environment);
        flush.start(qEnvironmentVariable("MELDEKLIENT_CLI"), {QStringLiteral("outbox"), QStringLiteral("flush")});
        if (!flush.waitForStarted())
            return false;
        bool finishedByItself = false;
        if (random.bounded(5) == 0) {
            finishedByItself = flush.waitForFinished(int(random.bounded(startWindowMs)));
        } else {
            const int itemsBeforeKill = int(random.bounded(4));
            int accepted = 0;
            QByteArray pending;
            while (accepted <= itemsBeforeKill && !finishedByItself) {
                if (!flush.waitForReadyRead(30000)) {
                    finishedByItself = flush.state() == QProcess::NotRunning;
                    break;
                }
                pending += flush.readAllStandardOutput();
                accepted = int(pending.count("\"accepted\"}"));
            }
            if (!finishedByItself)
                QTest::qSleep(int(random.bounded(6)));
        }
        if (finishedByItself || flush.state() == QProcess::NotRunning)
            return false;
        ::kill(pid_t(flush.processId()), SIGKILL);
        flush.waitForFinished();
        return true;
    }

    // Standard output as the JSON objects of its lines.
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray& line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                objects.append(QJsonDocument::fromJson(line).object());
        }
        return objects;
    }
};

} // namespace Meldeklient::Test
