#include "cli/OutboxPurge.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/config/Configuration.h"
#include "core/outbox/OutboxPurger.h"
#include "core/audit/AuditLog.h"

#include <QCoreApplication>

namespace Meldeklient::Cli {

void OutboxPurge::applyRetention(Outbox::OutboxStore& store)
{
    const Result<Config::Configuration> configuration = Config::Configuration::load();
    if (!configuration)
        return;
    const Result<Outbox::OutboxPurger::Plan> done
        = Outbox::OutboxPurger(store, Outbox::RetentionPolicy::fromConfiguration(*configuration)).purge();
    if (!done)
        return;
    for (const Outbox::OutboxItem& item : done->toPurge)
        Audit::AuditLog::record(Audit::AuditAction::Purge, {}, QStringLiteral("outbox:%1").arg(item.id));
}

int OutboxPurge::run(Outbox::OutboxStore& store, bool dryRun, CliContext& context)
{
    const Result<Config::Configuration> configuration = Config::Configuration::load();
    if (!configuration)
        return context.fail(configuration.error());
    const Outbox::RetentionPolicy policy = Outbox::RetentionPolicy::fromConfiguration(*configuration);
    Outbox::OutboxPurger purger(store, policy);
    const Result<Outbox::OutboxPurger::Plan> plan = dryRun ? purger.plan() : purger.purge();
    if (!plan)
        return context.fail(plan.error());

    for (const Outbox::OutboxItem& item : plan->toPurge) {
        if (!dryRun)
            Audit::AuditLog::record(Audit::AuditAction::Purge, {}, QStringLiteral("outbox:%1").arg(item.id));
        context.out() << JsonLine()
                             .addRaw(QStringLiteral("id"), QString::number(item.id))
                             .add(QStringLiteral("kind"), QString(Outbox::kindCode(item.kind)))
                             .add(QStringLiteral("action"),
                                 dryRun ? QStringLiteral("would-purge") : QStringLiteral("purged"))
                             .add(QStringLiteral("acceptedAt"), item.acceptedAt.toString(Qt::ISODate))
                             .toString()
                      << '\n';
    }
    for (const Outbox::OutboxItem& item : plan->oldDrafts) {
        context.out() << JsonLine()
                             .addRaw(QStringLiteral("id"), QString::number(item.id))
                             .add(QStringLiteral("kind"), QString(Outbox::kindCode(item.kind)))
                             .add(QStringLiteral("action"), QStringLiteral("old-draft-kept"))
                             .add(QStringLiteral("updatedAt"), item.updatedAt.toString(Qt::ISODate))
                             .add(QStringLiteral("message"),
                                 QCoreApplication::translate("Cli",
                                     "This draft has not been changed for more than %n "
                                     "day(s). Finish or cancel it; it is never deleted "
                                     "automatically.",
                                     nullptr, policy.draftWarningDays))
                             .toString()
                      << '\n';
    }
    context.out() << JsonLine()
                         .add(QStringLiteral("dryRun"), dryRun)
                         .addRaw(QStringLiteral("purged"), QString::number(dryRun ? 0 : plan->toPurge.size()))
                         .addRaw(QStringLiteral("wouldPurge"), QString::number(dryRun ? plan->toPurge.size() : 0))
                         .addRaw(QStringLiteral("oldDrafts"), QString::number(plan->oldDrafts.size()))
                         .addRaw(QStringLiteral("retentionDays"), QString::number(policy.retentionDays))
                         .toString()
                  << '\n';
    return ExitOk;
}

} // namespace Meldeklient::Cli
