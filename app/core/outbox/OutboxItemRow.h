#pragma once

#include "core/outbox/OutboxItem.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Meldeklient::Outbox {

// How an item's plain metadata is read from the database: one SELECT and its mapping, shared by OutboxStore and
// OutboxMetadataReader so both always agree on the columns.
class OutboxItemRow
{
public:
    // "SELECT … FROM items i LEFT JOIN items p …": append WHERE/ORDER BY.
    static QString select();
    static OutboxItem read(const QSqlQuery& query);
    // A time column (UTC milliseconds since the epoch; NULL → invalid).
    static QDateTime time(const QVariant& value);
};

} // namespace Meldeklient::Outbox
