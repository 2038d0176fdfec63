#pragma once

#include "core/api/FlushSummary.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>

namespace Meldeklient::Session {

class Session;

// Sending the outbox, for everyone who sends (the death and birth services, a withdrawal's resend, the window,
// meldeklient-cli): one use case over the session's current OutboxSender, which is created at each sign-in and
// dropped at sign-out. The sender owns the rule "one flush at a time"; this class only asks it, so isRunning()
// covers every flush whoever started it, and cancel() stops whichever runs (sign-out, quit). The item signals and
// finished() are relayed for every flush, so a view hears about its items even when another use case sent them.
class OutboxFlush : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Api::FlushSummary&)>;

    explicit OutboxFlush(Session& session, QObject* parent = nullptr);

    // Sends everything due (Ready only); `onlyItems` non-empty: only these. `done` runs once, later, before
    // finished(). Not Ready ("session-not-ready") or a flush already running ("api-flush-running"): `done` gets
    // that error in storeErrors, nothing is sent and finished() is not emitted (the running flush emits it).
    void flush(Callback done = {}, const QList<qint64>& onlyItems = {});
    bool isRunning() const;
    // Stops the running flush after the request in flight (OutboxSender::cancel); finished() still follows.
    void cancel();

    static Error notReadyError();
    static Error runningError();

Q_SIGNALS:
    void itemAccepted(qint64 id, const QString& serverId);
    void itemRejected(qint64 id, const Meldeklient::Error& error);
    void itemRetrying(qint64 id, const Meldeklient::Error& error, const QDateTime& nextAttempt);
    // A flush that ran has ended (not for one refused at once).
    void finished(const Meldeklient::Api::FlushSummary& summary);

private:
    Session& m_session;
};

} // namespace Meldeklient::Session
