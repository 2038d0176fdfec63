#pragma once

#include "core/common/Result.h"

#include <QList>

namespace Meldeklient::Api {

// What one OutboxSender::flush() did.
struct FlushSummary {
    int accepted = 0;
    int rejected = 0;  // now needs correction
    int retrying = 0;  // waiting to retry (also the item that hit SignInRequired)
    int skipped = 0;   // could not be claimed (e.g. cancelled meanwhile) or the store failed on it
    int unreadable = 0; // content failed authentication: now needs correction (Outbox::ContentUnreadableCode)
    bool signInRequired = false; // the flush stopped: sign in (again) and flush again
    Error signInError;           // why, when signInRequired ("api-sign-in-required", "api-forbidden", ...)
    QList<Error> storeErrors;    // the outbox could not read or record something (codes "outbox-*")

    int attempted() const { return accepted + rejected + retrying; }
};

} // namespace Meldeklient::Api
