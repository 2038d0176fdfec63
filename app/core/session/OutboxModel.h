#pragma once

#include "core/common/Result.h"
#include "core/outbox/OutboxItem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Meldeklient::Session {

class OutboxWatcher;
class Session;

// The outbox as a table for views (QtCore only): one row per item, oldest first, reloaded when the store changes.
// Rows are only ever appended or updated (the store deletes nothing), so a selection survives a reload. Texts are
// translated when shown, so a language switch applies to old items too. Metadata only, plus the receipt id of
// accepted items (decrypted once: an accepted item never changes).
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, StateColumn, CreatedColumn, UpdatedColumn, ReceiptColumn, MessageColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        KindRole,                  // Outbox::ItemKind as int
        StateRole,                 // Outbox::ItemState as int
        ParentIdRole,              // qint64, or invalid
        ErrorCodeRole,             // QString: the stable code of the last failure
        TimeRole,                  // QDateTime of the Created/Updated column (sorting)
    };
    Q_ENUM(Role)

    explicit OutboxModel(QObject* parent = nullptr);

    // The store to show; null empties the model.
    void setWatcher(OutboxWatcher* watcher);
    // Follows a session: shows its outbox whenever one is open, and nothing otherwise.
    void setSession(Session* session);
    // Reads the store again (the watcher calls it on every change). Errors are kept in lastError().
    void reload();
    Error lastError() const { return m_lastError; }

    const Outbox::OutboxItem* itemAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void reloaded();

private:
    void clear();

    QPointer<OutboxWatcher> m_watcher;
    QMetaObject::Connection m_changedConnection;
    QMetaObject::Connection m_sessionConnection;
    QList<Outbox::OutboxItem> m_items;
    QHash<qint64, QString> m_receiptIds;
    Error m_lastError;
};

} // namespace Meldeklient::Session
