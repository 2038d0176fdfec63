#pragma once

#include "core/codes/CodeList.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
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

    // What `codes info` shows about a cached list, read from a small summary file beside it so that listing the cache
    // never parses a large list.
    struct Summary {
        QString url;
        QString version;
        QString title;
        QString kind; // "CodeSystem" or "ValueSet"
        qsizetype concepts = 0;
        bool icd10Attributes = false;
        QString source;
        QString sourceSha256;
        QDateTime importedAt;
    };

    // Writes atomically (QSaveFile): a crash leaves the previous file intact. Fails with codes-cache-write.
    Result<void> save(const CodeList& list) const;
    bool remove(const QString& url) const;
    bool contains(const QString& url) const;
    // One list by URL (any alias), reading only its file: codes-not-imported when there is none, else as deserialize.
    Result<CodeList> load(const QString& url) const;
    LoadReport loadAll() const;
    // Summaries of every cached list, ordered by URL; a list without a summary file (written before summaries
    // existed) is read once to make one.
    QList<Summary> summaries(QList<Error>* problems = nullptr) const;
    static Summary summarize(const CodeList& list);

    static QByteArray serialize(const CodeList& list);
    static Result<CodeList> deserialize(const QByteArray& bytes);

private:
    QString m_directory;
};

} // namespace Meldeklient::Codes
