#include "core/outbox/OutboxItemRow.h"

#include "core/outbox/ItemTexts.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace Meldeklient::Outbox {

QDateTime OutboxItemRow::time(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString OutboxItemRow::select()
{
    return QStringLiteral(
        "SELECT i.id, i.kind, i.parent_id, p.state, i.state, i.idempotency_key, i.attempt_count, i.last_error_code,"
        " i.last_error_message, i.created_at, i.updated_at, i.next_attempt_at, i.claimed_at, i.accepted_at,"
        " i.form_version, i.code_list_versions, i.draft_blob IS NOT NULL, i.payload_blob IS NOT NULL,"
        " i.group_id, i.message_id, i.decided_at FROM items i LEFT JOIN items p ON p.id = i.parent_id");
}

OutboxItem OutboxItemRow::read(const QSqlQuery& q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.kind = kindFromCode(q.value(1).toString());
    if (!q.value(2).isNull())
        item.parentId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        item.parentState = stateFromCode(q.value(3).toString());
    item.state = stateFromCode(q.value(4).toString()).value_or(ItemState::Draft);
    item.idempotencyKey = q.value(5).toString();
    item.attemptCount = q.value(6).toInt();
    item.lastErrorCode = q.value(7).toString();
    // Stored as a code only; the text is translated now, in the language of whoever reads it.
    item.lastErrorMessage = ItemTexts::error(item.lastErrorCode);
    item.createdAt = time(q.value(9));
    item.updatedAt = time(q.value(10));
    item.nextAttemptAt = time(q.value(11));
    item.claimedAt = time(q.value(12));
    item.acceptedAt = time(q.value(13));
    item.formVersion = q.value(14).toString();
    item.codeListVersions = q.value(15).toString();
    item.hasDraft = q.value(16).toBool();
    item.hasPayload = q.value(17).toBool();
    item.groupId = q.value(18).toString();
    item.messageId = q.value(19).toString();
    item.decidedAt = time(q.value(20));
    return item;
}

} // namespace Meldeklient::Outbox
