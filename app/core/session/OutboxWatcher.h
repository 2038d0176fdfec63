#pragma once

#include <QObject>
#include <QTimer>

namespace Meldeklient::Outbox {
class OutboxStore;
}

namespace Meldeklient::Session {

// Turns the store's change observer into a Qt signal: changed() once per turn of the event loop however many
// commits happened in it (a flush claims eight items in one go), so views reload once. Watches one store for its
// lifetime; the store must outlive it.
class OutboxWatcher : public QObject
{
    Q_OBJECT

public:
    explicit OutboxWatcher(Outbox::OutboxStore& store, QObject* parent = nullptr);
    ~OutboxWatcher() override;

    Outbox::OutboxStore& store() const { return m_store; }

Q_SIGNALS:
    void changed();

private:
    Outbox::OutboxStore& m_store;
    QTimer m_coalesce;
};

} // namespace Meldeklient::Session
