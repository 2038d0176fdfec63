#pragma once

#include "core/common/Result.h"
#include "core/outbox/OutboxItem.h"

#include <QList>
#include <QString>

namespace Meldeklient::Outbox {

// The plain metadata (ids, kinds, states, dates, error codes) of every item in an outbox file, read without the data
// key and without the owner lock, changing nothing: for `outbox list` while another program sends the outbox, or when
// the keychain has lost the data key (then the contents cannot be read, but the person still sees what is there).
class OutboxMetadataReader
{
public:
    // Whether an OutboxStore::open() error still lets the metadata be listed: "outbox-in-use" and the key errors.
    static bool canListDespite(const Error& openError);
    // Errors: PrivateFolder's, "outbox-not-found-file", "outbox-not-an-outbox", "outbox-storage-failed".
    static Result<QList<OutboxItem>> read(const QString& databasePath);
};

} // namespace Meldeklient::Outbox
