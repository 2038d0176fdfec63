#pragma once

#include "core/outbox/ItemState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Meldeklient::Outbox {

// Kinds the senders know. Stored as text; the store accepts only these.
namespace ItemKind {
inline constexpr QLatin1StringView DeathPart1("death-part1");
inline constexpr QLatin1StringView DeathPart2("death-part2");
inline constexpr QLatin1StringView DeathVoid("death-void");
inline constexpr QLatin1StringView Birth("birth");
} // namespace ItemKind

// The plain metadata of one item: everything here is stored unencrypted and must never hold personal data.
// Contents (draft, payload, server message, receipt) are read through OutboxStore and decrypted on demand.
struct OutboxItem {
    qint64 id = 0;
    QString kind;
    std::optional<qint64> parentId;
    // State of the parent, when there is one: the child is blocked until it is Accepted.
    std::optional<ItemState> parentState;
    ItemState state = ItemState::Draft;
    QString idempotencyKey; // empty until first queued
    int attemptCount = 0;   // attempts with the current idempotency key
    QString lastErrorCode;
    QString lastErrorMessage; // our own translated text for the code, never the server's
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt; // set in WaitingToRetry
    QDateTime claimedAt;     // set in Sending: the lease
    QDateTime acceptedAt;    // the receipt time, set in Accepted
    QString formVersion;      // Questionnaire/form version the payload was validated against
    QString codeListVersions; // e.g. "icd10=2025;kommune=2024", as given by the caller
    bool hasDraft = false;
    bool hasPayload = false;

    bool isBlockedByParent() const { return parentId.has_value() && parentState != ItemState::Accepted; }
};

// What a sender needs for one attempt, returned by OutboxStore::claim().
struct SendClaim {
    qint64 id = 0;
    QString kind;
    QString idempotencyKey;
    QByteArray payload;         // the exact bytes stored at enqueue, identical on every attempt
    QString parentReceiptId;    // e.g. Del 1's dødsfallId for a Del 2; empty without a parent
    int attempt = 0;            // 1 for the first attempt with this key
};

// The registry's answer to an accepted submission.
struct Receipt {
    QString serverId;
    QDateTime receivedAt;
    QByteArray responseBody;
};

} // namespace Meldeklient::Outbox
