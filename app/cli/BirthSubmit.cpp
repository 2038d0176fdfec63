#include "cli/BirthSubmit.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "cli/SignedInOutbox.h"
#include "cli/ValidateCommand.h"
#include "core/api/FlushSummary.h"
#include "core/session/BirthNotificationService.h"
#include "core/session/Session.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Meldeklient::Cli {

namespace {
using Outbox::ItemState;

bool decided(ItemState state)
{
    return state == ItemState::Registered || state == ItemState::Refused || state == ItemState::NeedsCorrection
        || state == ItemState::Cancelled;
}

bool allDecided(const QList<Session::BirthChildStatus>& children)
{
    return std::all_of(children.cbegin(), children.cend(),
        [](const Session::BirthChildStatus& child) { return decided(child.state); });
}

// Sends (when signed in), then reads the feed until every child is decided or the time is up.
void sendAndWait(Session::BirthNotificationService& births, const QString& birthId, int waitSeconds,
    bool flushStarted, CliContext& context)
{
    QEventLoop loop;
    QDeadlineTimer deadline(qint64(waitSeconds) * 1000);
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    giveUp.start(std::max(0, waitSeconds) * 1000);
    const auto pollOrStop = [&] {
        if (allDecided(births.status(birthId)) || deadline.hasExpired() || waitSeconds <= 0) {
            loop.quit();
            return;
        }
        QTimer::singleShot(500, &loop, [&births] { births.pollDecisions(); });
    };
    QObject::connect(&births, &Session::BirthNotificationService::flushFinished, &loop,
        [&](const Api::FlushSummary& summary) {
            for (const Error& problem : summary.storeErrors)
                context.err() << problem.code << ": " << problem.message << '\n';
            if (waitSeconds <= 0) {
                loop.quit();
                return;
            }
            births.pollDecisions();
        });
    QObject::connect(&births, &Session::BirthNotificationService::decisionsRead, &loop,
        [&](int, const Error& error) {
            if (!error.code.isEmpty())
                context.err() << error.code << ": " << error.message << '\n';
            pollOrStop();
        });
    if (!flushStarted)
        births.flush();
    loop.exec();
}
} // namespace

bool BirthSubmit::parseCorrects(const QString& value, Options& options)
{
    const qsizetype colon = value.indexOf(u':');
    options.correctsBirthId = value.left(colon).trimmed();
    options.correctsChildren.clear();
    if (options.correctsBirthId.isEmpty())
        return false;
    if (colon < 0)
        return true;
    const QStringList numbers = value.mid(colon + 1).split(u',');
    for (const QString& text : numbers) {
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        if (!ok || number < 1)
            return false;
        options.correctsChildren.append(number);
    }
    return true;
}

int BirthSubmit::run(
    const QString& path, const QByteArray& json, const Options& options, SignedInOutbox& outbox, CliContext& context)
{
    Session::Session& session = outbox.session();
    Session::BirthNotificationService& births = *session.births();
    const QJsonObject response = QJsonDocument::fromJson(json).object();
    const QList<Questionnaire::ValidationIssue> issues = births.check(response);
    QStringList confirmed;
    bool errors = false;
    for (const Questionnaire::ValidationIssue& issue : issues) {
        errors = errors || issue.isError();
        if (options.acceptWarnings)
            confirmed.append(Session::BirthNotificationService::warningId(issue));
    }
    const auto refuse = [&](const Error& error) {
        JsonLine line;
        line.add(QStringLiteral("file"), path).add(QStringLiteral("queued"), false);
        line.add(QStringLiteral("code"), error.code).add(QStringLiteral("message"), error.message);
        if (!issues.isEmpty())
            line.addRaw(QStringLiteral("issues"), ValidateCommand::issuesJson(issues));
        context.out() << line.toString() << '\n';
        return ExitFailed;
    };
    if (errors) {
        return refuse(Error {QStringLiteral("birth-invalid"),
            QCoreApplication::translate("Cli", "The birth notification has errors; correct them and submit again.")});
    }
    if (!options.acceptWarnings && !issues.isEmpty()) {
        return refuse(Error {QStringLiteral("birth-warning-unconfirmed"),
            QCoreApplication::translate("Cli",
                "The birth notification has warnings. Read them; if it is right, submit again with --accept-warnings.")});
    }

    // Sending needs the sign-in resumed; queueing does not (sent later by `outbox flush`).
    const Result<Auth::SignedInUser> user = options.send
        ? outbox.connect()
        : Result<Auth::SignedInUser>(Error {QStringLiteral("not-sent"), QString()});
    if (!user && options.send)
        context.err() << user.error().code << ": " << user.error().message << '\n';
    // Signed in, queue() starts the flush itself (it is then running when queue() returns).
    Result<Session::QueuedBirth> queued = Error {};
    if (options.correctsBirthId.isEmpty()) {
        queued = births.queue(response, confirmed);
    } else {
        const QList<int> children = options.correctsChildren.isEmpty()
            ? births.refusedChildren(options.correctsBirthId)
            : options.correctsChildren;
        queued = births.queueCorrection(options.correctsBirthId, children, response, confirmed);
    }
    if (!queued)
        return refuse(queued.error());
    if (user)
        sendAndWait(births, queued->birthId, options.waitSeconds, births.isFlushing(), context);

    bool allRegistered = true;
    bool refused = false;
    const QList<Session::BirthChildStatus> children = births.status(queued->birthId);
    for (const Session::BirthChildStatus& child : children) {
        allRegistered = allRegistered && child.state == ItemState::Registered;
        refused = refused || child.state == ItemState::Refused || child.state == ItemState::NeedsCorrection;
        JsonLine line;
        line.add(QStringLiteral("file"), path)
            .add(QStringLiteral("birthId"), queued->birthId)
            .addRaw(QStringLiteral("child"), QString::number(child.childNumber))
            .add(QStringLiteral("liveBorn"), child.liveBorn)
            .addRaw(QStringLiteral("id"), QString::number(child.itemId))
            .add(QStringLiteral("state"), QString(Outbox::stateCode(child.state)))
            .add(QStringLiteral("folkeregisterReferanse"), child.folkeregisterReferanse);
        // The number only in the output the person asked for (never a log line).
        if (!child.newIdentifier.isEmpty())
            line.add(QStringLiteral("newIdentifier"), child.newIdentifier);
        if (!child.message.isEmpty())
            line.add(QStringLiteral("message"), child.message);
        if (child.corrects)
            line.add(QStringLiteral("corrects"), child.corrects->messageId);
        context.out() << line.toString() << '\n';
    }
    if (refused)
        return ExitFailed;
    return (!options.send || options.waitSeconds <= 0 || allRegistered) ? ExitOk : ExitFailed;
}

} // namespace Meldeklient::Cli
