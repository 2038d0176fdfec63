#pragma once

#include "core/common/Result.h"
#include "core/outbox/Receipt.h"

#include <QByteArray>

#include <optional>

namespace Meldeklient::Api {

// How one attempt to send an outbox item ended, which decides the item's next state (OutboxSender).
struct SubmitOutcome {
    enum class Kind {
        Accepted,       // the registry has it: receipt → OutboxStore::recordAccepted
        Rejected,       // the registry refused the content: → needs correction with serverMessage
        Transient,      // try the same bytes again later (network, timeout, 5xx, 429), not before retryAfterMs
        SignInRequired, // the person must sign in again (or another person must: "api-forbidden")
        AcceptedForProcessing, // a birth: Folkeregisteret's 202 → OutboxStore::recordAcceptedForProcessing
    };

    Kind kind = Kind::Transient;
    Outbox::Receipt receipt;              // Accepted
    Error error;                          // our own code and message, without personal data
    QByteArray serverMessage;             // the registry's readable message (UTF-8); never logged
    std::optional<qint64> retryAfterMs;   // Transient: the server's Retry-After
};

} // namespace Meldeklient::Api
