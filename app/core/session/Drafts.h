#pragma once

#include "core/common/Result.h"
#include "core/session/DraftKind.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Meldeklient::Outbox {
class OutboxStore;
struct OutboxItem;
} // namespace Meldeklient::Outbox

namespace Meldeklient::Session {

class Session;

// A notification the person has not sent yet, as the window autosaves it.
struct DraftSummary {
    qint64 id = 0;
    DraftKind kind = DraftKind::Death;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Drafts of death and birth notifications in the signed-in person's outbox: an item of the kind's first part
// (itemKind(): Del 1, or a birth) in the draft state whose encrypted content is whatever the window writes (an
// opaque JSON: the answers so far and the step and field the person was on). DeathNotificationService::queue() and
// BirthNotificationService::queue() with `fromDraft` turn the draft into the queued notification in the same
// transaction, so a sent draft leaves the list by itself and a crash never leaves both or neither. Each call is one
// local commit. Errors: "session-no-outbox" when no outbox is open, "draft-not-found" for an id that is no draft,
// "draft-other-kind" when a screen opens a draft of the other kind, and the store's ("outbox-not-editable", ...).
class Drafts : public QObject
{
    Q_OBJECT

public:
    explicit Drafts(Session& session, QObject* parent = nullptr);

    Result<qint64> create(DraftKind kind, const QByteArray& content);
    // Autosave (debounce in the caller).
    Result<void> save(qint64 id, const QByteArray& content);
    // Both kinds, newest change first.
    Result<QList<DraftSummary>> list() const;
    Result<DraftKind> kind(qint64 id) const;
    Result<QByteArray> load(qint64 id) const;
    // load() for the screen of `expected`: "draft-other-kind" for a draft of the other kind.
    Result<QByteArray> load(qint64 id, DraftKind expected) const;
    Result<void> discard(qint64 id);

private:
    // The open outbox and the draft's kind when `id` is a draft in it.
    struct Found {
        Outbox::OutboxStore* store = nullptr;
        DraftKind kind = DraftKind::Death;
    };
    Result<Found> find(qint64 id) const;

    QPointer<Session> m_session;
};

} // namespace Meldeklient::Session
