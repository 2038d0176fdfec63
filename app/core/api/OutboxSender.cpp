#include "core/api/OutboxSender.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiLogging.h"
#include "core/api/FolkeregisteretClient.h"
#include "core/outbox/ItemKind.h"
#include "core/outbox/OutboxStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace Meldeklient::Api {

OutboxSender::OutboxSender(Outbox::OutboxStore& store, ApiClient& client, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{
}

void OutboxSender::flush(Callback callback, FlushOptions options, QList<qint64> onlyItems)
{
    if (m_flushing) {
        FlushSummary busy;
        busy.storeErrors.append(Error {QStringLiteral("api-flush-running"),
            QCoreApplication::translate("Api", "The outbox is already being sent.")});
        QTimer::singleShot(0, this, [callback = std::move(callback), busy] {
            if (callback)
                callback(busy);
        });
        return;
    }
    m_flushing = true;
    m_options = options;
    m_onlyItems = std::move(onlyItems);
    m_summary = {};
    m_attempted.clear();
    m_claimed.clear();
    m_callback = std::move(callback);
    m_stop = false;
    QTimer::singleShot(0, this, [this] { sendNext(); });
}

void OutboxSender::cancel()
{
    if (!m_flushing || m_stop)
        return;
    qCInfo(lcApi) << "flush cancelled;" << m_claimed.size() << "claimed items released";
    m_stop = true;
    releaseClaims();
}

void OutboxSender::releaseClaims()
{
    if (m_claimed.isEmpty())
        return;
    // Claimed but never sent (the flush stopped first): due again at once, the attempt not counted.
    QList<qint64> unsent;
    for (const Outbox::SendClaim& claim : std::as_const(m_claimed))
        unsent.append(claim.id);
    m_claimed.clear();
    if (const Result<void> released = m_store.unclaim(unsent); !released)
        m_summary.storeErrors.append(released.error());
}

void OutboxSender::sendNext()
{
    if (m_stop || (m_options.maxItems >= 0 && m_summary.attempted() >= m_options.maxItems)) {
        finish();
        return;
    }
    // Items are claimed a few at a time in one transaction (one fsync for the batch instead of one each); the ready
    // list is read again when the batch is used up, so children made ready by it come with the next one.
    if (m_claimed.isEmpty()) {
        int wanted = ClaimBatch;
        if (m_options.maxItems >= 0)
            wanted = std::min(wanted, m_options.maxItems - m_summary.attempted());
        // Only a few chosen items: look further, they may be behind many others.
        const int limit = m_onlyItems.isEmpty() ? ClaimBatch + int(m_attempted.size()) : 10000;
        const Result<QList<Outbox::OutboxItem>> ready = m_store.readyToSend(limit);
        if (!ready) {
            m_summary.storeErrors.append(ready.error());
            finish();
            return;
        }
        QList<qint64> ids;
        for (const Outbox::OutboxItem& item : ready.value()) {
            if (ids.size() < wanted && !m_attempted.contains(item.id)
                && (m_onlyItems.isEmpty() || m_onlyItems.contains(item.id)))
                ids.append(item.id);
        }
        if (ids.isEmpty()) {
            finish();
            return;
        }
        for (qint64 id : std::as_const(ids))
            m_attempted.insert(id);
        Result<QList<Outbox::SendClaim>> claims = m_store.claimAll(ids);
        if (!claims) {
            m_summary.storeErrors.append(claims.error());
            finish();
            return;
        }
        m_claimed = std::move(claims).value();
        countUnclaimed(ids);
        if (m_claimed.isEmpty()) {
            sendNext();
            return;
        }
    }
    const Outbox::SendClaim claim = m_claimed.takeFirst();
    Q_EMIT itemStarted(claim.id, claim.kind, claim.attempt);
    const qint64 id = claim.id;
    QPointer<OutboxSender> self(this);
    const auto recordThenNext = [self, id](const SubmitOutcome& outcome) {
        // A sender destroyed meanwhile leaves the item in Sending; the store's recovery returns it.
        if (!self)
            return;
        self->record(id, outcome);
        self->sendNext();
    };
    if (claim.kind != Outbox::ItemKind::Birth) {
        m_client.submit(claim, recordThenNext);
    } else if (m_birthClient) {
        m_birthClient->submit(claim, recordThenNext);
    } else {
        SubmitOutcome outcome;
        outcome.error = Error {QStringLiteral("birth-not-configured"),
            QCoreApplication::translate("Api", "Folkeregisteret is not set up in this environment.")};
        QTimer::singleShot(0, this, [recordThenNext, outcome] { recordThenNext(outcome); });
    }
}

void OutboxSender::countUnclaimed(const QList<qint64>& ids)
{
    QSet<qint64> claimed;
    for (const Outbox::SendClaim& claim : std::as_const(m_claimed))
        claimed.insert(claim.id);
    for (qint64 id : ids) {
        if (claimed.contains(id))
            continue;
        // The store moved an item whose content fails authentication to needs-correction: count and report it, so
        // it is never stuck silently. Others were cancelled or blocked since readyToSend(): left as they are.
        const Result<Outbox::OutboxItem> item = m_store.item(id);
        if (item && item->state == Outbox::ItemState::NeedsCorrection && item->isContentUnreadable()) {
            ++m_summary.unreadable;
            qCWarning(lcApi) << "outbox item" << id << "is unreadable";
            Q_EMIT itemRejected(id, Error {item->lastErrorCode, item->lastErrorMessage});
        } else {
            ++m_summary.skipped;
        }
    }
}

void OutboxSender::record(qint64 id, const SubmitOutcome& outcome)
{
    // The outcome goes to disk before anything else happens (outbox/README.md "What a sender does").
    switch (outcome.kind) {
    case SubmitOutcome::Kind::Accepted: {
        const Result<void> recorded = m_store.recordAccepted(id, outcome.receipt);
        if (!recorded) {
            m_summary.storeErrors.append(recorded.error());
            m_stop = true;
            return;
        }
        ++m_summary.accepted;
        qCInfo(lcApi) << "outbox item" << id << "accepted";
        Q_EMIT itemAccepted(id, outcome.receipt.serverId);
        return;
    }
    case SubmitOutcome::Kind::AcceptedForProcessing: {
        const Result<void> recorded = m_store.recordAcceptedForProcessing(id, outcome.receipt);
        if (!recorded) {
            m_summary.storeErrors.append(recorded.error());
            m_stop = true;
            return;
        }
        ++m_summary.accepted;
        qCInfo(lcApi) << "outbox item" << id << "accepted for processing";
        Q_EMIT itemAccepted(id, outcome.receipt.serverId);
        return;
    }
    case SubmitOutcome::Kind::Rejected: {
        const Result<void> recorded = m_store.recordRejected(id, outcome.error, outcome.serverMessage);
        if (!recorded) {
            m_summary.storeErrors.append(recorded.error());
            m_stop = true;
            return;
        }
        ++m_summary.rejected;
        qCInfo(lcApi) << "outbox item" << id << "rejected:" << outcome.error.code;
        Q_EMIT itemRejected(id, outcome.error);
        return;
    }
    case SubmitOutcome::Kind::Transient:
    case SubmitOutcome::Kind::SignInRequired: {
        const bool signIn = outcome.kind == SubmitOutcome::Kind::SignInRequired;
        // After a sign-in the item may go at once; otherwise back-off, not before the server's Retry-After.
        Result<QDateTime> next = m_store.recordTransientFailure(id, outcome.error,
            signIn ? std::optional<qint64>(0) : outcome.retryAfterMs);
        if (next && signIn) {
            // Not the item's fault: once someone has signed in it goes at once, without back-off.
            if (const Result<void> due = m_store.retryNow(id); !due)
                next = due.error();
            else
                next = QDateTime::currentDateTimeUtc();
        }
        if (!next) {
            m_summary.storeErrors.append(next.error());
            m_stop = true;
            return;
        }
        ++m_summary.retrying;
        qCInfo(lcApi) << "outbox item" << id << "will be retried:" << outcome.error.code;
        Q_EMIT itemRetrying(id, outcome.error, next.value());
        if (signIn) {
            m_summary.signInRequired = true;
            m_summary.signInError = outcome.error;
            m_stop = true;
            Q_EMIT signInRequired(outcome.error);
        } else if (m_options.stopOnTransient) {
            m_stop = true;
        }
        return;
    }
    }
}

void OutboxSender::finish()
{
    releaseClaims();
    m_flushing = false;
    const FlushSummary summary = m_summary;
    Callback callback = std::move(m_callback);
    m_callback = nullptr;
    Q_EMIT finished(summary);
    if (callback)
        callback(summary);
}

} // namespace Meldeklient::Api
