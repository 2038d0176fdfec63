#pragma once

#include "core/outbox/BackoffPolicy.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace Meldeklient {
class SecretStore;
}

namespace Meldeklient::Outbox {

enum class Durability {
    Full, // PRAGMA synchronous=FULL: a state change is on disk when the call returns. The product uses this.
    Off,  // PRAGMA synchronous=OFF: only for the benchmark that shows what durability costs.
};

struct OutboxOptions {
    // Opaque id of the signed-in user (OutboxDataKey::userKeyIdFor); selects the data key and the default file.
    QString userKeyId;
    // Where the data key lives; must outlive the store. Required.
    SecretStore* secrets = nullptr;
    // Empty: dataDirectory()/outbox-<userKeyId>.sqlite.
    QString databasePath;
    BackoffPolicy backoff;
    // The current time in UTC; tests inject a fixed clock.
    std::function<QDateTime()> clock;
    Durability durability = Durability::Full;
    // Diagnostic access to an outbox that is not the signed-in person's: never create the file or a data key,
    // and leave interrupted claims alone. Callers must not change anything (the CLI refuses every write).
    bool readOnly = false;
};

} // namespace Meldeklient::Outbox
