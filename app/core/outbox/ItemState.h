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
};

QLatin1StringView stateCode(ItemState state);
std::optional<ItemState> stateFromCode(QStringView code);
// The whole state machine in one place; the store refuses every other change.
bool isLegalTransition(ItemState from, ItemState to);
bool isTerminal(ItemState state);

} // namespace Meldeklient::Outbox
