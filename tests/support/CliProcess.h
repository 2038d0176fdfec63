#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

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
