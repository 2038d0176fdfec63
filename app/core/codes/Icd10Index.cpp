#include "core/codes/Icd10Index.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/codes/SearchFolding.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace Meldeklient::Codes {

namespace {
// A letter followed by a digit, then letters or digits: "I2", "C349". Dots and spaces are already removed.
bool looksLikeCode(const QString& text)
{
    if (text.size() < 2 || text.size() > 7 || !text.at(0).isLetter() || !text.at(1).isDigit())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 0x80; });
}

struct WordRange {
    quint32 first;
    quint32 last;
    quint32 size() const { return last - first; }
};
} // namespace

Icd10Index::Icd10Index(const CodeList& list)
    : m_list(list)
{
    const auto count = static_cast<quint32>(list.size());
    m_byCode.resize(count);
    m_codeKeys.resize(count);
    for (quint32 i = 0; i < count; ++i) {
        m_byCode[i] = i;
        m_codeKeys[i] = CodeSystemUrl::icd10Key(list.at(i).code); // "I210a" is found as "i210a" and "I21.0A"
    }
    std::sort(m_byCode.begin(), m_byCode.end(), [&](quint32 a, quint32 b) { return m_codeKeys[a] < m_codeKeys[b]; });

    // Postings per word arrive in concept order, so each list is already sorted; only the vocabulary needs sorting.
    QHash<QString, std::vector<Posting>> postingsByWord;
    m_wordCount.resize(count);
    size_t occurrences = 0;
    for (quint32 i = 0; i < count; ++i) {
        const QStringList words = SearchFolding::words(list.at(i).display);
        const auto wordCount = static_cast<quint16>(std::min<qsizetype>(words.size(), 0xffff));
        m_wordCount[i] = wordCount;
        for (quint16 w = 0; w < wordCount; ++w)
            postingsByWord[words.at(w)].push_back(Posting {i, w});
        occurrences += wordCount;
    }
    m_vocabulary.reserve(static_cast<size_t>(postingsByWord.size()));
    for (auto it = postingsByWord.cbegin(); it != postingsByWord.cend(); ++it)
        m_vocabulary.push_back(it.key());
    std::sort(m_vocabulary.begin(), m_vocabulary.end());
    m_postingStart.reserve(m_vocabulary.size() + 1);
    m_postings.reserve(occurrences);
    for (const QString& word : m_vocabulary) {
        m_postingStart.push_back(static_cast<quint32>(m_postings.size()));
        const std::vector<Posting>& postings = postingsByWord.value(word);
        m_postings.insert(m_postings.end(), postings.begin(), postings.end());
    }
    m_postingStart.push_back(static_cast<quint32>(m_postings.size()));

    m_stamp.assign(count, 0);
    m_matchedWords.assign(count, 0);
    m_wordPosition.assign(count, 0);
    m_positionSum.assign(count, 0);
    m_candidates.reserve(count);
}

Icd10SearchHit Icd10Index::hit(quint32 entry, Icd10SearchHit::Kind kind) const
{
    const CodeConcept& c = m_list.at(entry);
    return Icd10SearchHit {entry, c.code, c.display, kind};
}

QList<Icd10SearchHit> Icd10Index::search(QStringView query, qsizetype limit) const
{
    QList<Icd10SearchHit> hits;
    if (limit <= 0 || m_list.isEmpty())
        return hits;
    hits.reserve(limit);
    const QString codeQuery = CodeSystemUrl::icd10Key(query);
    if (looksLikeCode(codeQuery))
        searchCodes(codeQuery, limit, hits);
    if (hits.size() < limit)
        searchText(query, limit, hits);
    return hits;
}

void Icd10Index::searchCodes(const QString& codeQuery, qsizetype limit, QList<Icd10SearchHit>& hits) const
{
    const auto first = std::lower_bound(m_byCode.begin(), m_byCode.end(), codeQuery,
        [&](quint32 entry, const QString& value) { return m_codeKeys[entry] < value; });
    m_candidates.clear();
    for (auto it = first; it != m_byCode.end() && m_codeKeys[*it].startsWith(codeQuery); ++it) {
        if (m_codeKeys[*it].size() == codeQuery.size())
            hits.append(hit(*it, Icd10SearchHit::Kind::ExactCode));
        else
            m_candidates.push_back(*it);
    }
    const auto take = std::min<qsizetype>(limit - hits.size(), static_cast<qsizetype>(m_candidates.size()));
    // Codes are ordered already; a stable sort by length puts parents before their subdivisions.
    std::stable_sort(m_candidates.begin(), m_candidates.end(),
        [&](quint32 a, quint32 b) { return m_list.at(a).code.size() < m_list.at(b).code.size(); });
    for (qsizetype i = 0; i < take; ++i)
        hits.append(hit(m_candidates[static_cast<size_t>(i)], Icd10SearchHit::Kind::CodePrefix));
}

void Icd10Index::searchText(QStringView query, qsizetype limit, QList<Icd10SearchHit>& hits) const
{
    const QStringList words = SearchFolding::words(query);
    if (words.isEmpty() || words.size() > 255)
        return;
    std::vector<WordRange> ranges;
    ranges.reserve(static_cast<size_t>(words.size()));
    for (const QString& word : words) {
        const auto lo = std::lower_bound(m_vocabulary.begin(), m_vocabulary.end(), word);
        const auto hi = std::partition_point(lo, m_vocabulary.end(), [&](const QString& v) { return v.startsWith(word); });
        if (lo == hi)
            return; // a word no label has: nothing can match every word
        ranges.push_back(WordRange {m_postingStart[static_cast<size_t>(lo - m_vocabulary.begin())],
            m_postingStart[static_cast<size_t>(hi - m_vocabulary.begin())]});
    }
    // The rarest word first keeps the candidate set small from the start.
    std::sort(ranges.begin(), ranges.end(), [](const WordRange& a, const WordRange& b) { return a.size() < b.size(); });

    if (++m_generation == 0) { // wrapped: stale stamps could look current
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_generation = 1;
    }
    const quint32 generation = m_generation;
    const auto wordCount = static_cast<quint8>(ranges.size());
    m_candidates.clear();
    for (quint8 w = 0; w < wordCount; ++w) {
        for (quint32 p = ranges[w].first; p < ranges[w].last; ++p) {
            const Posting& posting = m_postings[p];
            const quint32 e = posting.entry;
            if (w == 0 && m_stamp[e] != generation) {
                m_stamp[e] = generation;
                m_matchedWords[e] = 1;
                m_wordPosition[e] = posting.position;
                m_positionSum[e] = posting.position;
                if (wordCount == 1)
                    m_candidates.push_back(e);
            } else if (m_stamp[e] == generation && m_matchedWords[e] == w) {
                m_matchedWords[e] = static_cast<quint8>(w + 1);
                m_wordPosition[e] = posting.position;
                m_positionSum[e] += posting.position;
                if (w + 1 == wordCount)
                    m_candidates.push_back(e);
            } else if (m_stamp[e] == generation && m_matchedWords[e] == w + 1 && posting.position < m_wordPosition[e]) {
                // The same query word matches an earlier label word: score the earliest.
                m_positionSum[e] -= m_wordPosition[e] - posting.position;
                m_wordPosition[e] = posting.position;
            }
        }
    }
    // Codes already listed by the code search are not repeated.
    if (!hits.isEmpty()) {
        m_candidates.erase(std::remove_if(m_candidates.begin(), m_candidates.end(),
                               [&](quint32 e) {
                                   return std::any_of(hits.cbegin(), hits.cend(),
                                       [&](const Icd10SearchHit& h) { return h.index == e; });
                               }),
            m_candidates.end());
    }
    const auto take = std::min<size_t>(static_cast<size_t>(limit - hits.size()), m_candidates.size());
    const auto better = [&](quint32 a, quint32 b) {
        return std::tuple(m_positionSum[a], m_wordCount[a], a) < std::tuple(m_positionSum[b], m_wordCount[b], b);
    };
    std::partial_sort(m_candidates.begin(), m_candidates.begin() + static_cast<std::ptrdiff_t>(take),
        m_candidates.end(), better);
    for (size_t i = 0; i < take; ++i)
        hits.append(hit(m_candidates[i], Icd10SearchHit::Kind::Text));
}

} // namespace Meldeklient::Codes
