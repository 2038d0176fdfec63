#pragma once

#include "core/outbox/ItemKind.h"

#include <QByteArray>
#include <QString>

namespace Meldeklient::Outbox {

// What a sender needs for one attempt, returned by OutboxStore::claim().
struct SendClaim {
    qint64 id = 0;
    ItemKind kind = ItemKind::DeathPart1;
    QString idempotencyKey;
    QByteArray payload;         // the exact bytes stored at enqueue, identical on every attempt
    QString parentReceiptId;    // e.g. Del 1's dødsfallId for a Del 2; empty without a parent
    int attempt = 0;            // 1 for the first attempt with this key
};

} // namespace Meldeklient::Outbox
