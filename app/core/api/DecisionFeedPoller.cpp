#include "core/api/DecisionFeedPoller.h"

#include "core/api/ApiLogging.h"
#include "core/api/FolkeregisteretClient.h"
#include "core/api/FolkeregisteretMottakTransport.h"
#include "core/outbox/OutboxStore.h"

#include <QPointer>
#include <QTimer>

namespace Meldeklient::Api {

DecisionFeedPoller::DecisionFeedPoller(Outbox::OutboxStore& store, FolkeregisteretClient& client, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{
}

void DecisionFeedPoller::poll(Callback callback)
{
    if (callback)
        m_callbacks.append(std::move(callback));
    if (m_polling)
        return;
    m_polling = true;
    m_summary = {};
    QTimer::singleShot(0, this, [this] { readPage(0); });
}

void DecisionFeedPoller::readPage(int page)
{
    const QString feed = FolkeregisteretMottakTransport::FeedName;
    const Result<Outbox::FeedPosition> position = m_store.feedPosition(feed);
    if (!position) {
        finish(position.error());
        return;
    }
    QPointer<DecisionFeedPoller> self(this);
    const Outbox::FeedPosition from = position.value();
    m_client.readFeed(from, [self, page, from, feed](const Result<FolkeregisteretClient::FeedAnswer>& answer) {
        if (!self)
            return;
        if (!answer) {
            qCInfo(lcApi) << "decision feed not read:" << answer.error().code;
            self->finish(answer.error());
            return;
        }
        if (answer->notModified) {
            self->m_summary.notModified = page == 0;
            self->finish();
            return;
        }
        Outbox::FeedPosition next = from;
        if (!answer->decisions.isEmpty())
            next.nextSequence = answer->decisions.constLast().sequence + 1;
        next.etag = answer->etag;
        // The position moves with the decisions, in one transaction: never past an event not recorded.
        const Result<Outbox::OutboxStore::DecisionsRecorded> recorded
            = self->m_store.recordDecisions(feed, answer->decisions, next);
        if (!recorded) {
            self->finish(recorded.error());
            return;
        }
        self->m_summary.events += int(answer->decisions.size());
        self->m_summary.changed += recorded->changed;
        qCInfo(lcApi) << "decision feed:" << answer->decisions.size() << "events," << recorded->changed.size()
                      << "decided," << recorded->repeated << "already known," << recorded->early << "early,"
                      << recorded->unmatched << "not ours";
        for (qint64 id : recorded->changed)
            Q_EMIT self->decided(id);
        if (answer->decisions.isEmpty() || page + 1 >= MaxPages) {
            self->finish();
            return;
        }
        self->readPage(page + 1);
    });
}

void DecisionFeedPoller::finish(const Error& error)
{
    m_summary.error = error;
    m_polling = false;
    const Summary summary = m_summary;
    const QList<Callback> callbacks = std::exchange(m_callbacks, {});
    Q_EMIT finished(summary);
    for (const Callback& callback : callbacks)
        callback(summary);
}

} // namespace Meldeklient::Api
