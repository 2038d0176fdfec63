#pragma once

// Runs meldeklient-cli in-process with buffers for stdin/stdout/stderr, for the command tests.
#include "cli/CliContext.h"
#include "cli/CommandLineTool.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace Meldeklient::Test {

struct CliRun {
    int status = -1;
    QList<QJsonObject> lines; // stdout lines that are JSON objects
    QString out;
    QString err;
};

// `arguments` without the program name; `Command` is the command class under test.
template <typename Command>
CliRun runCli(const QStringList& arguments, const QByteArray& input = {})
{
    QByteArray inData = input;
    QByteArray outData;
    QByteArray errData;
    QBuffer in(&inData);
    QBuffer out(&outData);
    QBuffer err(&errData);
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRun run;
    {
        Cli::CliContext context(&in, &out, &err);
        Cli::CommandLineTool tool;
        tool.addCommand(std::make_unique<Command>());
        run.status = tool.run(QStringList {"meldeklient-cli"} + arguments, context);
    }
    run.out = QString::fromUtf8(outData);
    run.err = QString::fromUtf8(errData);
    for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            run.lines.append(document.object());
    }
    return run;
}

} // namespace Meldeklient::Test
