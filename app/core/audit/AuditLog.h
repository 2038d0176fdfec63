#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace Meldeklient::Audit {

// The local, append-only, tamper-evident audit trail: one JSON object per line in dataDirectory()/audit.log (owner
// only), each hash-chained to the one before, so `audit verify` finds a changed, removed or reordered entry.
// Appends from several processes are serialised by a lock file and each line is fsync'ed before append() returns.
// What it cannot show alone: an attacker with write access who rewrites the whole chain, or cuts its end; the
// data controller's exported copies (with the last hash) are the anchor for that (README.md).
class AuditLog
{
public:
    struct Verification
    {
        qint64 entries = 0;
        QString lastHash;
    };

    explicit AuditLog(QString path = defaultPath(), std::function<QDateTime()> clock = {});
    static QString defaultPath();
    QString path() const { return m_path; }

    // Appends one entry. Refuses ("audit-personal-data") an actor that is not an HPR number or a subject/detail with
    // anything but [A-Za-z0-9:._=,;/-]: free text cannot reach the log. Errors also: "audit-write-failed",
    // "audit-busy", and verify()'s when the last line is not a valid entry.
    Result<void> append(
        AuditAction action, const QString& actorHpr = {}, const QString& subject = {}, const QString& detail = {});
    // append() to the default log for a hook in a command: the action it records has already happened, so a failed
    // write is reported as a warning (category meldeklient.audit) and does not undo or stop it.
    static void record(
        AuditAction action, const QString& actorHpr = {}, const QString& subject = {}, const QString& detail = {});
    // Appends a PolicyChange entry when `fingerprint` (Configuration::policyFingerprint) differs from the one the
    // last PolicyChange recorded (none: empty). Returns whether it appended.
    Result<bool> recordPolicy(const QString& fingerprint);

    // Every entry, checked. Errors name the first bad line: "audit-entry-changed", "audit-entry-removed",
    // "audit-entry-reordered", "audit-malformed".
    Result<QList<AuditEntry>> entries() const;
    Result<Verification> verify() const;

    static QString hashOf(const AuditEntry& entry);

private:
    Result<QList<AuditEntry>> readAll(bool stopAtFirstError) const;

    QString m_path;
    std::function<QDateTime()> m_clock;
};

} // namespace Meldeklient::Audit
