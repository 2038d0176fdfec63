#pragma once

#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Meldeklient::Outbox {

// Life of an outbox item. The stored code (stateCode) is part of the database format: never rename one.
enum class ItemState {
    Draft,           // autosaved, editable, never sent
    Queued,          // frozen payload with an idempotency key, waiting for the sender
    Sending,         // claimed by a sender; the request may be on the wire
    Accepted,        // the registry answered with a receipt (terminal)
    NeedsCorrection, // the registry rejected the content; editable and resubmittable
    WaitingToRetry,  // a transient failure; the same bytes and key go again after next_attempt_at
    Cancelled,       // withdrawn locally before acceptance (terminal)
    // Births (Folkeregisteret): the 202 receipt only says the message will be processed; the decision comes later
    // on the feed (DecisionFeedPoller).
    AcceptedForProcessing, // 202 with a folkeregisterReferanse; waits for the decision (also under manual handling)
    Registered,            // the decision "godkjent": the child is registered, its number stored encrypted (terminal)
    Refused,               // the decision "avvist"/"avslaatt": editable like NeedsCorrection, to send a correction
};

QLatin1StringView stateCode(ItemState state);
std::optional<ItemState> stateFromCode(QStringView code);
// The whole state machine in one place; the store refuses every other change.
bool isLegalTransition(ItemState from, ItemState to);
bool isTerminal(ItemState state);

} // namespace Meldeklient::Outbox
