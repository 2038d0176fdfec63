#pragma once

#include "core/codes/CodeList.h"

#include <QList>
#include <QString>

#include <vector>

namespace Meldeklient::Codes {

struct Icd10SearchHit {
    enum class Kind : quint8 { ExactCode, CodePrefix, Text };

    qsizetype index = -1; // concept index in the indexed CodeList
    QString code;         // stored spelling, "I219"
    QString display;
    Kind kind = Kind::Text;
};

// Type-ahead search over an ICD-10 list (or any code list). A query that looks like a code ("I21", "c34.9") finds
// that code first, then longer codes starting with it, shortest first. Any query also matches labels word by word:
// every query word must start some word of the label, ignoring case and diacritics; labels whose matching words
// come earlier rank higher, then shorter labels. Built once per import; a query allocates only its result list.
// Not thread-safe: search() reuses scratch buffers, so give each thread its own index.
class Icd10Index
{
public:
    Icd10Index() = default;
    explicit Icd10Index(const CodeList& list);

    const CodeList& list() const { return m_list; }
    QList<Icd10SearchHit> search(QStringView query, qsizetype limit = 20) const;

private:
    struct Posting {
        quint32 entry;
        quint16 position; // word number within the label
    };

    void searchCodes(const QString& codeQuery, qsizetype limit, QList<Icd10SearchHit>& hits) const;
    void searchText(QStringView query, qsizetype limit, QList<Icd10SearchHit>& hits) const;
    Icd10SearchHit hit(quint32 entry, Icd10SearchHit::Kind kind) const;

    CodeList m_list;
    std::vector<quint32> m_byCode;          // concept indices ordered by code key
    std::vector<QString> m_codeKeys;        // CodeSystemUrl::icd10Key of each concept
    std::vector<QString> m_vocabulary;      // folded label words, sorted, unique
    std::vector<quint32> m_postingStart;    // m_vocabulary.size() + 1 offsets into m_postings
    std::vector<Posting> m_postings;        // grouped by word, so a word-prefix range is one contiguous slice
    std::vector<quint16> m_wordCount;       // words per label

    // Per-query scratch, indexed by concept; m_stamp marks which entries belong to the current query.
    mutable std::vector<quint32> m_stamp;
    mutable std::vector<quint8> m_matchedWords;
    mutable std::vector<quint16> m_wordPosition;
    mutable std::vector<quint32> m_positionSum;
    mutable std::vector<quint32> m_candidates;
    mutable quint32 m_generation = 0;
};

} // namespace Meldeklient::Codes
