#include "core/session/OutboxModel.h"

#include "core/outbox/ItemTexts.h"
#include "core/outbox/OutboxStore.h"
#include "core/session/OutboxWatcher.h"
#include "core/session/Session.h"

#include <QCoreApplication>

namespace Meldeklient::Session {

using Outbox::OutboxItem;

OutboxModel::OutboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OutboxModel::setWatcher(OutboxWatcher* watcher)
{
    if (m_watcher == watcher)
        return;
    disconnect(m_changedConnection);
    m_watcher = watcher;
    clear();
    if (m_watcher) {
        m_changedConnection = connect(m_watcher, &OutboxWatcher::changed, this, &OutboxModel::reload);
        reload();
    }
}

void OutboxModel::setSession(Session* session)
{
    disconnect(m_sessionConnection);
    setWatcher(session ? session->outboxWatcher() : nullptr);
    if (session) {
        m_sessionConnection = connect(session, &Session::outboxChanged, this,
            [this, session] { setWatcher(session->outboxWatcher()); });
    }
}

void OutboxModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    m_receiptIds.clear();
    endResetModel();
}

void OutboxModel::reload()
{
    if (!m_watcher) {
        clear();
        return;
    }
    Outbox::OutboxStore& store = m_watcher->store();
    const Result<QList<OutboxItem>> loaded = store.items();
    if (!loaded) {
        m_lastError = loaded.error();
        return;
    }
    m_lastError = {};
    const QList<OutboxItem>& fresh = loaded.value();
    for (const OutboxItem& item : fresh) {
        if (item.state == Outbox::ItemState::Accepted && !m_receiptIds.contains(item.id)) {
            const Result<Outbox::Receipt> receipt = store.receipt(item.id);
            m_receiptIds.insert(item.id, receipt ? receipt->serverId : QString());
        }
    }
    // Ids only grow and nothing is deleted: the old rows are a prefix of the new ones, unless the store was
    // replaced (then reset).
    bool prefix = fresh.size() >= m_items.size();
    for (int row = 0; prefix && row < m_items.size(); ++row)
        prefix = fresh.at(row).id == m_items.at(row).id;
    if (!prefix) {
        beginResetModel();
        m_items = fresh;
        endResetModel();
        Q_EMIT reloaded();
        return;
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < m_items.size(); ++row) {
        const OutboxItem& before = m_items.at(row);
        const OutboxItem& after = fresh.at(row);
        if (before.state != after.state || before.updatedAt != after.updatedAt
            || before.lastErrorCode != after.lastErrorCode || before.parentState != after.parentState) {
            m_items[row] = after;
            if (firstChanged < 0)
                firstChanged = row;
            lastChanged = row;
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (fresh.size() > m_items.size()) {
        beginInsertRows({}, int(m_items.size()), int(fresh.size()) - 1);
        for (qsizetype row = m_items.size(); row < fresh.size(); ++row)
            m_items.append(fresh.at(row));
        endInsertRows();
    }
    Q_EMIT reloaded();
}

const OutboxItem* OutboxModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxItem& item = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case KindRole:
        return QString(Outbox::kindCode(item.kind));
    case StateRole:
        return int(item.state);
    case ParentIdRole:
        return item.parentId ? QVariant(*item.parentId) : QVariant();
    case ErrorCodeRole:
        return item.lastErrorCode;
    case TimeRole:
        if (index.column() == CreatedColumn)
            return item.createdAt;
        if (index.column() == UpdatedColumn)
            return item.updatedAt;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return Outbox::ItemTexts::kind(item.kind);
        case StateColumn:
            if (item.isBlockedByParent() && (item.state == Outbox::ItemState::Queued
                                                || item.state == Outbox::ItemState::WaitingToRetry))
                return QCoreApplication::translate("Session", "Waits for Del 1");
            return Outbox::ItemTexts::state(item.state);
        case CreatedColumn:
            return QLocale().toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
        case UpdatedColumn:
            return QLocale().toString(item.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case ReceiptColumn:
            return m_receiptIds.value(item.id);
        case MessageColumn:
            return Outbox::ItemTexts::error(item.lastErrorCode);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return QCoreApplication::translate("Session", "Notification");
    case StateColumn:
        return QCoreApplication::translate("Session", "State");
    case CreatedColumn:
        return QCoreApplication::translate("Session", "Created");
    case UpdatedColumn:
        return QCoreApplication::translate("Session", "Updated");
    case ReceiptColumn:
        return QCoreApplication::translate("Session", "Receipt");
    case MessageColumn:
        return QCoreApplication::translate("Session", "Message");
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "outboxId");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(ParentIdRole, "parentId");
    names.insert(ErrorCodeRole, "errorCode");
    names.insert(TimeRole, "time");
    return names;
}

} // namespace Meldeklient::Session
