#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Meldeklient::Session {

class Session;

// A death notification the physician has not sent yet, as the window autosaves it.
struct DraftSummary {
    qint64 id = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Drafts of death notifications in the signed-in person's outbox: a Del 1 item in the draft state whose encrypted
// content is whatever the window writes (an opaque JSON: the Bundle so far and the page and field the physician
// was on). DeathNotificationService::queue() with `fromDraft` turns the draft into the queued Del 1, so a sent
// draft leaves the list by itself. Each call is one local commit (measured in tests/bench/BenchSession).
// Errors: "session-no-outbox" when no outbox is open, and the store's ("outbox-not-editable", ...).
class DeathDrafts : public QObject
{
    Q_OBJECT

public:
    explicit DeathDrafts(Session& session, QObject* parent = nullptr);

    Result<qint64> create(const QByteArray& content);
    // Autosave (debounce in the caller).
    Result<void> save(qint64 id, const QByteArray& content);
    // Newest change first.
    Result<QList<DraftSummary>> list() const;
    Result<QByteArray> load(qint64 id) const;
    Result<void> discard(qint64 id);

private:
    QPointer<Session> m_session;
};

} // namespace Meldeklient::Session
