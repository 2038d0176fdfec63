#include "core/audit/AuditAction.h"

namespace Meldeklient::Audit {

namespace {
struct Name
{
    AuditAction action;
    const char16_t* name;
};
constexpr Name Names[] = {
    {AuditAction::SignIn, u"sign-in"},
    {AuditAction::SignOut, u"sign-out"},
    {AuditAction::Submission, u"submission"},
    {AuditAction::Sent, u"sent"},
    {AuditAction::Withdrawal, u"withdrawal"},
    {AuditAction::Retry, u"retry"},
    {AuditAction::Cancel, u"cancel"},
    {AuditAction::Purge, u"purge"},
    {AuditAction::PolicyChange, u"policy-change"},
    {AuditAction::SettingChange, u"setting-change"},
};
} // namespace

QString auditActionName(AuditAction action)
{
    for (const Name& each : Names) {
        if (each.action == action)
            return QString::fromUtf16(each.name);
    }
    Q_UNREACHABLE();
}

std::optional<AuditAction> auditActionFromName(const QString& name)
{
    for (const Name& each : Names) {
        if (name == QString::fromUtf16(each.name))
            return each.action;
    }
    return std::nullopt;
}

} // namespace Meldeklient::Audit
