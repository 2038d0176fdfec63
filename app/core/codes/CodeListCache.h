#pragma once

#include "core/codes/CodeList.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Meldeklient::Codes {

// Imported code lists on disk, one CBOR file per canonical URL under <dataDirectory>/codes, so an import
// survives restarts. Each file carries a format version and a SHA-256 of its payload: a damaged or foreign file is
// reported and skipped as a whole, never half-read.
class CodeListCache
{
public:
    static constexpr int formatVersion = 1;

    struct LoadReport {
        QList<CodeList> lists;
        QList<Error> problems; // one per file that could not be read (codes-cache-corrupt, codes-cache-format)
    };

    // Default: Meldeklient::dataDirectory() + "/codes".
    CodeListCache();
    explicit CodeListCache(const QString& directory);

    const QString& directory() const { return m_directory; }
    QString filePath(const QString& url) const;

    // Writes atomically (QSaveFile): a crash leaves the previous file intact. Fails with codes-cache-write.
    Result<void> save(const CodeList& list) const;
    bool remove(const QString& url) const;
    LoadReport loadAll() const;

    static QByteArray serialize(const CodeList& list);
    static Result<CodeList> deserialize(const QByteArray& bytes);

private:
    QString m_directory;
};

} // namespace Meldeklient::Codes
