#pragma once

#include "core/common/Result.h"
#include "core/session/DraftKind.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace Meldeklient::Session {
class Drafts;
class Session;
} // namespace Meldeklient::Session

namespace Meldeklient::Gui {

// The autosave the notification screens share (death and birth): changed() (re)starts a debounce of DelayMs and the
// screen's content is then written to its draft (Session::Drafts, encrypted), created by the first save that has
// something to keep. It also remembers which draft was worked on last, per outbox (the item id under the outbox's
// pseudonymous owner key: no personal data), so the window reopens it after the next sign-in.
class DraftAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int DelayMs = 1000;

    // What the screen holds now, and whether there is anything worth keeping yet (nothing typed: no draft).
    struct Snapshot {
        QByteArray content;
        bool worthKeeping = false;
    };
    using Source = std::function<Snapshot()>;

    DraftAutosave(Session::Session& session, Session::DraftKind kind, Source source, QObject* parent = nullptr);

    Session::Drafts& drafts() const { return *m_drafts; }
    std::optional<qint64> id() const { return m_id; }
    bool isPending() const { return m_timer.isActive(); }

    // Something changed: save DelayMs after the last change.
    void changed();
    // Saves now what the debounce would save later (nothing while the session has no outbox).
    void saveNow();
    // Saves a pending change, if any.
    void flush();
    // The content of draft `id` when it is a draft of this screen's kind ("draft-other-kind" otherwise).
    Result<QByteArray> load(qint64 id) const;
    // Opens draft `id` of this screen's kind: a pending change is saved first, then `show` puts the content on screen
    // (false: not content this screen reads); after that later saves go to it, and it is the one reopened.
    bool open(qint64 id, const std::function<bool(const QByteArray& content)>& show);
    // The screen is cleared (sign-out): nothing pending is saved, the draft stays to be reopened.
    void detach();
    // The draft is done with (queued, or the person starts a new notification): detach(), and it is no longer the
    // one reopened.
    void close();

    // The draft that was worked on last in this outbox, if any.
    static std::optional<qint64> lastOpen(const Session::Session& session);

Q_SIGNALS:
    void saved(qint64 id);

private:
    void rememberOpen(qint64 id) const;

    Session::Session& m_session;
    Session::DraftKind m_kind;
    Source m_source;
    Session::Drafts* m_drafts;
    QTimer m_timer;
    std::optional<qint64> m_id;
};

} // namespace Meldeklient::Gui
