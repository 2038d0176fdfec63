#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Meldeklient::Session {
class OutboxModel;
class Session;
} // namespace Meldeklient::Session

namespace Meldeklient::Gui {

// "Outbox and sent": every part of every notification with its state, and for the selected one its receipt or the
// registry's message. (The full outbox with corrections is its own issue.)
class OutboxPage : public QWidget
{
    Q_OBJECT

public:
    struct Counts {
        int waiting = 0;         // queued, sending or waiting to retry
        int needsCorrection = 0;
        int accepted = 0;
    };

    explicit OutboxPage(Session::Session& session, QWidget* parent = nullptr);

    Counts counts() const;
    Session::OutboxModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void countsChanged();

private:
    void showDetails();

    Session::Session& m_session;
    Session::OutboxModel* m_model;
    QTableView* m_view;
    QLabel* m_details;
    QLabel* m_empty;
};

} // namespace Meldeklient::Gui
