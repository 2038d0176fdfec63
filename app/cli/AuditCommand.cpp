#include "cli/AuditCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/audit/AuditLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace Meldeklient::Cli {

QString AuditCommand::name() const
{
    return QStringLiteral("audit");
}

QString AuditCommand::summary() const
{
    return QCoreApplication::translate(
        "Cli", "Verify or export the local audit trail (who sent, withdrew, purged what)");
}

int AuditCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption help = AuthSession::helpOption();
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString usage = QCoreApplication::translate("Cli", "Usage: meldeklient-cli audit verify | export [FILE]");
    if (parser.isSet(help)) {
        context.out() << usage << '\n' << summary() << '\n';
        return ExitOk;
    }
    const QString action = positional.value(0);
    if (!((action == u"verify" && positional.size() == 1) || (action == u"export" && positional.size() <= 2))) {
        context.err() << usage << '\n';
        return ExitUsage;
    }

    const Audit::AuditLog log;
    const Result<QList<Audit::AuditEntry>> entries = log.entries();
    if (!entries) {
        context.out() << JsonLine()
                             .add(QStringLiteral("valid"), false)
                             .add(QStringLiteral("code"), entries.error().code)
                             .add(QStringLiteral("message"), entries.error().message)
                             .toString()
                      << '\n';
        return ExitFailed;
    }
    const QString lastHash = entries->isEmpty() ? QString(64, u'0') : entries->constLast().hash;
    const QString summaryLine = JsonLine()
                                    .add(QStringLiteral("valid"), true)
                                    .addRaw(QStringLiteral("entries"), QString::number(entries->size()))
                                    .add(QStringLiteral("lastHash"), lastHash)
                                    .add(QStringLiteral("path"), log.path())
                                    .toString();
    if (action == u"verify") {
        context.out() << summaryLine << '\n';
        return ExitOk;
    }

    QFile file;
    QTextStream* out = &context.out();
    QTextStream fileStream;
    if (positional.size() == 2) {
        file.setFileName(positional.at(1));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            context.err() << QCoreApplication::translate("Cli", "Cannot write %1.").arg(positional.at(1)) << '\n';
            return ExitFailed;
        }
        fileStream.setDevice(&file);
        out = &fileStream;
    }
    for (const Audit::AuditEntry& entry : entries.value()) {
        *out << JsonLine()
                    .addRaw(QStringLiteral("seq"), QString::number(entry.sequence))
                    .add(QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs))
                    .add(QStringLiteral("action"), Audit::auditActionName(entry.action))
                    .add(QStringLiteral("actor"), entry.actor)
                    .add(QStringLiteral("subject"), entry.subject)
                    .add(QStringLiteral("detail"), entry.detail)
                    .add(QStringLiteral("prev"), entry.previousHash)
                    .add(QStringLiteral("hash"), entry.hash)
                    .toString()
             << '\n';
    }
    *out << summaryLine << '\n';
    out->flush();
    return ExitOk;
}

} // namespace Meldeklient::Cli
