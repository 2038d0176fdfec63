#include "core/outbox/OutboxPurger.h"

#include "core/outbox/OutboxStore.h"

namespace Meldeklient::Outbox {

OutboxPurger::OutboxPurger(OutboxStore& store, RetentionPolicy policy, std::function<QDateTime()> clock)
    : m_store(store)
    , m_policy(policy)
    , m_clock(std::move(clock))
{
}

Result<OutboxPurger::Plan> OutboxPurger::plan() const
{
    const Result<QList<OutboxItem>> items = m_store.items();
    if (!items)
        return items.error();
    const QDateTime now = m_clock();
    const QDateTime purgeBefore = now.addDays(-m_policy.retentionDays);
    const QDateTime flagBefore = now.addDays(-m_policy.draftWarningDays);

    QList<qint64> unfinishedParents;
    for (const OutboxItem& item : items.value()) {
        if (item.parentId && item.state != ItemState::Accepted && item.state != ItemState::Cancelled)
            unfinishedParents.append(*item.parentId);
    }
    Plan plan;
    for (const OutboxItem& item : items.value()) {
        if (item.state == ItemState::Accepted) {
            const QDateTime since = item.acceptedAt.isValid() ? item.acceptedAt : item.updatedAt;
            if ((item.hasDraft || item.hasPayload) && since < purgeBefore && !unfinishedParents.contains(item.id))
                plan.toPurge.append(item);
        } else if ((item.state == ItemState::Draft || item.state == ItemState::NeedsCorrection)
            && item.updatedAt < flagBefore) {
            plan.oldDrafts.append(item);
        }
    }
    return plan;
}

Result<OutboxPurger::Plan> OutboxPurger::purge()
{
    Result<Plan> planned = plan();
    if (!planned || planned->toPurge.isEmpty())
        return planned;
    QList<qint64> ids;
    for (const OutboxItem& item : std::as_const(planned->toPurge))
        ids.append(item.id);
    if (const Result<int> purged = m_store.purgeContents(ids); !purged)
        return purged.error();
    return planned;
}

} // namespace Meldeklient::Outbox
