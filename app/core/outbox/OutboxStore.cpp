#include "core/outbox/OutboxStore.h"

#include "core/common/DataDirectory.h"
#include "core/common/ExclusiveFileLock.h"
#include "core/common/PrivateFolder.h"
#include "core/outbox/ItemTexts.h"
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/OutboxItemRow.h"
#include "core/outbox/OutboxSchema.h"
#include "core/outbox/PayloadCipher.h"
#include "core/common/SecureRandom.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcOutbox, "meldeklient.outbox")

namespace Meldeklient::Outbox {

namespace {
constexpr QLatin1StringView DraftField("draft");
constexpr QLatin1StringView PayloadField("payload");
constexpr QLatin1StringView ServerMessageField("server-message");
constexpr QLatin1StringView ReceiptIdField("receipt-id");
constexpr QLatin1StringView ReceiptBodyField("receipt-body");
constexpr QLatin1StringView KeyCheckField("key-check");
constexpr QLatin1StringView DecisionField("decision");
constexpr char KeyCheckPlaintext[] = "meldeklient-outbox-key-check";

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Files owned by an OutboxStore in this process; QLockFile alone cannot refuse a second owner in the same process.
QMutex ownedFilesMutex;
QSet<QString> ownedFiles;

Error storageFailed(const QSqlError& error)
{
    // SQLite's messages name tables and constraints, never bound values.
    qCWarning(lcOutbox) << "sqlite:" << error.text();
    return Error {QStringLiteral("outbox-storage-failed"),
        QCoreApplication::translate("Outbox", "The outbox could not read or write its database.")};
}

Error notFound(qint64 id)
{
    return Error {QStringLiteral("outbox-not-found"),
        QCoreApplication::translate("Outbox", "Outbox item %1 does not exist.").arg(id)};
}

Error inUse()
{
    return Error {QStringLiteral("outbox-in-use"),
        QCoreApplication::translate("Outbox",
            "The outbox is already open in another Meldeklient window or program. Close it and try again.")};
}

QVariant toMs(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Tests widen the window between the parts of one transaction to prove that a kill there leaves nothing queued.
void widenEnqueueWindowForTests()
{
    static const int testDelayMs = qEnvironmentVariableIntValue("MELDEKLIENT_TEST_ENQUEUE_DELAY_MS");
    if (testDelayMs > 0)
        QThread::msleep(testDelayMs);
}

// Rolls back unless committed, so every early return leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(m_db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    Result<void> commit()
    {
        if (!m_db.commit())
            return storageFailed(m_db.lastError());
        m_active = false;
        return {};
    }
    QSqlError lastError() const { return m_db.lastError(); }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace

QString OutboxStore::defaultPath(const QString& userKeyId)
{
    return dataDirectory() + QStringLiteral("/outbox-") + userKeyId + QStringLiteral(".sqlite");
}

Result<std::unique_ptr<OutboxStore>> OutboxStore::open(const OutboxOptions& options)
{
    if (!OutboxDataKey::isOpaqueUserKeyId(options.userKeyId) || options.secrets == nullptr) {
        return Error {QStringLiteral("outbox-invalid-user"),
            QCoreApplication::translate("Outbox", "The outbox needs a signed-in user and a keychain.")};
    }
    std::unique_ptr<OutboxStore> store(new OutboxStore);
    const Result<void> ready = store->initialise(options);
    if (!ready)
        return ready.error();
    return store;
}

Result<void> OutboxStore::initialise(const OutboxOptions& options)
{
    m_backoff = options.backoff;
    m_clock = options.clock;
    const QString requested = options.databasePath.isEmpty() ? defaultPath(options.userKeyId) : options.databasePath;
    const Error openFailed {QStringLiteral("outbox-open-failed"),
        QCoreApplication::translate("Outbox", "The outbox database could not be opened.")};

    if (options.readOnly && !QFileInfo::exists(requested)) {
        return Error {QStringLiteral("outbox-not-found"),
            QCoreApplication::translate("Outbox", "There is no such outbox.")};
    }
    // The folder must be the user's alone, and no file of ours a symbolic link (issue 9 item 12): otherwise another
    // account could swap the database, or make us chmod and overwrite a file it points to.
    const QString folder = QFileInfo(requested).absolutePath();
    if (const Result<void> safe = PrivateFolder::ensure(folder); !safe)
        return safe;
    for (const QLatin1StringView suffix : {QLatin1StringView(""), QLatin1StringView("-wal"),
             QLatin1StringView("-shm"), QLatin1StringView(".lock")}) {
        if (const Result<void> plain = PrivateFolder::checkNotSymlink(requested + suffix); !plain)
            return plain;
    }

    // Create the file ourselves, owner-only: SQLite gives the -wal and -shm files the main file's permissions. An
    // existing file must be an outbox (or empty: one we created before a crash) before anything changes it.
    {
        QFile file(requested);
        if (!file.exists() && !file.open(QIODevice::ReadWrite, OwnerOnly))
            return openFailed;
    }
    if (const Result<void> ours = checkIsOutboxFile(requested); !ours)
        return ours;
    m_path = QFileInfo(requested).canonicalFilePath();
    if (m_path.isEmpty())
        return openFailed;

    {
        QMutexLocker locker(&ownedFilesMutex);
        if (ownedFiles.contains(m_path))
            return inUse();
        ownedFiles.insert(m_path);
        m_registered = true;
    }

    // Another process: an OS lock (flock) on a lock file, held for the store's lifetime. The kernel drops it when the
    // holder dies, even by SIGKILL, so a crash never locks the user out, and a lock file planted by someone else,
    // whatever PID it names, blocks nothing: only a live process holding the file locked does.
    m_lock = std::make_unique<ExclusiveFileLock>(m_path + QStringLiteral(".lock"));
    switch (m_lock->tryLock()) {
    case ExclusiveFileLock::Outcome::Locked:
        break;
    case ExclusiveFileLock::Outcome::HeldByOther:
        m_lock.reset();
        return inUse();
    case ExclusiveFileLock::Outcome::Failed:
        m_lock.reset();
        return openFailed;
    }
    QFile::setPermissions(m_path, OwnerOnly);

    m_connectionName = QStringLiteral("meldeklient-outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            qCWarning(lcOutbox) << "sqlite open:" << db.lastError().text();
            return openFailed;
        }
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next()
            || pragma.value(0).toString() != QLatin1StringView("wal"))
            return storageFailed(pragma.lastError());
        const QString synchronous = options.durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                                                           : QStringLiteral("PRAGMA synchronous=OFF");
        if (!pragma.exec(synchronous) || !pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
            return storageFailed(pragma.lastError());
    }

    QSqlDatabase db = database();
    const Result<void> upgraded = OutboxSchema::upgrade(db, OutboxSchema::steps());
    if (!upgraded)
        return upgraded;
    const Result<void> keyed = checkOrCreateDataKey(options);
    if (!keyed)
        return keyed;

    if (options.readOnly)
        return {};
    // Every claim, whatever its time (the clock may have been set back): the owner lock proves its sender is gone.
    const Result<int> released = releaseClaims(QDateTime());
    if (!released)
        return released.error();
    if (released.value() > 0)
        qCInfo(lcOutbox) << released.value() << "interrupted sends returned to waiting-to-retry";
    return {};
}

Result<void> OutboxStore::checkIsOutboxFile(const QString& path)
{
    const Error notOutbox {QStringLiteral("outbox-not-an-outbox"),
        QCoreApplication::translate("Outbox",
            "%1 is not a Meldeklient outbox, so it was left untouched. Give the path of an outbox file.")
            .arg(QFileInfo(path).fileName())};
    const QFileInfo info(path);
    if (!info.isFile())
        return notOutbox;
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::geteuid())
        return notOutbox;
#endif
    if (info.size() == 0)
        return {}; // created by us before a crash, or just now
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArray("SQLite format 3\0", 16))
        return notOutbox;
    file.close();
    // An SQLite file of another program (tables, but not ours) must not be touched: not even its journal mode.
    const QString probe = QStringLiteral("meldeklient-outbox-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ours = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            ours = query.exec(QStringLiteral("SELECT count(*), sum(name = 'meta') FROM sqlite_master WHERE type = 'table'"))
                && query.next() && (query.value(0).toInt() == 0 || query.value(1).toInt() == 1);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probe);
    return ours ? Result<void>() : Result<void>(notOutbox);
}

Result<void> OutboxStore::checkOrCreateDataKey(const OutboxOptions& options)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
    query.addBindValue(KeyCheckField);
    if (!query.exec())
        return storageFailed(query.lastError());
    const bool hasKeyCheck = query.next();
    const QByteArray keyCheck = hasKeyCheck ? query.value(0).toByteArray() : QByteArray();

    // An outbox that already holds data must never get a fresh key: that would orphan every stored notification.
    Result<QByteArray> key = OutboxDataKey::loadOrCreate(*options.secrets, options.userKeyId,
        !hasKeyCheck && !options.readOnly);
    if (!key)
        return key.error();
    m_cipher = std::make_unique<PayloadCipher>(std::move(key).value());
    const QByteArray aad = PayloadCipher::associatedData(0, KeyCheckField);

    if (hasKeyCheck) {
        const Result<QByteArray> plain = m_cipher->decrypt(keyCheck, aad);
        if (!plain || plain.value() != QByteArrayView(KeyCheckPlaintext)) {
            m_cipher.reset();
            return Error {QStringLiteral("outbox-wrong-key"),
                QCoreApplication::translate("Outbox",
                    "The outbox belongs to another key than the one in the system keychain, so it cannot be "
                    "opened.")};
        }
        return {};
    }
    const Result<QByteArray> sealed = m_cipher->encrypt(QByteArray(KeyCheckPlaintext), aad);
    if (!sealed)
        return sealed.error();
    query.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?)"));
    query.addBindValue(KeyCheckField);
    query.addBindValue(sealed.value());
    if (!query.exec())
        return storageFailed(query.lastError());
    return {};
}

OutboxStore::~OutboxStore()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset();
    if (m_registered) {
        QMutexLocker locker(&ownedFilesMutex);
        ownedFiles.remove(m_path);
    }
}

QSqlDatabase OutboxStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QDateTime OutboxStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<QByteArray> OutboxStore::seal(qint64 id, QLatin1StringView field, const QByteArray& plaintext) const
{
    return m_cipher->encrypt(plaintext, PayloadCipher::associatedData(id, field));
}

Result<QByteArray> OutboxStore::readBlob(qint64 id, QLatin1StringView column, QLatin1StringView field) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + column + QStringLiteral(" FROM items WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return storageFailed(query.lastError());
    if (!query.next())
        return notFound(id);
    if (query.value(0).isNull()) {
        return Error {QStringLiteral("outbox-no-content"),
            QCoreApplication::translate("Outbox", "Outbox item %1 has no such content.").arg(id)};
    }
    const Result<QByteArray> plain = m_cipher->decrypt(query.value(0).toByteArray(),
        PayloadCipher::associatedData(id, field));
    if (!plain)
        qCWarning(lcOutbox) << "item" << id << field << "failed authentication:" << plain.error().code;
    return plain;
}

Result<OutboxItem> OutboxStore::loadItem(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(OutboxItemRow::select() + QStringLiteral(" WHERE i.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return storageFailed(query.lastError());
    if (!query.next())
        return notFound(id);
    return OutboxItemRow::read(query);
}

Result<void> OutboxStore::checkTransition(const OutboxItem& item, ItemState to) const
{
    if (isLegalTransition(item.state, to))
        return {};
    return Error {QStringLiteral("outbox-illegal-transition"),
        QCoreApplication::translate("Outbox", "Outbox item %1 cannot go from “%2” to “%3”.")
            .arg(item.id)
            .arg(stateCode(item.state), stateCode(to))};
}

Error OutboxStore::cannotRetry(const OutboxItem& item)
{
    return Error {QStringLiteral("outbox-illegal-transition"),
        QCoreApplication::translate("Outbox", "Outbox item %1 is “%2”: there is nothing to send again.")
            .arg(item.id)
            .arg(stateCode(item.state))};
}

Result<qint64> OutboxStore::createDraft(ItemKind kind, const QByteArray& content, std::optional<qint64> parentId)
{
    Transaction transaction(database());
    if (!transaction.isActive())
        return storageFailed(transaction.lastError());
    const Result<qint64> id = insertDraft(kind, content, parentId);
    if (!id)
        return id;
    const Result<void> committed = transaction.commit();
    if (!committed)
        return committed.error();
    qCDebug(lcOutbox) << "item" << id.value() << "created as draft" << kindCode(kind);
    notifyChanged();
    return id;
}

Result<qint64> OutboxStore::insertDraft(ItemKind kind, const QByteArray& content, std::optional<qint64> parentId)
{
    if (parentId) {
        const Result<OutboxItem> parent = loadItem(*parentId);
        if (!parent)
            return parent.error();
        if (parent->state == ItemState::Cancelled) {
            return Error {QStringLiteral("outbox-parent-cancelled"),
                QCoreApplication::translate("Outbox", "The notification this one depends on was cancelled.")};
        }
    }
    const QVariant time = toMs(now());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO items (kind, parent_id, state, created_at, updated_at)"
                                 " VALUES (?, ?, 'draft', ?, ?)"));
    query.addBindValue(QString(kindCode(kind)));
    query.addBindValue(parentId ? QVariant(*parentId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(time);
    query.addBindValue(time);
    if (!query.exec())
        return storageFailed(query.lastError());
    const qint64 id = query.lastInsertId().toLongLong();

    // The id is part of the associated data, so the content can only be sealed once the row exists.
    const Result<QByteArray> sealed = seal(id, DraftField, content);
    if (!sealed)
        return sealed.error();
    query.prepare(QStringLiteral("UPDATE items SET draft_blob = ? WHERE id = ?"));
    query.addBindValue(sealed.value());
    query.addBindValue(id);
    if (!query.exec())
        return storageFailed(query.lastError());
    return id;
}

Result<void> OutboxStore::discardDraft(qint64 id)
{
    const Result<OutboxItem> current = loadItem(id);
    if (!current)
        return current.error();
    if (current->state != ItemState::Draft) {
        return Error {QStringLiteral("outbox-not-a-draft"),
            QCoreApplication::translate("Outbox", "Outbox item %1 is not a draft.").arg(id)};
    }
    return cancel(id);
}

Result<QList<qint64>> OutboxStore::enqueueLinked(const QList<LinkedPart>& parts, const QString& formVersion,
    const QString& codeListVersions, const QString& subjectTag, std::optional<qint64> fromDraft)
{
    if (parts.isEmpty())
        return QList<qint64>();
    Transaction transaction(database());
    if (!transaction.isActive())
        return storageFailed(transaction.lastError());
    QList<qint64> ids;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const LinkedPart& part = parts.at(i);
        qint64 id = 0;
        if (i == 0 && fromDraft) {
            const Result<OutboxItem> draft = loadItem(*fromDraft);
            if (!draft)
                return draft.error();
            if (draft->kind != part.kind || draft->state != ItemState::Draft || draft->parentId) {
                return Error {QStringLiteral("outbox-not-a-draft"),
                    QCoreApplication::translate("Outbox", "Outbox item %1 is not a draft.").arg(*fromDraft)};
            }
            id = *fromDraft;
        } else {
            const Result<qint64> created = insertDraft(part.kind, part.record,
                i == 0 ? std::nullopt : std::optional<qint64>(ids.constFirst()));
            if (!created)
                return created.error();
            id = created.value();
        }
        const Result<ItemState> queued
            = applyChange(id, ItemState::Queued, enqueuePreparer(id, part.payload, formVersion, codeListVersions));
        if (!queued)
            return queued.error();
        ids.append(id);
        if (i == 0 && !subjectTag.isEmpty()) {
            QSqlQuery query(database());
            query.prepare(QStringLiteral("UPDATE items SET subject_tag = ? WHERE id = ?"));
            query.addBindValue(subjectTag);
            query.addBindValue(id);
            if (!query.exec())
                return storageFailed(query.lastError());
        }
        widenEnqueueWindowForTests();
    }
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcOutbox) << "items" << ids << "queued together";
    notifyChanged();
    return ids;
}

QString OutboxStore::subjectTag(const QString& personIdentifier) const
{
    return m_cipher->keyedHash("subject", personIdentifier.trimmed().toUtf8());
}

Result<QList<qint64>> OutboxStore::activeItemsWithSubject(const QString& subjectTag) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT i.id FROM items i WHERE i.subject_tag = ?"
        " AND i.state IN ('queued', 'sending', 'waiting-to-retry', 'needs-correction', 'accepted')"
        " AND NOT EXISTS (SELECT 1 FROM items v WHERE v.parent_id = i.id AND v.kind = ?"
        " AND v.state NOT IN ('draft', 'cancelled'))"
        " ORDER BY i.id"));
    query.addBindValue(subjectTag);
    query.addBindValue(QString(kindCode(ItemKind::DeathVoid)));
    if (!query.exec())
        return storageFailed(query.lastError());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<void> OutboxStore::saveDraft(qint64 id, const QByteArray& content)
{
    const Result<QByteArray> sealed = seal(id, DraftField, content);
    if (!sealed)
        return sealed.error();
    // One statement, so atomic without an explicit transaction; the state condition makes it refuse frozen items.
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE items SET draft_blob = ?, updated_at = ? WHERE id = ?"
                                 " AND state IN ('draft', 'needs-correction', 'refused')"));
    query.addBindValue(sealed.value());
    query.addBindValue(toMs(now()));
    query.addBindValue(id);
    if (!query.exec())
        return storageFailed(query.lastError());
    if (query.numRowsAffected() == 1) {
        notifyChanged();
        return {};
    }
    const Result<OutboxItem> current = loadItem(id);
    if (!current)
        return current.error();
    return Error {QStringLiteral("outbox-not-editable"),
        QCoreApplication::translate("Outbox", "Outbox item %1 can no longer be edited.").arg(id)};
}

Result<QByteArray> OutboxStore::draftContent(qint64 id) const
{
    return readBlob(id, QLatin1StringView("draft_blob"), DraftField);
}

Result<void> OutboxStore::changeState(qint64 id, ItemState to, const ChangePreparer& prepare)
{
    Transaction transaction(database());
    if (!transaction.isActive())
        return storageFailed(transaction.lastError());
    const Result<ItemState> from = applyChange(id, to, prepare);
    if (!from)
        return from.error();
    const Result<void> committed = transaction.commit();
    if (committed) {
        qCDebug(lcOutbox) << "item" << id << stateCode(from.value()) << "->" << stateCode(to);
        notifyChanged();
    }
    return committed;
}

Result<ItemState> OutboxStore::applyChange(qint64 id, ItemState to, const ChangePreparer& prepare)
{
    const Result<OutboxItem> current = loadItem(id);
    if (!current)
        return current.error();
    const Result<void> legal = checkTransition(current.value(), to);
    if (!legal)
        return legal.error();
    Result<StateChange> change = prepare(current.value());
    if (!change)
        return change.error();

    const QVariant time = toMs(now());
    QSqlQuery query(database());
    QString sql = QStringLiteral("UPDATE items SET state = ?, updated_at = ?");
    for (const QString& assignment : change->assignments)
        sql += QStringLiteral(", ") + assignment;
    // The state in the WHERE clause makes the update a compare-and-set on what was checked above.
    query.prepare(sql + QStringLiteral(" WHERE id = ? AND state = ?"));
    query.addBindValue(QString(stateCode(to)));
    query.addBindValue(time);
    for (const QVariant& value : std::as_const(change->values))
        query.addBindValue(value);
    query.addBindValue(id);
    query.addBindValue(QString(stateCode(current->state)));
    if (!query.exec())
        return storageFailed(query.lastError());
    return current->state;
}

Result<void> OutboxStore::enqueue(qint64 id, const QByteArray& payload, const QString& formVersion,
    const QString& codeListVersions)
{
    return changeState(id, ItemState::Queued, enqueuePreparer(id, payload, formVersion, codeListVersions));
}

OutboxStore::ChangePreparer OutboxStore::enqueuePreparer(qint64 id, const QByteArray& payload,
    const QString& formVersion, const QString& codeListVersions) const
{
    return [this, id, payload, formVersion, codeListVersions](const OutboxItem& current) -> Result<StateChange> {
        QString key = current.idempotencyKey;
        int attempts = current.attemptCount;
        if (!key.isEmpty()) {
            const Result<QByteArray> previous = readBlob(id, QLatin1StringView("payload_blob"), PayloadField);
            if (!previous)
                return previous.error();
            if (previous.value() != payload)
                key.clear();
        }
        if ((key.isEmpty() || current.state == ItemState::Refused) && !current.messageId.isEmpty()
            && current.attemptCount > 0) {
            // A birth's message id is inside its frozen XML and matches the register's decisions to the item: new
            // content is a new message (a correction), queued as a new notification, never under the old id; the
            // same message again would only replay its refusal.
            return Error {QStringLiteral("outbox-birth-content-changed"),
                QCoreApplication::translate("Outbox",
                    "A sent birth notification cannot be changed. Send the correction as a new notification and "
                    "cancel this one.")};
        }
        if (key.isEmpty()) {
            // New content is a new request to the registry: a fresh key, and the attempt count starts again.
            Result<QString> fresh = SecureRandom::uuidV4();
            if (!fresh)
                return fresh.error();
            key = std::move(fresh).value();
            attempts = 0;
        }
        const Result<QByteArray> sealed = seal(id, PayloadField, payload);
        if (!sealed)
            return sealed.error();
        return StateChange {{QStringLiteral("payload_blob = ?"), QStringLiteral("idempotency_key = ?"),
                                QStringLiteral("attempt_count = ?"), QStringLiteral("form_version = ?"),
                                QStringLiteral("code_list_versions = ?"), QStringLiteral("next_attempt_at = NULL"),
                                QStringLiteral("claimed_at = NULL"), QStringLiteral("last_error_code = NULL"),
                                QStringLiteral("last_error_message = NULL")},
            {sealed.value(), key, attempts, formVersion, codeListVersions}};
    };
}

Result<QList<OutboxItem>> OutboxStore::readyToSend(int limit) const
{
    QSqlQuery query(database());
    // The candidates come from the state index; a plain OR over the table would make SQLite scan every row (and
    // read every encrypted blob's page) on each call, which grows with the history of accepted items.
    query.prepare(OutboxItemRow::select()
        + QStringLiteral(" WHERE i.id IN (SELECT id FROM items WHERE state = 'queued'"
                         " UNION ALL SELECT id FROM items WHERE state = 'waiting-to-retry' AND next_attempt_at <= ?)"
                         " AND (i.parent_id IS NULL OR p.state = 'accepted') ORDER BY i.id LIMIT ?"));
    query.addBindValue(toMs(now()));
    query.addBindValue(limit);
    if (!query.exec())
        return storageFailed(query.lastError());
    QList<OutboxItem> ready;
    while (query.next())
        ready.append(OutboxItemRow::read(query));
    return ready;
}

Result<std::optional<QDateTime>> OutboxStore::nextAttemptAt() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT min(next_attempt_at) FROM items WHERE state = 'waiting-to-retry'")))
        return storageFailed(query.lastError());
    if (!query.next() || query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(OutboxItemRow::time(query.value(0)));
}

OutboxStore::ChangePreparer OutboxStore::claimPreparer(qint64 id, SendClaim& claimed) const
{
    return [this, id, &claimed](const OutboxItem& current) -> Result<StateChange> {
        if (current.isBlockedByParent()) {
            return Error {QStringLiteral("outbox-blocked-by-parent"),
                QCoreApplication::translate("Outbox",
                    "Outbox item %1 waits until the notification it depends on has been accepted.")
                    .arg(id)};
        }
        // A kind code this version cannot read was changed outside Meldeklient: as unreadable as a damaged payload.
        if (!current.kind)
            return Error {QStringLiteral("outbox-blob-format"), QString()};
        // Decrypt before changing state: an item whose payload fails authentication must not be left in Sending.
        Result<QByteArray> bytes = readBlob(id, QLatin1StringView("payload_blob"), PayloadField);
        if (!bytes)
            return bytes.error();
        if (current.parentId) {
            const Result<QByteArray> parentId = readBlob(*current.parentId, QLatin1StringView("receipt_id_blob"),
                ReceiptIdField);
            if (!parentId)
                return parentId.error();
            claimed.parentReceiptId = QString::fromUtf8(parentId.value());
        }
        claimed.id = id;
        claimed.kind = *current.kind;
        claimed.idempotencyKey = current.idempotencyKey;
        claimed.attempt = current.attemptCount + 1;
        claimed.payload = std::move(bytes).value();
        return StateChange {{QStringLiteral("attempt_count = attempt_count + 1"), QStringLiteral("claimed_at = ?")},
            {toMs(now())}};
    };
}

Result<SendClaim> OutboxStore::claim(qint64 id)
{
    Transaction transaction(database());
    if (!transaction.isActive())
        return storageFailed(transaction.lastError());
    SendClaim claimed;
    const Result<ItemState> from = applyChange(id, ItemState::Sending, claimPreparer(id, claimed));
    if (!from) {
        if (!isUnreadableContent(from.error()))
            return from.error();
        Error unreadable;
        if (const Result<void> marked = markUnreadable(id, unreadable); !marked)
            return marked.error();
        if (const Result<void> committed = transaction.commit(); !committed)
            return committed.error();
        return unreadable;
    }
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcOutbox) << "item" << id << stateCode(from.value()) << "-> sending";
    return claimed;
}

bool OutboxStore::isUnreadableContent(const Error& error)
{
    return error.code == u"outbox-decrypt-failed" || error.code == u"outbox-blob-format";
}

Result<void> OutboxStore::markUnreadable(qint64 id, Error& unreadable)
{
    unreadable = Error {QString(ContentUnreadableCode),
        QCoreApplication::translate("Outbox",
            "Outbox item %1 cannot be read: its stored content is damaged or was changed outside Meldeklient, so it "
            "cannot be sent. Cancel it and create the notification again.")
            .arg(id)};
    // Through Sending, as if it had been sent and refused, so the state machine (ItemState) stays the one rule;
    // both steps are in the caller's transaction, so nobody ever sees the item in Sending. No attempt is counted.
    const Result<ItemState> taken = applyChange(id, ItemState::Sending, [](const OutboxItem&) {
        return Result<StateChange>(StateChange {});
    });
    if (!taken)
        return taken.error();
    const Result<ItemState> from = applyChange(id, ItemState::NeedsCorrection, [&](const OutboxItem&) {
        return Result<StateChange>(StateChange {{QStringLiteral("last_error_code = ?"),
                                                    QStringLiteral("last_error_message = ?"),
                                                    QStringLiteral("claimed_at = NULL"),
                                                    QStringLiteral("next_attempt_at = NULL")},
            {unreadable.code, unreadable.message}});
    });
    if (!from)
        return from.error();
    qCWarning(lcOutbox) << "item" << id << "needs correction:" << unreadable.code;
    return {};
}

Result<QList<SendClaim>> OutboxStore::claimAll(const QList<qint64>& ids)
{
    Transaction transaction(database());
    if (!transaction.isActive())
        return storageFailed(transaction.lastError());
    QList<SendClaim> claims;
    for (qint64 id : ids) {
        SendClaim claimed;
        const Result<ItemState> from = applyChange(id, ItemState::Sending, claimPreparer(id, claimed));
        if (from) {
            claims.append(std::move(claimed));
        } else if (from.error().code == u"outbox-storage-failed") {
            return from.error(); // the transaction rolls back: nothing is claimed
        } else if (isUnreadableContent(from.error())) {
            // Never sendable: out of the queue at once, visible as needs-correction (the sender counts it).
            Error unreadable;
            if (const Result<void> marked = markUnreadable(id, unreadable); !marked)
                return marked.error();
        } else {
            qCDebug(lcOutbox) << "item" << id << "not claimed:" << from.error().code;
        }
    }
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    if (!claims.isEmpty())
        notifyChanged();
    return claims;
}

Result<void> OutboxStore::unclaim(const QList<qint64>& ids)
{
    Transaction transaction(database());
    if (!transaction.isActive())
        return storageFailed(transaction.lastError());
    const QVariant time = toMs(now());
    int changed = 0;
    for (qint64 id : ids) {
        const Result<OutboxItem> current = loadItem(id);
        if (!current)
            return current.error();
        if (current->state != ItemState::Sending)
            continue; // answered or released meanwhile: left as it is
        // Never sent: due again at once, and the attempt that never happened is not counted.
        const Result<ItemState> from = applyChange(id, ItemState::WaitingToRetry, [&](const OutboxItem&) -> Result<StateChange> {
            return StateChange {{QStringLiteral("next_attempt_at = ?"), QStringLiteral("claimed_at = NULL"),
                                    QStringLiteral("attempt_count = max(attempt_count - 1, 0)")},
                {time}};
        });
        if (!from)
            return from.error();
        ++changed;
    }
    const Result<void> committed = transaction.commit();
    if (committed && changed > 0)
        notifyChanged();
    return committed;
}

OutboxStore::ChangePreparer OutboxStore::receiptPreparer(qint64 id, const Receipt& receipt) const
{
    return [this, id, receipt](const OutboxItem&) -> Result<StateChange> {
        const Result<QByteArray> serverId = seal(id, ReceiptIdField, receipt.serverId.toUtf8());
        if (!serverId)
            return serverId.error();
        const Result<QByteArray> body = seal(id, ReceiptBodyField, receipt.responseBody);
        if (!body)
            return body.error();
        return StateChange {{QStringLiteral("receipt_id_blob = ?"), QStringLiteral("receipt_body_blob = ?"),
                                QStringLiteral("accepted_at = ?"), QStringLiteral("claimed_at = NULL"),
                                QStringLiteral("next_attempt_at = NULL"), QStringLiteral("last_error_code = NULL"),
                                QStringLiteral("last_error_message = NULL")},
            {serverId.value(), body.value(), toMs(receipt.receivedAt.isValid() ? receipt.receivedAt : now())}};
    };
}

Result<void> OutboxStore::recordAccepted(qint64 id, const Receipt& receipt)
{
    const Result<void> changed = changeState(id, ItemState::Accepted, receiptPreparer(id, receipt));
    if (changed)
        qCInfo(lcOutbox) << "item" << id << "accepted";
    return changed;
}

Result<void> OutboxStore::recordRejected(qint64 id, const Error& error, const QByteArray& serverMessage)
{
    const Result<void> changed = changeState(id, ItemState::NeedsCorrection,
        [&](const OutboxItem&) -> Result<StateChange> {
            const Result<QByteArray> sealed = seal(id, ServerMessageField, serverMessage);
            if (!sealed)
                return sealed.error();
            return StateChange {{QStringLiteral("server_message_blob = ?"), QStringLiteral("last_error_code = ?"),
                                    QStringLiteral("last_error_message = NULL"), QStringLiteral("claimed_at = NULL"),
                                    QStringLiteral("next_attempt_at = NULL")},
                {sealed.value(), error.code}};
        });
    if (changed)
        qCInfo(lcOutbox) << "item" << id << "needs correction:" << error.code;
    return changed;
}

Result<QDateTime> OutboxStore::recordTransientFailure(qint64 id, const Error& error,
    std::optional<qint64> retryAfterMs)
{
    QDateTime next;
    qint64 delayMs = 0;
    const Result<void> changed = changeState(id, ItemState::WaitingToRetry,
        [&](const OutboxItem& current) -> Result<StateChange> {
            delayMs = m_backoff.delayMs(std::max(1, current.attemptCount), retryAfterMs);
            next = now().addMSecs(delayMs);
            return StateChange {{QStringLiteral("next_attempt_at = ?"), QStringLiteral("claimed_at = NULL"),
                                    QStringLiteral("last_error_code = ?"), QStringLiteral("last_error_message = NULL")},
                {toMs(next), error.code}};
        });
    if (!changed)
        return changed.error();
    // The delay as decided, not measured again after the commit (a slow fsync made that negative).
    qCInfo(lcOutbox) << "item" << id << "will retry in" << delayMs << "ms after" << error.code;
    return next;
}

Result<void> OutboxStore::cancel(qint64 id)
{
    const Result<void> changed = changeState(id, ItemState::Cancelled, [&](const OutboxItem&) -> Result<StateChange> {
        // Children waiting for this item can never be sent. None can be Sending or Accepted while the parent is not
        // Accepted, so every child left is cancellable; the table checks it all the same.
        QSqlQuery children(database());
        children.prepare(QStringLiteral("SELECT id FROM items WHERE parent_id = ? AND state NOT IN ('accepted', 'cancelled')"));
        children.addBindValue(id);
        if (!children.exec())
            return storageFailed(children.lastError());
        QList<qint64> waiting;
        while (children.next())
            waiting.append(children.value(0).toLongLong());
        for (qint64 child : std::as_const(waiting)) {
            const Result<ItemState> from = applyChange(child, ItemState::Cancelled, [](const OutboxItem&) -> Result<StateChange> {
                return StateChange {{QStringLiteral("next_attempt_at = NULL")}, {}};
            });
            if (!from)
                return from.error();
        }
        return StateChange {{QStringLiteral("claimed_at = NULL"), QStringLiteral("next_attempt_at = NULL")}, {}};
    });
    if (changed)
        qCInfo(lcOutbox) << "item" << id << "cancelled";
    return changed;
}

Result<void> OutboxStore::retryNow(qint64 id)
{
    const Result<OutboxItem> current = loadItem(id);
    if (!current)
        return current.error();
    if (current->state == ItemState::NeedsCorrection) {
        const Result<QByteArray> sent = payload(id);
        if (!sent && isUnreadableContent(sent.error()))
            return Error {QString(ContentUnreadableCode), current->lastErrorMessage};
        if (!sent)
            return sent.error();
        return enqueue(id, sent.value(), current->formVersion, current->codeListVersions);
    }
    if (current->state == ItemState::Queued)
        return {}; // already due
    if (current->state != ItemState::WaitingToRetry)
        return cannotRetry(current.value());

    // Rescheduled through the table (WaitingToRetry → WaitingToRetry): due now, same key, same bytes.
    return changeState(id, ItemState::WaitingToRetry, [this](const OutboxItem&) -> Result<StateChange> {
        return StateChange {{QStringLiteral("next_attempt_at = ?")}, {toMs(now())}};
    });
}

Result<QList<qint64>> OutboxStore::enqueueGroup(ItemKind kind, const QList<GroupPart>& parts,
    const QString& groupId, const QString& formVersion, const QString& codeListVersions, std::optional<qint64> fromDraft)
{
    if (parts.isEmpty())
        return QList<qint64>();
    Transaction transaction(database());
    if (!transaction.isActive())
        return storageFailed(transaction.lastError());
    QList<qint64> ids;
    for (const GroupPart& part : parts) {
        qint64 id = 0;
        QByteArray draftBlob; // the draft's content becomes the first part's record
        if (ids.isEmpty() && fromDraft) {
            const Result<OutboxItem> draft = loadItem(*fromDraft);
            if (!draft)
                return draft.error();
            if (draft->kind != kind || draft->state != ItemState::Draft || draft->parentId
                || !draft->groupId.isEmpty()) {
                return Error {QStringLiteral("outbox-not-a-draft"),
                    QCoreApplication::translate("Outbox", "Outbox item %1 is not a draft.").arg(*fromDraft)};
            }
            id = *fromDraft;
            const Result<QByteArray> sealed = seal(id, DraftField, part.record);
            if (!sealed)
                return sealed.error();
            draftBlob = sealed.value();
        } else {
            const Result<qint64> created = insertDraft(kind, part.record, std::nullopt);
            if (!created)
                return created.error();
            id = created.value();
        }
        QSqlQuery query(database());
        query.prepare(draftBlob.isEmpty()
                ? QStringLiteral("UPDATE items SET group_id = ?, message_id = ? WHERE id = ?")
                : QStringLiteral("UPDATE items SET group_id = ?, message_id = ?, draft_blob = ? WHERE id = ?"));
        query.addBindValue(groupId);
        query.addBindValue(part.messageId);
        if (!draftBlob.isEmpty())
            query.addBindValue(draftBlob);
        query.addBindValue(id);
        if (!query.exec())
            return storageFailed(query.lastError());
        const Result<ItemState> queued
            = applyChange(id, ItemState::Queued, enqueuePreparer(id, part.payload, formVersion, codeListVersions));
        if (!queued)
            return queued.error();
        ids.append(id);
        widenEnqueueWindowForTests();
    }
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcOutbox) << "items" << ids << "queued as one group";
    notifyChanged();
    return ids;
}

Result<QList<OutboxItem>> OutboxStore::itemsInGroup(const QString& groupId) const
{
    QSqlQuery query(database());
    query.prepare(OutboxItemRow::select() + QStringLiteral(" WHERE i.group_id = ? ORDER BY i.id"));
    query.addBindValue(groupId);
    if (!query.exec())
        return storageFailed(query.lastError());
    QList<OutboxItem> found;
    while (query.next())
        found.append(OutboxItemRow::read(query));
    return found;
}

ItemState OutboxStore::stateAfter(const RegisterDecision& decision)
{
    switch (decision.outcome) {
    case RegisterDecision::Outcome::Registered:
        return ItemState::Registered;
    case RegisterDecision::Outcome::Refused:
        return ItemState::Refused;
    case RegisterDecision::Outcome::ManualHandling:
        break;
    }
    return ItemState::AcceptedForProcessing;
}

OutboxStore::ChangePreparer OutboxStore::decisionPreparer(qint64 id, const RegisterDecision& decision) const
{
    return [this, id, decision](const OutboxItem&) -> Result<StateChange> {
        const Result<QByteArray> sealed = seal(id, DecisionField, decision.toJson());
        if (!sealed)
            return sealed.error();
        // The note the item shows: a refusal, or manual handling; nothing once registered.
        QString note;
        if (decision.outcome == RegisterDecision::Outcome::Refused)
            note = QStringLiteral("birth-refused");
        else if (decision.outcome == RegisterDecision::Outcome::ManualHandling)
            note = QStringLiteral("birth-manual-handling");
        return StateChange {{QStringLiteral("decision_blob = ?"), QStringLiteral("decided_at = ?"),
                                QStringLiteral("decision_sequence = ?"), QStringLiteral("last_error_code = ?"),
                                QStringLiteral("last_error_message = NULL")},
            {sealed.value(), toMs(decision.decidedAt.isValid() ? decision.decidedAt : now()), decision.sequence,
                note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note)}};
    };
}

Result<void> OutboxStore::recordAcceptedForProcessing(qint64 id, const Receipt& receipt)
{
    Transaction transaction(database());
    if (!transaction.isActive())
        return storageFailed(transaction.lastError());
    const Result<ItemState> received
        = applyChange(id, ItemState::AcceptedForProcessing, receiptPreparer(id, receipt));
    if (!received)
        return received.error();
    // A decision that arrived on the feed before this receipt was recorded (kept by recordDecisions).
    const Result<std::optional<RegisterDecision>> early = decision(id);
    if (!early)
        return early.error();
    if (early.value()) {
        const RegisterDecision& decided = *early.value();
        if (decided.registryReference != receipt.serverId) {
            qCWarning(lcOutbox) << "item" << id << "early decision names another reference; ignored";
        } else {
            const Result<ItemState> applied = applyChange(id, stateAfter(decided), decisionPreparer(id, decided));
            if (!applied)
                return applied.error();
        }
    }
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcOutbox) << "item" << id << "accepted for processing";
    notifyChanged();
    return {};
}

Result<OutboxStore::DecisionsRecorded> OutboxStore::recordDecisions(
    const QString& feed, const QList<RegisterDecision>& decisions, const FeedPosition& next)
{
    DecisionsRecorded recorded;
    Transaction transaction(database());
    if (!transaction.isActive())
        return storageFailed(transaction.lastError());
    for (const RegisterDecision& decided : decisions) {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT id, decision_sequence, receipt_id_blob IS NOT NULL FROM items"
                                     " WHERE message_id = ?"));
        query.addBindValue(decided.messageId);
        if (!query.exec())
            return storageFailed(query.lastError());
        if (!query.next()) {
            ++recorded.unmatched;
            continue;
        }
        const qint64 id = query.value(0).toLongLong();
        if (!query.value(1).isNull() && query.value(1).toLongLong() >= decided.sequence) {
            ++recorded.repeated; // read twice: applied already
            continue;
        }
        const bool hasReceipt = query.value(2).toBool();
        if (hasReceipt) {
            const Result<QByteArray> reference = readBlob(id, QLatin1StringView("receipt_id_blob"), ReceiptIdField);
            if (!reference)
                return reference.error();
            if (QString::fromUtf8(reference.value()) != decided.registryReference) {
                qCWarning(lcOutbox) << "decision" << decided.sequence << "names another reference than item" << id;
                ++recorded.unmatched;
                continue;
            }
        }
        const Result<OutboxItem> current = loadItem(id);
        if (!current)
            return current.error();
        if (current->state == ItemState::AcceptedForProcessing) {
            const Result<ItemState> applied = applyChange(id, stateAfter(decided), decisionPreparer(id, decided));
            if (!applied)
                return applied.error();
            recorded.changed.append(id);
        } else if (!hasReceipt && !isTerminal(current->state)) {
            // The register has the message but our receipt was lost (the resend is still to come): keep the
            // decision; recordAcceptedForProcessing applies it. No state change here.
            const Result<QByteArray> sealed = seal(id, DecisionField, decided.toJson());
            if (!sealed)
                return sealed.error();
            QSqlQuery keep(database());
            keep.prepare(QStringLiteral("UPDATE items SET decision_blob = ?, decision_sequence = ? WHERE id = ?"));
            keep.addBindValue(sealed.value());
            keep.addBindValue(decided.sequence);
            keep.addBindValue(id);
            if (!keep.exec())
                return storageFailed(keep.lastError());
            ++recorded.early;
        } else {
            // Decided already (a later event for a finished case): the table allows no second decision.
            qCInfo(lcOutbox) << "decision" << decided.sequence << "for item" << id << "in state"
                             << stateCode(current->state) << "left alone";
            ++recorded.repeated;
        }
    }
    QSqlQuery position(database());
    position.prepare(QStringLiteral("INSERT INTO feed_position (feed, next_sequence, etag) VALUES (?, ?, ?)"
                                    " ON CONFLICT(feed) DO UPDATE SET next_sequence = excluded.next_sequence,"
                                    " etag = excluded.etag"));
    position.addBindValue(feed);
    position.addBindValue(next.nextSequence);
    position.addBindValue(QString::fromLatin1(next.etag));
    if (!position.exec())
        return storageFailed(position.lastError());
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    if (!recorded.changed.isEmpty() || recorded.early > 0)
        notifyChanged();
    return recorded;
}

Result<FeedPosition> OutboxStore::feedPosition(const QString& feed) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT next_sequence, etag FROM feed_position WHERE feed = ?"));
    query.addBindValue(feed);
    if (!query.exec())
        return storageFailed(query.lastError());
    FeedPosition position;
    if (query.next()) {
        position.nextSequence = query.value(0).toLongLong();
        position.etag = query.value(1).toString().toLatin1();
    }
    return position;
}

Result<std::optional<RegisterDecision>> OutboxStore::decision(qint64 id) const
{
    const Result<QByteArray> blob = readBlob(id, QLatin1StringView("decision_blob"), DecisionField);
    if (!blob) {
        if (blob.error().code == u"outbox-no-content")
            return std::optional<RegisterDecision>();
        return blob.error();
    }
    return std::optional<RegisterDecision>(RegisterDecision::fromJson(blob.value()));
}

Result<int> OutboxStore::awaitingDecision() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM items WHERE state = 'accepted-for-processing'"))
        || !query.next())
        return storageFailed(query.lastError());
    return query.value(0).toInt();
}

Result<OutboxItem> OutboxStore::item(qint64 id) const
{
    return loadItem(id);
}

Result<QList<OutboxItem>> OutboxStore::items() const
{
    QSqlQuery query(database());
    if (!query.exec(OutboxItemRow::select() + QStringLiteral(" ORDER BY i.id")))
        return storageFailed(query.lastError());
    QList<OutboxItem> all;
    while (query.next())
        all.append(OutboxItemRow::read(query));
    return all;
}

Result<QByteArray> OutboxStore::payload(qint64 id) const
{
    return readBlob(id, QLatin1StringView("payload_blob"), PayloadField);
}

Result<QByteArray> OutboxStore::serverMessage(qint64 id) const
{
    return readBlob(id, QLatin1StringView("server_message_blob"), ServerMessageField);
}

Result<Receipt> OutboxStore::receipt(qint64 id) const
{
    const Result<OutboxItem> current = loadItem(id);
    if (!current)
        return current.error();
    const Result<QByteArray> serverId = readBlob(id, QLatin1StringView("receipt_id_blob"), ReceiptIdField);
    if (!serverId)
        return serverId.error();
    Result<QByteArray> body = readBlob(id, QLatin1StringView("receipt_body_blob"), ReceiptBodyField);
    // After purgeContents() the receipt is the registry's id and time only.
    if (!body && body.error().code != u"outbox-no-content")
        return body.error();
    return Receipt {
        QString::fromUtf8(serverId.value()), current->acceptedAt, body ? std::move(body).value() : QByteArray()};
}

Result<QString> OutboxStore::parentReceiptId(qint64 id) const
{
    const Result<OutboxItem> current = loadItem(id);
    if (!current)
        return current.error();
    if (!current->parentId)
        return QString();
    if (current->isBlockedByParent()) {
        return Error {QStringLiteral("outbox-blocked-by-parent"),
            QCoreApplication::translate("Outbox",
                "Outbox item %1 waits until the notification it depends on has been accepted.")
                .arg(id)};
    }
    const Result<QByteArray> serverId = readBlob(*current->parentId, QLatin1StringView("receipt_id_blob"),
        ReceiptIdField);
    if (!serverId)
        return serverId.error();
    return QString::fromUtf8(serverId.value());
}

Result<int> OutboxStore::releaseStaleClaims(qint64 leaseMs)
{
    return releaseClaims(now().addMSecs(-leaseMs));
}

Result<int> OutboxStore::releaseClaims(const QDateTime& claimedUpTo)
{
    QSqlQuery query(database());
    QString sql = QStringLiteral("SELECT id FROM items WHERE state = 'sending'");
    if (claimedUpTo.isValid())
        sql += QStringLiteral(" AND claimed_at <= ?");
    query.prepare(sql);
    if (claimedUpTo.isValid())
        query.addBindValue(toMs(claimedUpTo));
    if (!query.exec())
        return storageFailed(query.lastError());
    QList<qint64> claimed;
    while (query.next())
        claimed.append(query.value(0).toLongLong());
    if (claimed.isEmpty())
        return 0;

    Transaction transaction(database());
    if (!transaction.isActive())
        return storageFailed(transaction.lastError());
    const QVariant time = toMs(now());
    for (qint64 id : std::as_const(claimed)) {
        // The request may have reached the registry before the sender died; resending with the same idempotency key
        // is what makes that safe.
        const Result<ItemState> from = applyChange(id, ItemState::WaitingToRetry, [&](const OutboxItem&) -> Result<StateChange> {
            return StateChange {{QStringLiteral("next_attempt_at = ?"), QStringLiteral("claimed_at = NULL"),
                                    QStringLiteral("last_error_code = 'outbox-send-interrupted'"),
                                    QStringLiteral("last_error_message = NULL")},
                {time}};
        });
        if (!from)
            return from.error();
    }
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    notifyChanged();
    return int(claimed.size());
}

Result<int> OutboxStore::purgeContents(const QList<qint64>& ids)
{
    QSqlQuery pragma(database());
    // Freed pages are zeroed, so purged ciphertext does not linger in the file.
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return storageFailed(pragma.lastError());
    int purged = 0;
    {
        Transaction transaction(database());
        if (!transaction.isActive())
            return storageFailed(transaction.lastError());
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "UPDATE items SET draft_blob = NULL, payload_blob = NULL, server_message_blob = NULL,"
            " receipt_body_blob = NULL, updated_at = ? WHERE id = ? AND state IN ('accepted', 'registered')"
            " AND (draft_blob IS NOT NULL"
            " OR payload_blob IS NOT NULL OR server_message_blob IS NOT NULL OR receipt_body_blob IS NOT NULL)"));
        for (const qint64 id : ids) {
            query.addBindValue(toMs(now()));
            query.addBindValue(id);
            if (!query.exec())
                return storageFailed(query.lastError());
            purged += query.numRowsAffected();
        }
        if (const Result<void> committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (!pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcOutbox) << "WAL checkpoint after purge failed:" << pragma.lastError().text();
    qCInfo(lcOutbox) << "purged the contents of" << purged << "accepted items";
    return purged;
}

} // namespace Meldeklient::Outbox
