#pragma once

#include <QByteArray>

namespace Meldeklient::Outbox {

// Where a decision feed was read up to: the next sequence number to ask for and the ETag of the last answer
// (If-None-Match). Kept in the outbox, committed together with the decisions read, so a crash never skips one.
struct FeedPosition {
    qint64 nextSequence = 1;
    QByteArray etag;
};

} // namespace Meldeklient::Outbox
