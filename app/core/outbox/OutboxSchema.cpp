#include "core/outbox/OutboxSchema.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace Meldeklient::Outbox {

namespace {
Error upgradeFailed(int version, const QSqlError& error)
{
    qCWarning(lcOutbox) << "schema step" << version << "failed:" << error.text();
    return Error {QStringLiteral("outbox-schema-upgrade-failed"),
        QCoreApplication::translate("Outbox", "The outbox database could not be upgraded to this version.")};
}
} // namespace

const QList<SchemaStep>& OutboxSchema::steps()
{
    static const QList<SchemaStep> all = {
        {1,
            {
                QStringLiteral("CREATE TABLE schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), "
                               "version INTEGER NOT NULL)"),
                // Encrypted values that belong to the database rather than an item (the key check).
                QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)"),
                // Plain columns hold only non-personal metadata; *_blob columns hold PayloadCipher blobs.
                QStringLiteral(
                    "CREATE TABLE items ("
                    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    " kind TEXT NOT NULL,"
                    " parent_id INTEGER REFERENCES items(id) ON DELETE RESTRICT,"
                    " state TEXT NOT NULL CHECK (state IN ('draft', 'queued', 'sending', 'accepted',"
                    "   'needs-correction', 'waiting-to-retry', 'cancelled')),"
                    " idempotency_key TEXT UNIQUE,"
                    " attempt_count INTEGER NOT NULL DEFAULT 0,"
                    " last_error_code TEXT,"
                    " last_error_message TEXT,"
                    " created_at INTEGER NOT NULL,"
                    " updated_at INTEGER NOT NULL,"
                    " next_attempt_at INTEGER,"
                    " claimed_at INTEGER,"
                    " accepted_at INTEGER,"
                    " form_version TEXT,"
                    " code_list_versions TEXT,"
                    " draft_blob BLOB,"
                    " payload_blob BLOB,"
                    " server_message_blob BLOB,"
                    " receipt_id_blob BLOB,"
                    " receipt_body_blob BLOB)"),
                QStringLiteral("CREATE INDEX items_by_state ON items (state, next_attempt_at)"),
                QStringLiteral("CREATE INDEX items_by_parent ON items (parent_id)"),
            }},
        {2,
            {
                // A keyed hash of the person a death is about (OutboxStore::subjectTag), never the number itself:
                // finds a second notification for the same person.
                QStringLiteral("ALTER TABLE items ADD COLUMN subject_tag TEXT"),
                QStringLiteral("CREATE INDEX items_by_subject ON items (subject_tag)"),
            }},
        {3,
            {
                // Births (issue 12): three states (the CHECK constraint can only change by rebuilding the table, the
                // way SQLite documents it; upgrade() turns foreign keys off around it), the birth an item belongs to
                // (group_id, a random UUID) and its message id (message_id, "<group>-<n>": Folkeregisteret's
                // avsendersMeldingsidentifikator, random, no personal data), the register's decision (encrypted,
                // with the child's new number) and the feed sequence number that brought it.
                QStringLiteral(
                    "CREATE TABLE items_v3 ("
                    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    " kind TEXT NOT NULL,"
                    " parent_id INTEGER REFERENCES items(id) ON DELETE RESTRICT,"
                    " state TEXT NOT NULL CHECK (state IN ('draft', 'queued', 'sending', 'accepted',"
                    "   'needs-correction', 'waiting-to-retry', 'cancelled', 'accepted-for-processing',"
                    "   'registered', 'refused')),"
                    " idempotency_key TEXT UNIQUE,"
                    " attempt_count INTEGER NOT NULL DEFAULT 0,"
                    " last_error_code TEXT,"
                    " last_error_message TEXT,"
                    " created_at INTEGER NOT NULL,"
                    " updated_at INTEGER NOT NULL,"
                    " next_attempt_at INTEGER,"
                    " claimed_at INTEGER,"
                    " accepted_at INTEGER,"
                    " form_version TEXT,"
                    " code_list_versions TEXT,"
                    " draft_blob BLOB,"
                    " payload_blob BLOB,"
                    " server_message_blob BLOB,"
                    " receipt_id_blob BLOB,"
                    " receipt_body_blob BLOB,"
                    " subject_tag TEXT,"
                    " group_id TEXT,"
                    " message_id TEXT UNIQUE,"
                    " decision_blob BLOB,"
                    " decided_at INTEGER,"
                    " decision_sequence INTEGER)"),
                QStringLiteral(
                    "INSERT INTO items_v3 (id, kind, parent_id, state, idempotency_key, attempt_count,"
                    " last_error_code, last_error_message, created_at, updated_at, next_attempt_at, claimed_at,"
                    " accepted_at, form_version, code_list_versions, draft_blob, payload_blob, server_message_blob,"
                    " receipt_id_blob, receipt_body_blob, subject_tag)"
                    " SELECT id, kind, parent_id, state, idempotency_key, attempt_count, last_error_code,"
                    " last_error_message, created_at, updated_at, next_attempt_at, claimed_at, accepted_at,"
                    " form_version, code_list_versions, draft_blob, payload_blob, server_message_blob,"
                    " receipt_id_blob, receipt_body_blob, subject_tag FROM items"),
                QStringLiteral("DROP TABLE items"),
                QStringLiteral("ALTER TABLE items_v3 RENAME TO items"),
                QStringLiteral("CREATE INDEX items_by_state ON items (state, next_attempt_at)"),
                QStringLiteral("CREATE INDEX items_by_parent ON items (parent_id)"),
                QStringLiteral("CREATE INDEX items_by_subject ON items (subject_tag)"),
                QStringLiteral("CREATE INDEX items_by_group ON items (group_id)"),
                // Where a feed was read up to, committed with the decisions read from it (DecisionFeedPoller).
                QStringLiteral("CREATE TABLE feed_position (feed TEXT PRIMARY KEY, next_sequence INTEGER NOT NULL,"
                               " etag TEXT)"),
            }},
    };
    return all;
}

int OutboxSchema::currentVersion()
{
    return steps().constLast().version;
}

Result<int> OutboxSchema::readVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                   "'schema_version'"))
        || !query.next())
        return upgradeFailed(0, query.lastError());
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version WHERE id = 1")))
        return upgradeFailed(0, query.lastError());
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> OutboxSchema::upgrade(QSqlDatabase& db, const QList<SchemaStep>& steps)
{
    const Result<int> found = readVersion(db);
    if (!found)
        return found.error();
    const int version = found.value();
    const int target = steps.isEmpty() ? 0 : steps.constLast().version;
    if (version > target) {
        return Error {QStringLiteral("outbox-schema-too-new"),
            QCoreApplication::translate("Outbox",
                "The outbox was written by a newer version of Meldeklient. Update Meldeklient to open it.")};
    }
    if (version == 0) {
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
            return upgradeFailed(0, tables.lastError());
        if (tables.value(0).toInt() != 0) {
            return Error {QStringLiteral("outbox-not-an-outbox"),
                QCoreApplication::translate("Outbox", "The file is a database, but not a Meldeklient outbox.")};
        }
    }

    // A step may rebuild a table (SQLite cannot change a CHECK constraint in place): foreign keys are off while
    // steps run (the pragma has no effect inside a transaction) and each step's result is checked before commit.
    bool foreignKeysWereOn = false;
    {
        QSqlQuery pragma(db);
        if (pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next())
            foreignKeysWereOn = pragma.value(0).toInt() == 1;
        if (foreignKeysWereOn && !pragma.exec(QStringLiteral("PRAGMA foreign_keys=OFF")))
            return upgradeFailed(version, pragma.lastError());
    }
    const Result<void> applied = applySteps(db, steps, version);
    if (foreignKeysWereOn) {
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON")) && applied)
            return upgradeFailed(version, pragma.lastError());
    }
    return applied;
}

Result<void> OutboxSchema::applySteps(QSqlDatabase& db, const QList<SchemaStep>& steps, int version)
{
    for (const SchemaStep& step : steps) {
        if (step.version <= version)
            continue;
        if (!db.transaction())
            return upgradeFailed(step.version, db.lastError());
        QSqlQuery query(db);
        for (const QString& statement : step.statements) {
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                db.rollback();
                return upgradeFailed(step.version, error);
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next()) {
            const QSqlError error = query.lastError();
            db.rollback();
            return upgradeFailed(step.version, error);
        }
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO schema_version (id, version) VALUES (1, ?)"));
        query.addBindValue(step.version);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            db.rollback();
            return upgradeFailed(step.version, error);
        }
        if (!db.commit()) {
            const QSqlError error = db.lastError();
            db.rollback();
            return upgradeFailed(step.version, error);
        }
        qCInfo(lcOutbox) << "outbox schema now at version" << step.version;
    }
    return {};
}

} // namespace Meldeklient::Outbox
