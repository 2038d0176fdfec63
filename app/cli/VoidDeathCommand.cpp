#include "cli/VoidDeathCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/api/SubmissionDocument.h"
#include "core/outbox/ItemKind.h"
#include "core/outbox/OutboxStore.h"
#include "core/audit/AuditLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Meldeklient::Cli {

using namespace Meldeklient::Outbox;

VoidDeathCommand::VoidDeathCommand(SignedInOutbox::SecretStoreFactory secrets)
    : m_secrets(std::move(secrets))
{
}

QString VoidDeathCommand::name() const
{
    return QStringLiteral("annuller");
}

QString VoidDeathCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Withdraw a death reported for the wrong person (annuller dødsfall)");
}

int VoidDeathCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption environmentOption = AuthSession::environmentOption();
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
        QCoreApplication::translate("Cli", "Why the death is withdrawn (required)."), QStringLiteral("TEXT"));
    const QCommandLineOption helpOption = AuthSession::helpOption();
    parser.addOptions({environmentOption, reasonOption, helpOption});
    parser.addOptions(SignedInOutbox::options());
    parser.addPositionalArgument(QStringLiteral("ID"),
        QCoreApplication::translate("Cli", "The outbox item of the death (Del 1) to withdraw."));
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText().replace(QStringLiteral("annuller [options]"),
            QStringLiteral("meldeklient-cli annuller [options]"));
        return ExitOk;
    }
    bool idOk = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&idOk);
    if (parser.positionalArguments().size() != 1 || !idOk) {
        context.err() << QCoreApplication::translate("Cli", "annuller needs the outbox ID of the death (Del 1).") << '\n';
        return ExitUsage;
    }
    const QString reason = parser.value(reasonOption).trimmed();
    if (reason.isEmpty()) {
        context.err() << QCoreApplication::translate("Cli", "annuller needs --reason: say why the death is withdrawn.")
                      << '\n';
        return ExitUsage;
    }
    const std::optional<Config::Environment> environment
        = AuthSession::environmentFor(parser.value(environmentOption), context);
    if (!environment)
        return ExitUsage;

    SignedInOutbox outbox(m_secrets);
    if (const Result<void> opened = outbox.open(parser, *environment); !opened)
        return context.fail(opened.error());
    OutboxStore& store = outbox.store();
    const Result<OutboxItem> death = store.item(id);
    if (!death)
        return context.fail(death.error());
    if (death->kind != ItemKind::DeathPart1) {
        return context.fail(Error {QStringLiteral("not-a-death"),
                                 QCoreApplication::translate("Cli",
                                     "Outbox item %1 is not a death (Del 1); only a death can be withdrawn.")
                                     .arg(id)});
    }

    switch (death->state) {
    case ItemState::Draft:
    case ItemState::Queued:
    case ItemState::WaitingToRetry:
    case ItemState::NeedsCorrection: {
        // Not (knowingly) registered: cancelling is enough. A waiting item may have reached the registry in an
        // earlier attempt whose answer was lost, so say what to check.
        if (const Result<void> cancelled = store.cancel(id); !cancelled)
            return context.fail(cancelled.error());
        context.out() << JsonLine()
                             .addRaw(QStringLiteral("id"), QString::number(id))
                             .add(QStringLiteral("cancelled"), true)
                             .add(QStringLiteral("message"),
                                 death->state == ItemState::WaitingToRetry
                                     ? QCoreApplication::translate("Cli",
                                           "The death had not been confirmed by the registry and is cancelled. An "
                                           "earlier attempt may still have reached it: look the person up, and "
                                           "withdraw the death there if it shows as dead.")
                                     : QCoreApplication::translate("Cli",
                                           "The death had not been sent and is cancelled, with its cause of death."))
                             .toString()
                      << '\n';
        return ExitOk;
    }
    case ItemState::Sending:
        return context.fail(Error {QStringLiteral("outbox-item-sending"),
                                 QCoreApplication::translate("Cli",
                                     "The death is being sent right now. Wait for the answer, then withdraw it.")});
    case ItemState::Cancelled:
        return context.fail(Error {QStringLiteral("outbox-item-cancelled"),
                                 QCoreApplication::translate("Cli", "The death was cancelled and never sent.")});
    case ItemState::Accepted:
        break;
    }

    const Result<QByteArray> payload = store.payload(id);
    if (!payload)
        return context.fail(payload.error());
    const Result<Api::SubmissionDocument> sent = Api::SubmissionDocument::fromJson(payload.value());
    if (!sent)
        return context.fail(sent.error());
    const Result<Api::SubmissionDocument> voiding
        = Api::SubmissionDocument::forVoid(sent->patient, sent->practitionerRole, reason);
    if (!voiding)
        return context.fail(voiding.error());
    const QByteArray json = voiding->toJson();
    const Result<qint64> created = store.createDraft(QString(ItemKind::DeathVoid), json, id);
    if (!created)
        return context.fail(created.error());
    if (const Result<void> queued = store.enqueue(created.value(), json, death->formVersion, death->codeListVersions);
        !queued)
        return context.fail(queued.error());
    Audit::AuditLog::record(Audit::AuditAction::Withdrawal, {}, QStringLiteral("outbox:%1").arg(created.value()));
    context.out() << JsonLine()
                         .addRaw(QStringLiteral("id"), QString::number(created.value()))
                         .add(QStringLiteral("queued"), true)
                         .add(QStringLiteral("message"),
                             QCoreApplication::translate("Cli",
                                 "The withdrawal is queued; send it with outbox flush. Then phone NHN's operations "
                                 "centre (+47 73 56 59 99), as NHN requires after every withdrawn death."))
                         .toString()
                  << '\n';
    return ExitOk;
}

} // namespace Meldeklient::Cli
