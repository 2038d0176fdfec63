#pragma once

#include "core/audit/AuditAction.h"

#include <QDateTime>
#include <QString>

namespace Meldeklient::Audit {

// One line of the audit trail. Never personal data: the actor is an HPR number (a professional's public register
// number), the subject names outbox items or settings ("outbox:12", "setting:ApiBaseUrl"), the detail is a short code.
struct AuditEntry
{
    qint64 sequence = 0; // 1, 2, 3 ... without gaps
    QDateTime time; // UTC, milliseconds
    AuditAction action = AuditAction::SignIn;
    QString actor; // HPR number of who acted; empty for the program itself (purge, policy change)
    QString subject; // what was acted on
    QString detail; // e.g. "count=3", "fingerprint=ab12..."
    QString previousHash; // hash of the entry before (64 zeros for the first)
    QString hash; // SHA-256 over this entry's fields and previousHash
};

} // namespace Meldeklient::Audit
