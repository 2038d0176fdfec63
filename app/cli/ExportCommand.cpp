#include "cli/ExportCommand.h"

#include "cli/AuthSession.h"
#include "cli/BirthNotificationCli.h"
#include "cli/CliContext.h"
#include "core/common/InputFile.h"
#include "core/api/RenderContext.h"
#include "core/api/SubmissionDocument.h"
#include "core/api/Transport.h"
#include "core/notification/NotificationBundle.h"
#include "core/outbox/ItemKind.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUuid>

namespace Meldeklient::Cli {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Print the exact requests a death notification would be sent as");
}

int ExportCommand::exportBirth(
    const QString& path, bool allowSyntheticNumbers, const QString& prefix, const QString& now, CliContext& context)
{
    const QDateTime time = now.isEmpty() ? QDateTime::currentDateTime() : QDateTime::fromString(now, Qt::ISODate);
    if (!time.isValid()) {
        context.err() << QCoreApplication::translate("Cli", "--now needs an ISO 8601 time, e.g. 2026-03-01T10:15:00+01:00.")
                      << '\n';
        return ExitUsage;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << QCoreApplication::translate("Cli", "Cannot export: %1").arg(file.errorString()) << '\n';
        return ExitUsage;
    }
    return BirthNotificationCli::exportXml(file.readAll(), allowSyntheticNumbers,
        prefix.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : prefix, time, context);
}

int ExportCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption environmentOption = AuthSession::environmentOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("Cli", "nhn-fhir or nhn-rest (default: the environment's)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption deathIdOption(QStringLiteral("death-id"),
        QCoreApplication::translate("Cli", "The dødsfallId Del 1 was given, to show Del 2 exactly as it will be sent."),
        QStringLiteral("ID"));
    const QCommandLineOption messageIdOption(QStringLiteral("message-id"),
        QCoreApplication::translate("Cli",
            "folkeregisteret-xml: prefix of each child's message id (default: a new UUID)."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
        QCoreApplication::translate("Cli", "folkeregisteret-xml: the sending time, ISO 8601 (default: now)."),
        QStringLiteral("TIME"));
    const QCommandLineOption helpOption = AuthSession::helpOption();
    parser.addOptions({environmentOption, formatOption, deathIdOption, messageIdOption, nowOption, helpOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("Cli", "FHIR R4 Bundle (type collection), as for submit."));
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText().replace(QStringLiteral("export [options]"),
            QStringLiteral("meldeklient-cli export [options]"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err() << QCoreApplication::translate("Cli", "export needs exactly one FILE.") << '\n';
        return ExitUsage;
    }
    const std::optional<Config::Environment> environment
        = AuthSession::environmentFor(parser.value(environmentOption), context);
    if (!environment)
        return ExitUsage;
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : environment->apiTransport;
    if (format == u"folkeregisteret-xml")
        return exportBirth(parser.positionalArguments().constFirst(), environment->name != u"production",
            parser.value(messageIdOption), parser.value(nowOption), context);
    const Result<std::unique_ptr<Api::Transport>> transport = Api::Transport::create(format);
    if (!transport) {
        context.err() << transport.error().message << '\n';
        return ExitUsage;
    }

    const Result<QByteArray> content = InputFile::read(parser.positionalArguments().constFirst(), InputKind::Notification);
    if (!content) {
        context.err() << QCoreApplication::translate("Cli", "Cannot export: %1").arg(content.error().message) << '\n';
        return ExitUsage;
    }
    const Result<Notification::NotificationBundle> bundle = Notification::NotificationBundle::fromJson(content.value());
    if (!bundle) {
        context.err() << QCoreApplication::translate("Cli", "Cannot export: %1").arg(bundle.error().message) << '\n';
        return ExitUsage;
    }
    const Result<QList<Api::SubmissionDocument>> documents = Api::SubmissionDocument::forDeath(bundle.value());
    if (!documents) {
        context.err() << QCoreApplication::translate("Cli", "Cannot export: %1").arg(documents.error().message) << '\n';
        return ExitFailed;
    }

    const QUrl base = environment->apiBaseUrl(format);
    const QString key = QStringLiteral("<idempotency-key of the outbox item>");
    const QString deathId = parser.isSet(deathIdOption) ? parser.value(deathIdOption)
                                                        : QStringLiteral("<dødsfallId from Del 1>");
    for (const Api::SubmissionDocument& document : documents.value()) {
        const QStringList steps = (*transport)->steps(document);
        Api::RenderContext render;
        render.document = document;
        render.idempotencyKey = key;
        if (document.kind != Outbox::ItemKind::DeathPart1)
            render.parentReceiptId = deathId;
        for (int i = 0; i < steps.size(); ++i) {
            const Result<Api::ApiRequest> request = (*transport)->render(steps.at(i), render);
            if (!request) {
                context.err() << request.error().message << '\n';
                return ExitFailed;
            }
            QUrl url = base;
            url.setPath(base.path() + request->path);
            url.setQuery(request->query);
            context.out() << "### " << Outbox::kindCode(document.kind) << ' ' << (i + 1) << '/' << steps.size() << ' ' << steps.at(i)
                          << '\n'
                          << QString::fromLatin1(request->method) << ' '
                          << (base.isEmpty() ? request->path : url.toString()) << '\n';
            if (!request->contentType.isEmpty())
                context.out() << "Content-Type: " << QString::fromLatin1(request->contentType) << '\n';
            if (request->method == "POST") {
                context.out() << "Idempotency-Key: "
                              << Api::Transport::stepIdempotencyKey(key, steps.at(i), i == steps.size() - 1) << '\n';
            }
            context.out() << '\n' << QString::fromUtf8(request->body) << "\n\n";
            render.learned.insert(steps.at(i), QStringLiteral("<id from step %1>").arg(i + 1));
        }
    }
    return ExitOk;
}

} // namespace Meldeklient::Cli
