#pragma once

#include "core/api/FlushOptions.h"
#include "core/api/FlushSummary.h"
#include "core/api/SubmitOutcome.h"
#include "core/common/Result.h"
#include "core/outbox/SendClaim.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>

namespace Meldeklient::Outbox {
class OutboxStore;
}

namespace Meldeklient::Api {

class ApiClient;
class FolkeregisteretClient;

// Drains the outbox through the API: readyToSend → claim → ApiClient::submit → record the outcome, one item at a
// time, until nothing is ready. An accepted Del 1 makes its Del 2 ready in the same flush. Each item is attempted
// at most once per flush, so a failing item never spins. SignInRequired stops the flush; the item goes back to
// waiting-to-retry (due at once), nothing is lost. Use from the thread that opened the store.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const FlushSummary&)>;
    // How many ready items are claimed together (one transaction).
    static constexpr int ClaimBatch = 8;

    OutboxSender(Outbox::OutboxStore& store, ApiClient& client, QObject* parent = nullptr);

    bool isFlushing() const { return m_flushing; }
    // Births go to Folkeregisteret through this client; without one they wait ("birth-not-configured").
    void setBirthClient(FolkeregisteretClient* client) { m_birthClient = client; }
    // The callback runs once, later. A flush while one is running ends at once with storeErrors
    // ["api-flush-running"] and changes nothing.
    // `onlyItems` non-empty: send only these (a withdrawal resends its death first, and nothing else).
    void flush(Callback callback, FlushOptions options = {}, QList<qint64> onlyItems = {});

Q_SIGNALS:
    void itemStarted(qint64 id, Meldeklient::Outbox::ItemKind kind, int attempt);
    void itemAccepted(qint64 id, const QString& serverId);
    // `error` is our own code and message; the server's message is in the store (serverMessage(id)). Also for an
    // item whose stored content fails authentication (code Outbox::ContentUnreadableCode; nothing was sent).
    void itemRejected(qint64 id, const Meldeklient::Error& error);
    void itemRetrying(qint64 id, const Meldeklient::Error& error, const QDateTime& nextAttempt);
    void signInRequired(const Meldeklient::Error& error);
    void finished(const Meldeklient::Api::FlushSummary& summary);

private:
    void sendNext();
    void record(qint64 id, const SubmitOutcome& outcome);
    // Ready items claimAll() left out: unreadable ones (now needs-correction) or skipped ones.
    void countUnclaimed(const QList<qint64>& ids);
    void finish();

    Outbox::OutboxStore& m_store;
    ApiClient& m_client;
    FolkeregisteretClient* m_birthClient = nullptr;
    bool m_flushing = false;
    FlushOptions m_options;
    QList<qint64> m_onlyItems;
    FlushSummary m_summary;
    QSet<qint64> m_attempted;
    QList<Outbox::SendClaim> m_claimed; // claimed in this flush, not yet sent; oldest first
    Callback m_callback;
    bool m_stop = false;
};

} // namespace Meldeklient::Api
