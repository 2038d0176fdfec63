#include "core/session/OutboxWatcher.h"

#include "core/outbox/OutboxStore.h"

namespace Meldeklient::Session {

OutboxWatcher::OutboxWatcher(Outbox::OutboxStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &OutboxWatcher::changed);
    m_store.setChangeObserver([this] { m_coalesce.start(); });
}

OutboxWatcher::~OutboxWatcher()
{
    m_store.setChangeObserver({});
}

} // namespace Meldeklient::Session
