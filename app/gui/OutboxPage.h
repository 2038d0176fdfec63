#pragma once

#include <QWidget>

#include <utility>

class QLabel;
class QPushButton;
class QTableView;

namespace Meldeklient::Session {
class OutboxModel;
class Session;
} // namespace Meldeklient::Session

namespace Meldeklient::Gui {

// "Outbox and sent": every part of every notification with its state, and for the selected one its receipt or the
// registry's message. A refused child of a birth that can be corrected offers "Korriger" (objectName
// "outboxCorrectButton"), so a refusal is reachable after a restart too; the window opens the birth screen in
// correction mode. (The full outbox with corrections is its own issue.)
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
    // "Korriger" on a refused birth item: child `childNumber` (birth order) of birth `birthId`.
    void birthCorrectionRequested(const QString& birthId, int childNumber);

private:
    void showDetails();
    // The refused, correctable birth child on the current row, as {birthId, child}; empty birthId otherwise.
    std::pair<QString, int> correctableBirthChild() const;

    Session::Session& m_session;
    Session::OutboxModel* m_model;
    QTableView* m_view;
    QLabel* m_details;
    QLabel* m_empty;
    QPushButton* m_correct;
};

} // namespace Meldeklient::Gui
