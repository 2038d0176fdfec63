#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Meldeklient::Session {
class DeathDrafts;
class Session;
} // namespace Meldeklient::Session

namespace Meldeklient::Gui {

// Death notifications not sent yet, newest first: continue one where it was left, or discard it.
class DraftsPage : public QWidget
{
    Q_OBJECT

public:
    DraftsPage(Session::Session& session, QWidget* parent = nullptr);

    void reload();
    QListWidget* list() const { return m_list; }
    int draftCount() const;

Q_SIGNALS:
    void continueRequested(qint64 id);

private:
    void discardCurrent();
    qint64 currentId() const;
    void updateButtons();

    Session::Session& m_session;
    Session::DeathDrafts* m_drafts;
    QListWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_continue;
    QPushButton* m_discard;
};

} // namespace Meldeklient::Gui
