#pragma once

#include "core/session/DraftKind.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Meldeklient::Session {
class Drafts;
class Session;
struct DraftSummary;
} // namespace Meldeklient::Session

namespace Meldeklient::Gui {

// Death and birth notifications not sent yet, newest first, each row saying which: continue one where it was left (on
// the screen of its kind), or discard it.
class DraftsPage : public QWidget
{
    Q_OBJECT

public:
    DraftsPage(Session::Session& session, QWidget* parent = nullptr);

    void reload();
    QListWidget* list() const { return m_list; }
    int draftCount() const;

Q_SIGNALS:
    void continueRequested(qint64 id, Meldeklient::Session::DraftKind kind);

private:
    void discardCurrent();
    qint64 currentId() const;
    // What the row says: the kind, whom it is about as the screen confirmed it (no more than that), when changed.
    QString describe(const Session::DraftSummary& summary) const;
    void updateButtons();

    Session::Session& m_session;
    Session::Drafts* m_drafts;
    QListWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_continue;
    QPushButton* m_discard;
};

} // namespace Meldeklient::Gui
