#pragma once

#include "core/outbox/ItemKind.h"
#include "core/outbox/ItemState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Meldeklient::Outbox {

// lastErrorCode of an item whose stored content (payload, or its parent's receipt) failed authentication: it was
// tampered with or damaged and can never be sent as it is. The store moves it to NeedsCorrection with this code.
inline constexpr QLatin1StringView ContentUnreadableCode("outbox-content-unreadable");

// The plain metadata of one item: everything here is stored unencrypted and must never hold personal data.
// Contents (draft, payload, server message, receipt) are read through OutboxStore and decrypted on demand.
struct OutboxItem {
    qint64 id = 0;
    std::optional<ItemKind> kind; // empty: the stored code is none this version knows (damage; never sent)
    std::optional<qint64> parentId;
    // State of the parent, when there is one: the child is blocked until it is Accepted.
    std::optional<ItemState> parentState;
    ItemState state = ItemState::Draft;
    QString idempotencyKey; // empty until first queued
    int attemptCount = 0;   // attempts with the current idempotency key
    QString lastErrorCode;
    QString lastErrorMessage; // ItemTexts::error(lastErrorCode), translated when read; only the code is stored
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt; // set in WaitingToRetry
    QDateTime claimedAt;     // set in Sending: the lease
    QDateTime acceptedAt;    // the receipt time, set in Accepted
    QString formVersion;      // Questionnaire/form version the payload was validated against
    QString codeListVersions; // e.g. "icd10=2025;kommune=2024", as given by the caller
    bool hasDraft = false;
    bool hasPayload = false;
    // Births: the birth this child's item belongs to (a random UUID, BirthNotificationService's birthId), the
    // message id sent to Folkeregisteret (avsendersMeldingsidentifikator), and when the register decided.
    QString groupId;
    QString messageId;
    QDateTime decidedAt;

    bool isBlockedByParent() const { return parentId.has_value() && parentState != ItemState::Accepted; }
    bool isContentUnreadable() const { return lastErrorCode == ContentUnreadableCode; }
};

} // namespace Meldeklient::Outbox
