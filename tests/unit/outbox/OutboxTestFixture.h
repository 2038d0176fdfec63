#pragma once

#include "core/outbox/OutboxStore.h"

#include "MemorySecretStore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

// A store on a real SQLite file in a temporary folder, with an in-memory keychain and a clock the test moves.
struct OutboxTestFixture {
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QDateTime clock = QDateTime(QDate(2026, 11, 22), QTime(3, 0), QTimeZone::utc());
    QString userKeyId = QStringLiteral("test-user-0123456789abcdef");

    QString path() const { return dir.filePath(QStringLiteral("outbox.sqlite")); }

    Meldeklient::Outbox::OutboxOptions options()
    {
        Meldeklient::Outbox::OutboxOptions o;
        o.userKeyId = userKeyId;
        o.secrets = &secrets;
        o.databasePath = path();
        o.backoff = Meldeklient::Outbox::BackoffPolicy(1000, 60'000);
        o.clock = [this] { return clock; };
        return o;
    }

    std::unique_ptr<Meldeklient::Outbox::OutboxStore> open()
    {
        auto opened = Meldeklient::Outbox::OutboxStore::open(options());
        if (!opened) {
            qWarning("open failed: %s", qPrintable(opened.error().code));
            return nullptr;
        }
        return std::move(opened).value();
    }
};

// A separate raw connection to the same file, as an attacker or a test would use it. Remove with the returned name.
inline QSqlDatabase rawConnection(const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QSQLITE"), QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    db.setDatabaseName(path);
    db.open();
    return db;
}

inline void closeRaw(QSqlDatabase& db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}
