#pragma once

#include "core/codes/CodeList.h"
#include "core/codes/NorwegianStemmer.h"
#include "core/codes/SearchTables.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Meldeklient::Codes {

struct Icd10SearchHit {
    enum class Kind : quint8 { ExactCode, CodePrefix, Text };
    // How the hit was found, best first; hits of an earlier stage always rank above hits of a later one.
    enum class Stage : quint8 {
        ExactCode,  // the query is the code
        CodePrefix, // the code starts with the query
        WordPrefix, // every query word starts a word of the text
        Synonym,    // the query is (the start of) a lay term of the team's synonym table
        Infix,      // a query word occurs inside a word ("kreft" in "lungekreft")
        Stem,       // a query word has the same Norwegian stem ("svulster" and "svulst")
        Compound,   // a query word split into known words ("hjerteinfarkt" -> "hjerte" + "infarkt")
    };

    qsizetype index = -1; // concept index in the indexed CodeList
    QString code;         // stored spelling, "I219"
    QString display;
    Kind kind = Kind::Text;
    Stage stage = Stage::WordPrefix;
    QString shortDisplay; // the national 60-character text when known, else empty
};

// Type-ahead search over an ICD-10 list (or any code list), built once per import. A query that looks like a code
// ("I21", "c34.9", "I210a") finds that code first (any case), then longer codes starting with it, shortest first.
// Text stages follow, each ranked below the one before (Icd10SearchHit::Stage). Every query word must match (AND).
// Within a stage, codes that are frequent underlying causes of death in Norway come first (SearchTables), then
// unspecified/general codes before subtypes, then labels whose matching words come earlier, then shorter labels.
// A query allocates only its result list and small per-query vectors. Not thread-safe: search() reuses scratch
// buffers, so give each thread its own index.
class Icd10Index
{
public:
    // Bit per Icd10SearchHit::Stage, for benchmarks and tests; all on by default.
    static constexpr quint32 allStages = 0x7f;
    static constexpr quint32 stageBit(Icd10SearchHit::Stage stage) { return 1u << static_cast<quint32>(stage); }

    Icd10Index() = default;
    explicit Icd10Index(const CodeList& list);
    Icd10Index(const CodeList& list, const SearchTables& tables);

    const CodeList& list() const { return m_list; }
    QList<Icd10SearchHit> search(QStringView query, qsizetype limit = 20) const;
    void setEnabledStages(quint32 stages) { m_enabledStages = stages; }

private:
    struct Posting {
        quint32 entry;
        quint16 position; // word number within the label
    };
    struct Alternative {
        quint32 first; // posting range
        quint32 last;
        quint8 stage;
    };
    struct Candidate {
        quint32 entry;
        quint8 stage;
        quint32 positionSum;
    };

    bool enabled(Icd10SearchHit::Stage stage) const { return (m_enabledStages & stageBit(stage)) != 0; }
    void searchCodes(const QString& codeQuery, qsizetype limit, QList<Icd10SearchHit>& hits) const;
    void searchText(QStringView query, qsizetype limit, QList<Icd10SearchHit>& hits) const;
    // The best `wanted` text candidates of a folded query, without `exclude`.
    std::vector<Candidate> rankText(const QStringList& words, size_t wanted, const QList<Icd10SearchHit>& exclude) const;
    std::vector<Alternative> alternatives(const QString& word, bool asCompoundPart) const;
    void match(const std::vector<std::vector<Alternative>>& words, std::vector<Candidate>& out) const;
    QStringList compoundParts(const QString& word) const;
    void addPostingsOf(quint32 vocabularyIndex, quint8 stage, std::vector<Alternative>& out) const;
    Icd10SearchHit hit(quint32 entry, Icd10SearchHit::Kind kind, Icd10SearchHit::Stage stage) const;

    CodeList m_list;
    std::vector<quint32> m_byCode;          // concept indices ordered by code key
    std::vector<QString> m_codeKeys;        // CodeSystemUrl::icd10Key of each concept
    std::vector<QString> m_vocabulary;      // folded label words, sorted, unique
    std::vector<quint32> m_postingStart;    // m_vocabulary.size() + 1 offsets into m_postings
    std::vector<Posting> m_postings;        // grouped by word, so a word-prefix range is one contiguous slice
    std::vector<quint16> m_wordCount;       // words per label
    // Suffixes (offset >= 1) of every vocabulary word, sorted: an infix is a prefix of a suffix.
    std::vector<std::pair<quint32, quint16>> m_suffixes;
    // (stem, vocabulary index), sorted by stem.
    std::vector<std::pair<QString, quint32>> m_stems;
    std::vector<quint16> m_weight;          // SearchTables weight per concept
    std::vector<quint8> m_specific;         // 0: unspecified/general code, 1: a subtype
    struct SynonymEntry {
        QString term;
        std::vector<quint32> entries;
    };
    std::vector<SynonymEntry> m_synonyms;   // sorted by term
    NorwegianStemmer m_stemmer;
    static constexpr size_t singleLetterDepth = 64;
    QHash<QChar, std::vector<Candidate>> m_singleLetter; // ranked hits of each one-letter query, made at build
    quint32 m_enabledStages = allStages;

    // Per-query scratch, indexed by concept; m_stamp marks which entries belong to the current query.
    mutable std::vector<quint32> m_stamp;
    mutable std::vector<quint8> m_matchedWords;
    mutable std::vector<quint16> m_wordPosition;
    mutable std::vector<quint32> m_positionSum;
    mutable std::vector<quint8> m_stageBefore; // worst stage of the words matched before the current one
    mutable std::vector<quint8> m_wordStage;   // stage of the current word's match
    mutable std::vector<quint32> m_resultSlot; // index into the merged results + 1, stamped by m_resultStamp
    mutable std::vector<quint32> m_resultStamp;
    mutable std::vector<quint32> m_wordStamp;  // per vocabulary word, to list a word once per query word
    mutable quint32 m_generation = 0;
    mutable quint32 m_resultGeneration = 0;
    mutable quint32 m_wordGeneration = 0;
};

} // namespace Meldeklient::Codes
