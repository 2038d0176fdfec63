#include "core/session/Drafts.h"

#include "core/outbox/OutboxStore.h"
#include "core/session/Session.h"

#include <QCoreApplication>

#include <algorithm>

namespace Meldeklient::Session {

using namespace Meldeklient::Outbox;

namespace {
Error noOutbox()
{
    return Error {QStringLiteral("session-no-outbox"),
        QCoreApplication::translate("Session", "Sign in first: drafts are kept in your own encrypted outbox.")};
}

Error notADraft(qint64 id)
{
    return Error {QStringLiteral("draft-not-found"),
        QCoreApplication::translate("Session", "There is no draft %1.").arg(id)};
}

// A person's draft: the first part of a notification, not yet queued (a withdrawal's draft has a parent).
std::optional<DraftKind> personalDraftKind(const OutboxItem& item)
{
    if (!item.kind || item.state != ItemState::Draft || item.parentId || !item.groupId.isEmpty())
        return std::nullopt;
    return draftKindOf(*item.kind);
}
} // namespace

Drafts::Drafts(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(&session)
{
}

Result<qint64> Drafts::create(DraftKind kind, const QByteArray& content)
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    return store->createDraft(itemKind(kind), content);
}

Result<void> Drafts::save(qint64 id, const QByteArray& content)
{
    const Result<Found> found = find(id);
    if (!found)
        return found.error();
    return found->store->saveDraft(id, content);
}

Result<QList<DraftSummary>> Drafts::list() const
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    const Result<QList<OutboxItem>> items = store->items();
    if (!items)
        return items.error();
    QList<DraftSummary> drafts;
    for (const OutboxItem& item : items.value()) {
        if (const std::optional<DraftKind> kind = personalDraftKind(item))
            drafts.append(DraftSummary {item.id, *kind, item.createdAt, item.updatedAt});
    }
    std::stable_sort(drafts.begin(), drafts.end(),
        [](const DraftSummary& a, const DraftSummary& b) { return a.updatedAt > b.updatedAt; });
    return drafts;
}

Result<Drafts::Found> Drafts::find(qint64 id) const
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    const Result<OutboxItem> item = store->item(id);
    const std::optional<DraftKind> kind = item ? personalDraftKind(item.value()) : std::nullopt;
    if (!kind)
        return notADraft(id);
    return Found {store, *kind};
}

Result<DraftKind> Drafts::kind(qint64 id) const
{
    const Result<Found> found = find(id);
    if (!found)
        return found.error();
    return found->kind;
}

Result<QByteArray> Drafts::load(qint64 id) const
{
    const Result<Found> found = find(id);
    if (!found)
        return found.error();
    return found->store->draftContent(id);
}

Result<QByteArray> Drafts::load(qint64 id, DraftKind expected) const
{
    const Result<Found> found = find(id);
    if (!found)
        return found.error();
    if (found->kind != expected) {
        return Error {QStringLiteral("draft-other-kind"),
            expected == DraftKind::Death
                ? QCoreApplication::translate("Session", "Draft %1 is a birth notification, not a death notification.").arg(id)
                : QCoreApplication::translate("Session", "Draft %1 is a death notification, not a birth notification.").arg(id)};
    }
    return found->store->draftContent(id);
}

Result<void> Drafts::discard(qint64 id)
{
    const Result<Found> found = find(id);
    if (!found)
        return found.error();
    return found->store->discardDraft(id);
}

} // namespace Meldeklient::Session
