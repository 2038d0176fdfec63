#pragma once

#include <QString>

#include <optional>

namespace Meldeklient::Audit {

// What the audit trail records. Names are stable: they are written to the log and read by the data controller.
enum class AuditAction {
    SignIn, // "sign-in"
    SignOut, // "sign-out"
    Submission, // "submission": notification queued for sending
    Sent, // "sent": the registry accepted an item
    Withdrawal, // "withdrawal": a death (Del 1) withdrawn
    Retry, // "retry": a person asked to send again
    Cancel, // "cancel"
    Purge, // "purge": contents removed by the retention policy
    PolicyChange, // "policy-change": the locked policy differs from the one last seen
    SettingChange, // "setting-change": a user setting changed
};

QString auditActionName(AuditAction action);
std::optional<AuditAction> auditActionFromName(const QString& name);

} // namespace Meldeklient::Audit
