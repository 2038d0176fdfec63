#pragma once

#include "core/common/Result.h"
#include "core/outbox/OutboxItem.h"
#include "core/outbox/RetentionPolicy.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace Meldeklient::Outbox {

class OutboxStore;

// Applies a RetentionPolicy to one outbox through OutboxStore's public API.
class OutboxPurger
{
public:
    struct Plan
    {
        // Accepted items whose receipt is older than the retention time and that still hold contents. A Del 1 whose
        // Del 2 is still unfinished is kept: the Del 2 still needs it.
        QList<OutboxItem> toPurge;
        // Drafts (and items waiting for correction) untouched for longer than draftWarningDays: shown to the doctor.
        QList<OutboxItem> oldDrafts;
    };

    explicit OutboxPurger(
        OutboxStore& store, RetentionPolicy policy,
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); });

    // What would go and what is flagged; changes nothing (`outbox purge --dry-run`).
    Result<Plan> plan() const;
    // Purges plan().toPurge and returns the plan that was carried out.
    Result<Plan> purge();

private:
    OutboxStore& m_store;
    RetentionPolicy m_policy;
    std::function<QDateTime()> m_clock;
};

} // namespace Meldeklient::Outbox
