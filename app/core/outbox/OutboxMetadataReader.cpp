#include "core/outbox/OutboxMetadataReader.h"

#include "core/common/PrivateFolder.h"
#include "core/outbox/OutboxItemRow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Meldeklient::Outbox {

bool OutboxMetadataReader::canListDespite(const Error& openError)
{
    return openError.code == u"outbox-in-use" || openError.code == u"outbox-key-missing"
        || openError.code == u"outbox-key-invalid" || openError.code == u"outbox-wrong-key"
        || openError.code == u"outbox-key-unavailable";
}

Result<QList<OutboxItem>> OutboxMetadataReader::read(const QString& databasePath)
{
    if (const Result<void> safe = PrivateFolder::check(QFileInfo(databasePath).absolutePath()); !safe)
        return safe.error();
    if (const Result<void> plain = PrivateFolder::checkNotSymlink(databasePath); !plain)
        return plain.error();
    if (!QFileInfo(databasePath).isFile() || QFileInfo(databasePath).size() == 0) {
        return Error {QStringLiteral("outbox-not-found-file"),
            QCoreApplication::translate("Outbox", "There is no outbox file at %1.").arg(databasePath)};
    }
    const QString connection
        = QStringLiteral("meldeklient-outbox-metadata-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QList<OutboxItem>> result = QList<OutboxItem>();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        // A sender may be writing: wait for its transaction rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("PRAGMA query_only=ON"))) {
            result = Error {QStringLiteral("outbox-storage-failed"),
                QCoreApplication::translate("Outbox", "The outbox could not read or write its database.")};
        } else if (!query.exec(OutboxItemRow::select() + QStringLiteral(" ORDER BY i.id"))) {
            result = Error {QStringLiteral("outbox-not-an-outbox"),
                QCoreApplication::translate("Outbox", "%1 is not a Meldeklient outbox.")
                    .arg(QFileInfo(databasePath).fileName())};
        } else {
            QList<OutboxItem> items;
            while (query.next())
                items.append(OutboxItemRow::read(query));
            result = items;
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace Meldeklient::Outbox
