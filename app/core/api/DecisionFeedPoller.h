#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QObject>

#include <functional>

namespace Meldeklient::Outbox {
class OutboxStore;
}

namespace Meldeklient::Api {

class FolkeregisteretClient;

// Reads Folkeregisteret's decision feed (HendelserISakOmFolkeregistrering) from the sequence number the outbox
// last stored, with If-None-Match, and records each page's decisions and the new position in one transaction
// (OutboxStore::recordDecisions): an event read twice changes nothing, a crash between two pages loses nothing.
// Use from the thread that opened the store.
class DecisionFeedPoller : public QObject
{
    Q_OBJECT

public:
    struct Summary {
        QList<qint64> changed; // items that got a decision (or a manual-handling note)
        int events = 0;        // events read
        bool notModified = false;
        Error error;           // empty code when the feed was read
    };
    using Callback = std::function<void(const Summary&)>;
    // Pages read per poll at most (a long backlog continues at the next poll).
    static constexpr int MaxPages = 20;

    DecisionFeedPoller(Outbox::OutboxStore& store, FolkeregisteretClient& client, QObject* parent = nullptr);

    bool isPolling() const { return m_polling; }
    // Reads until the feed has nothing new; the callback (once, later) and finished() tell what changed. A poll
    // while one runs joins it.
    void poll(Callback callback = {});

Q_SIGNALS:
    void decided(qint64 id);
    void finished(const Meldeklient::Api::DecisionFeedPoller::Summary& summary);

private:
    void readPage(int page);
    void finish(const Error& error = {});

    Outbox::OutboxStore& m_store;
    FolkeregisteretClient& m_client;
    bool m_polling = false;
    Summary m_summary;
    QList<Callback> m_callbacks;
};

} // namespace Meldeklient::Api
