#include "core/audit/AuditLog.h"

#include "core/common/DataDirectory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcAudit, "meldeklient.audit")

namespace Meldeklient::Audit {

namespace {
const QString GenesisHash(64, u'0');

Error broken(const QString& code, qint64 line, const QString& what)
{
    return Error {
        code, QCoreApplication::translate("Audit", "The audit trail is not intact at line %1: %2").arg(line).arg(what)};
}

QJsonObject toJson(const AuditEntry& entry)
{
    return QJsonObject {
        {QStringLiteral("seq"), entry.sequence},
        {QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs)},
        {QStringLiteral("action"), auditActionName(entry.action)},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("subject"), entry.subject},
        {QStringLiteral("detail"), entry.detail},
        {QStringLiteral("prev"), entry.previousHash},
        {QStringLiteral("hash"), entry.hash},
    };
}

std::optional<AuditEntry> fromJson(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const std::optional<AuditAction> action = auditActionFromName(object.value(QStringLiteral("action")).toString());
    const QDateTime time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!action || !time.isValid() || !object.value(QStringLiteral("seq")).isDouble())
        return std::nullopt;
    return AuditEntry {object.value(QStringLiteral("seq")).toInteger(), time, *action,
        object.value(QStringLiteral("actor")).toString(), object.value(QStringLiteral("subject")).toString(),
        object.value(QStringLiteral("detail")).toString(), object.value(QStringLiteral("prev")).toString(),
        object.value(QStringLiteral("hash")).toString()};
}

// Complete lines only: a last line without its newline is a write a crash interrupted, never an entry.
QList<QByteArray> linesOf(const QByteArray& content)
{
    QList<QByteArray> lines = content.split('\n');
    if (!content.endsWith('\n'))
        lines.removeLast();
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

AuditLog::AuditLog(QString path, std::function<QDateTime()> clock)
    : m_path(std::move(path))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
}

QString AuditLog::defaultPath()
{
    return dataDirectory() + QStringLiteral("/audit.log");
}

QString AuditLog::hashOf(const AuditEntry& entry)
{
    // A JSON array is an unambiguous, ordered encoding of the fields.
    const QByteArray canonical = QJsonDocument(
        QJsonArray {entry.sequence, entry.time.toString(Qt::ISODateWithMs), auditActionName(entry.action), entry.actor,
            entry.subject, entry.detail, entry.previousHash})
                                     .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Result<void> AuditLog::append(
    AuditAction action, const QString& actorHpr, const QString& subject, const QString& detail)
{
    static const QRegularExpression Hpr(QStringLiteral("^([0-9]{6,9})?$"));
    static const QRegularExpression Code(QStringLiteral("^[A-Za-z0-9:._=,;/-]{0,200}$"));
    if (!Hpr.match(actorHpr).hasMatch() || !Code.match(subject).hasMatch() || !Code.match(detail).hasMatch()) {
        return Error {QStringLiteral("audit-personal-data"),
            QCoreApplication::translate("Audit",
                "Only HPR numbers, item ids and codes may be written to the audit "
                "trail.")};
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000)) {
        return Error {QStringLiteral("audit-busy"),
            QCoreApplication::translate("Audit", "The audit trail is in use by another Meldeklient process.")};
    }
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        return Error {QStringLiteral("audit-write-failed"),
            QCoreApplication::translate("Audit", "The audit trail %1 cannot be written.")
                .arg(QDir::toNativeSeparators(m_path))};
    }
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.seek(0);
    const QByteArray content = file.readAll();
    const QList<QByteArray> lines = linesOf(content);
    if (!content.isEmpty() && !content.endsWith('\n'))
        file.resize(content.lastIndexOf('\n') + 1); // drop the torn tail of an interrupted append
    AuditEntry entry {1, m_clock().toUTC(), action, actorHpr, subject, detail, GenesisHash, QString()};
    if (!lines.isEmpty()) {
        const std::optional<AuditEntry> last = fromJson(lines.constLast());
        if (!last)
            return broken(QStringLiteral("audit-malformed"), lines.size(),
                QCoreApplication::translate("Audit", "the line cannot be read."));
        entry.sequence = last->sequence + 1;
        entry.previousHash = last->hash;
    }
    entry.hash = hashOf(entry);
    file.seek(file.size());
    const QByteArray line = QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n';
    bool written = file.write(line) == line.size() && file.flush();
#ifdef Q_OS_UNIX
    written = written && ::fsync(file.handle()) == 0; // on disk before the action it records is reported done
#endif
    if (!written) {
        return Error {QStringLiteral("audit-write-failed"),
            QCoreApplication::translate("Audit", "The audit trail %1 cannot be written.")
                .arg(QDir::toNativeSeparators(m_path))};
    }
    return {};
}

void AuditLog::record(AuditAction action, const QString& actorHpr, const QString& subject, const QString& detail)
{
    if (const Result<void> appended = AuditLog().append(action, actorHpr, subject, detail); !appended)
        qCWarning(lcAudit) << "audit entry not written:" << appended.error().code;
}

Result<bool> AuditLog::recordPolicy(const QString& fingerprint)
{
    QString last;
    if (QFile::exists(m_path)) {
        const Result<QList<AuditEntry>> all = readAll(false);
        if (!all)
            return all.error();
        for (const AuditEntry& entry : all.value()) {
            if (entry.action == AuditAction::PolicyChange)
                last = entry.detail.mid(QStringLiteral("fingerprint=").size());
        }
    }
    if (last == fingerprint)
        return false;
    const Result<void> appended
        = append(AuditAction::PolicyChange, {}, QStringLiteral("policy"), QStringLiteral("fingerprint=") + fingerprint);
    if (!appended)
        return appended.error();
    return true;
}

Result<QList<AuditEntry>> AuditLog::entries() const
{
    return readAll(true);
}

Result<AuditLog::Verification> AuditLog::verify() const
{
    const Result<QList<AuditEntry>> all = readAll(true);
    if (!all)
        return all.error();
    return Verification {all->size(), all->isEmpty() ? GenesisHash : all->constLast().hash};
}

Result<QList<AuditEntry>> AuditLog::readAll(bool stopAtFirstError) const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<AuditEntry>();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {QStringLiteral("audit-unreadable"),
            QCoreApplication::translate("Audit", "The audit trail %1 cannot be read.")
                .arg(QDir::toNativeSeparators(m_path))};
    }
    const QList<QByteArray> lines = linesOf(file.readAll());
    QList<AuditEntry> result;
    QSet<qint64> present;
    for (const QByteArray& line : lines) {
        if (const std::optional<AuditEntry> entry = fromJson(line))
            present.insert(entry->sequence);
    }
    qint64 expected = 1;
    QString previous = GenesisHash;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const qint64 lineNumber = index + 1;
        const std::optional<AuditEntry> entry = fromJson(lines.at(index));
        if (!entry) {
            if (stopAtFirstError)
                return broken(QStringLiteral("audit-malformed"), lineNumber,
                    QCoreApplication::translate("Audit", "the line cannot be read."));
            continue;
        }
        if (stopAtFirstError) {
            // Order of the checks decides the diagnosis: a wrong sequence number is a removal (gap) or a reordering
            // (going back); a right number with a wrong link or hash is a changed entry.
            if (entry->sequence > expected && present.contains(expected))
                return broken(QStringLiteral("audit-entry-reordered"), lineNumber,
                    QCoreApplication::translate("Audit", "entry %1 is out of order.").arg(entry->sequence));
            if (entry->sequence > expected)
                return broken(QStringLiteral("audit-entry-removed"), lineNumber,
                    QCoreApplication::translate("Audit", "entries %1 to %2 are missing.")
                        .arg(expected)
                        .arg(entry->sequence - 1));
            if (entry->sequence < expected)
                return broken(QStringLiteral("audit-entry-reordered"), lineNumber,
                    QCoreApplication::translate("Audit", "entry %1 is out of order.").arg(entry->sequence));
            if (entry->previousHash != previous || hashOf(*entry) != entry->hash)
                return broken(QStringLiteral("audit-entry-changed"), lineNumber,
                    QCoreApplication::translate("Audit", "entry %1 was changed.").arg(entry->sequence));
        }
        previous = entry->hash;
        expected = entry->sequence + 1;
        result.append(*entry);
    }
    return result;
}

} // namespace Meldeklient::Audit
