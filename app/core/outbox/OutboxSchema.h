#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Meldeklient::Outbox {

// One upgrade step: the statements that take the database from version - 1 to `version`.
struct SchemaStep {
    int version = 0;
    QStringList statements;
};

// The outbox database schema and its ordered upgrade steps, in the manner of Nextcloud's SyncJournalDb: a one-row
// schema_version table, each step applied in its own transaction together with the new version number, so a crash
// leaves the file at the last completed version and the next start resumes from there.
class OutboxSchema
{
public:
    // The steps the product ships, ascending and gap-free. Append new steps; never edit a shipped one.
    static const QList<SchemaStep>& steps();
    static int currentVersion();

    // 0 for a file without our schema_version table.
    static Result<int> readVersion(QSqlDatabase& db);
    // Applies every step newer than the file's version. Errors: "outbox-schema-too-new" (written by a newer
    // Meldeklient), "outbox-not-an-outbox" (tables but no version: not our file), "outbox-schema-upgrade-failed".
    static Result<void> upgrade(QSqlDatabase& db, const QList<SchemaStep>& steps);

private:
    static Result<void> applySteps(QSqlDatabase& db, const QList<SchemaStep>& steps, int version);
};

} // namespace Meldeklient::Outbox
