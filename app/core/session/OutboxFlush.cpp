#include "core/session/OutboxFlush.h"

#include "core/api/OutboxSender.h"
#include "core/session/Session.h"

#include <QCoreApplication>
#include <QPointer>

namespace Meldeklient::Session {

OutboxFlush::OutboxFlush(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

Error OutboxFlush::notReadyError()
{
    return Error {QStringLiteral("session-not-ready"),
        QCoreApplication::translate("Session", "Sign in first: the registry can only be asked by a signed-in physician.")};
}

Error OutboxFlush::runningError()
{
    return Error {QStringLiteral("api-flush-running"), QCoreApplication::translate("Session", "Sending is already running.")};
}

bool OutboxFlush::isRunning() const
{
    const Api::OutboxSender* sender = m_session.sender();
    return sender && sender->isFlushing();
}

void OutboxFlush::cancel()
{
    if (Api::OutboxSender* sender = m_session.sender())
        sender->cancel();
}

void OutboxFlush::flush(Callback done, const QList<qint64>& onlyItems)
{
    Api::OutboxSender* sender = m_session.sender();
    if (!sender || sender->isFlushing()) {
        Api::FlushSummary refused;
        refused.storeErrors.append(sender ? runningError() : notReadyError());
        QMetaObject::invokeMethod(this, [done = std::move(done), refused] {
            if (done)
                done(refused);
        }, Qt::QueuedConnection);
        return;
    }
    const auto accepted = connect(sender, &Api::OutboxSender::itemAccepted, this, &OutboxFlush::itemAccepted);
    const auto rejected = connect(sender, &Api::OutboxSender::itemRejected, this, &OutboxFlush::itemRejected);
    const auto retrying = connect(sender, &Api::OutboxSender::itemRetrying, this, &OutboxFlush::itemRetrying);
    QPointer<OutboxFlush> self(this);
    sender->flush(
        [self, accepted, rejected, retrying, done = std::move(done)](const Api::FlushSummary& summary) {
            QObject::disconnect(accepted);
            QObject::disconnect(rejected);
            QObject::disconnect(retrying);
            if (done)
                done(summary);
            if (self)
                Q_EMIT self->finished(summary);
        },
        {}, onlyItems);
}

} // namespace Meldeklient::Session
