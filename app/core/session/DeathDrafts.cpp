#include "core/session/DeathDrafts.h"

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
} // namespace

DeathDrafts::DeathDrafts(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(&session)
{
}

Result<qint64> DeathDrafts::create(const QByteArray& content)
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    return store->createDraft(ItemKind::DeathPart1, content);
}

Result<void> DeathDrafts::save(qint64 id, const QByteArray& content)
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    return store->saveDraft(id, content);
}

Result<QList<DraftSummary>> DeathDrafts::list() const
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    const Result<QList<OutboxItem>> items = store->items();
    if (!items)
        return items.error();
    QList<DraftSummary> drafts;
    for (const OutboxItem& item : items.value()) {
        if (item.kind == ItemKind::DeathPart1 && item.state == ItemState::Draft && !item.parentId)
            drafts.append(DraftSummary {item.id, item.createdAt, item.updatedAt});
    }
    std::stable_sort(drafts.begin(), drafts.end(),
        [](const DraftSummary& a, const DraftSummary& b) { return a.updatedAt > b.updatedAt; });
    return drafts;
}

Result<OutboxStore*> DeathDrafts::draftStore(qint64 id) const
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    const Result<OutboxItem> item = store->item(id);
    if (!item || item->kind != ItemKind::DeathPart1 || item->state != ItemState::Draft)
        return notADraft(id);
    return store;
}

Result<QByteArray> DeathDrafts::load(qint64 id) const
{
    const Result<OutboxStore*> store = draftStore(id);
    if (!store)
        return store.error();
    return store.value()->draftContent(id);
}

Result<void> DeathDrafts::discard(qint64 id)
{
    const Result<OutboxStore*> store = draftStore(id);
    if (!store)
        return store.error();
    return store.value()->discardDraft(id);
}

} // namespace Meldeklient::Session
