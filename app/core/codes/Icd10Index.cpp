#include "core/codes/Icd10Index.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/codes/SearchFolding.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <numeric>
#include <tuple>

namespace Meldeklient::Codes {

namespace {
using Stage = Icd10SearchHit::Stage;

constexpr quint8 stageNumber(Stage stage)
{
    return static_cast<quint8>(stage);
}

// A letter followed by a digit, then letters or digits: "I2", "C349", "I210A". Dots and spaces are already removed.
bool looksLikeCode(const QString& text)
{
    if (text.size() < 2 || text.size() > 7 || !text.at(0).isLetter() || !text.at(1).isDigit())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 0x80; });
}

// Infix, stem and compound matching need this much of a word to mean anything.
constexpr qsizetype minInfixLength = 3;
constexpr qsizetype minStemLength = 4;
constexpr qsizetype minCompoundLength = 6;
constexpr qsizetype maxCompoundLength = 40;
constexpr qsizetype minCompoundPart = 4;
constexpr int maxQueryWords = 32;

bool bumpGeneration(quint32& generation, std::vector<quint32>& stamps)
{
    if (++generation == 0) { // wrapped: stale stamps could look current
        std::fill(stamps.begin(), stamps.end(), 0);
        generation = 1;
        return true;
    }
    return false;
}
} // namespace

Icd10Index::Icd10Index(const CodeList& list)
    : Icd10Index(list, SearchTables::standard())
{
}

Icd10Index::Icd10Index(const CodeList& list, const SearchTables& tables)
    : m_list(list)
{
    const auto count = static_cast<quint32>(list.size());
    m_byCode.resize(count);
    m_codeKeys.resize(count);
    m_weight.resize(count);
    m_specific.resize(count);
    for (quint32 i = 0; i < count; ++i) {
        m_byCode[i] = i;
        m_codeKeys[i] = CodeSystemUrl::icd10Key(list.at(i).code); // "I210a" is found as "i210a" and "I21.0A"
        const QString& key = m_codeKeys[i];
        m_weight[i] = static_cast<quint16>(std::clamp(tables.weight(key), 0, 0xffff));
        const bool unspecific = list.hasNationalAttributes() && list.nationalAttributes(i).unspecific;
        // Unspecified and general codes (a category, x.9) before subtypes: what a certificate usually says.
        m_specific[i] = (unspecific || key.size() <= 3 || (key.size() == 4 && key.at(3) == u'9')) ? 0 : 1;
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

    // Every suffix that an infix query could start: "lungekreft" gives "ungekreft", ..., "eft".
    for (quint32 w = 0; w < m_vocabulary.size(); ++w) {
        const qsizetype length = std::min<qsizetype>(m_vocabulary[w].size(), 0xffff);
        for (qsizetype offset = 1; offset + minInfixLength <= length; ++offset)
            m_suffixes.emplace_back(w, static_cast<quint16>(offset));
    }
    std::sort(m_suffixes.begin(), m_suffixes.end(), [&](const auto& a, const auto& b) {
        return QStringView(m_vocabulary[a.first]).mid(a.second) < QStringView(m_vocabulary[b.first]).mid(b.second);
    });
    if (m_stemmer.isAvailable()) {
        m_stems.reserve(m_vocabulary.size());
        for (quint32 w = 0; w < m_vocabulary.size(); ++w) {
            if (m_vocabulary[w].size() >= minStemLength)
                m_stems.emplace_back(m_stemmer.stem(m_vocabulary[w]), w);
        }
        std::sort(m_stems.begin(), m_stems.end());
    }

    // Lay terms: a code that is not in the list stands for its first subdivisions (the table says "X42").
    for (const SearchTables::Synonym& synonym : tables.synonyms()) {
        SynonymEntry entry {synonym.term, {}};
        for (const QString& code : synonym.codes) {
            auto it = std::lower_bound(m_byCode.begin(), m_byCode.end(), code,
                [&](quint32 e, const QString& value) { return m_codeKeys[e] < value; });
            for (int taken = 0; it != m_byCode.end() && m_codeKeys[*it].startsWith(code) && taken < 3; ++it, ++taken) {
                if (std::find(entry.entries.begin(), entry.entries.end(), *it) == entry.entries.end())
                    entry.entries.push_back(*it);
                if (m_codeKeys[*it] == code)
                    break;
            }
        }
        if (!entry.entries.empty())
            m_synonyms.push_back(std::move(entry));
    }

    m_stamp.assign(count, 0);
    m_matchedWords.assign(count, 0);
    m_wordPosition.assign(count, 0);
    m_positionSum.assign(count, 0);
    m_stageBefore.assign(count, 0);
    m_wordStage.assign(count, 0);
    m_resultSlot.assign(count, 0);
    m_resultStamp.assign(count, 0);
    m_wordStamp.assign(m_vocabulary.size(), 0);

    for (const QString& word : m_vocabulary) {
        const QChar first = word.at(0);
        if (!m_singleLetter.contains(first))
            m_singleLetter.insert(first, rankText(QStringList {QString(first)}, singleLetterDepth, {}));
    }
}

Icd10SearchHit Icd10Index::hit(quint32 entry, Icd10SearchHit::Kind kind, Icd10SearchHit::Stage stage) const
{
    const CodeConcept& c = m_list.at(entry);
    Icd10SearchHit result;
    result.index = entry;
    result.code = c.code;
    result.display = c.display;
    result.kind = kind;
    result.stage = stage;
    if (m_list.hasNationalAttributes())
        result.shortDisplay = m_list.nationalAttributes(entry).shortDisplay;
    return result;
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
    std::vector<quint32> longer;
    for (auto it = first; it != m_byCode.end() && m_codeKeys[*it].startsWith(codeQuery); ++it) {
        if (m_codeKeys[*it].size() == codeQuery.size())
            hits.append(hit(*it, Icd10SearchHit::Kind::ExactCode, Stage::ExactCode));
        else
            longer.push_back(*it);
    }
    const auto take = std::min<qsizetype>(limit - hits.size(), static_cast<qsizetype>(longer.size()));
    // Codes are ordered already; a stable sort by length puts parents before their subdivisions.
    std::stable_sort(longer.begin(), longer.end(),
        [&](quint32 a, quint32 b) { return m_codeKeys[a].size() < m_codeKeys[b].size(); });
    for (qsizetype i = 0; i < take; ++i)
        hits.append(hit(longer[static_cast<size_t>(i)], Icd10SearchHit::Kind::CodePrefix, Stage::CodePrefix));
}

void Icd10Index::addPostingsOf(quint32 vocabularyIndex, quint8 stage, std::vector<Alternative>& out) const
{
    if (m_wordStamp[vocabularyIndex] == m_wordGeneration)
        return; // already listed for this query word, at a better stage
    m_wordStamp[vocabularyIndex] = m_wordGeneration;
    out.push_back(Alternative {m_postingStart[vocabularyIndex], m_postingStart[vocabularyIndex + 1], stage});
}

std::vector<Icd10Index::Alternative> Icd10Index::alternatives(const QString& word, bool asCompoundPart) const
{
    std::vector<Alternative> out;
    bumpGeneration(m_wordGeneration, m_wordStamp);
    const quint8 compound = stageNumber(Stage::Compound);
    // Word prefix: one contiguous range of the sorted vocabulary, so one slice of postings.
    const auto lo = std::lower_bound(m_vocabulary.begin(), m_vocabulary.end(), word);
    const auto hi = std::partition_point(lo, m_vocabulary.end(), [&](const QString& v) { return v.startsWith(word); });
    if (lo != hi) {
        out.push_back(Alternative {m_postingStart[static_cast<size_t>(lo - m_vocabulary.begin())],
            m_postingStart[static_cast<size_t>(hi - m_vocabulary.begin())],
            asCompoundPart ? compound : stageNumber(Stage::WordPrefix)});
    }
    if (word.size() >= minInfixLength && (asCompoundPart || enabled(Stage::Infix))) {
        const auto less = [&](const std::pair<quint32, quint16>& s, const QString& value) {
            return QStringView(m_vocabulary[s.first]).mid(s.second) < value;
        };
        for (auto it = std::lower_bound(m_suffixes.begin(), m_suffixes.end(), word, less);
             it != m_suffixes.end() && QStringView(m_vocabulary[it->first]).mid(it->second).startsWith(word); ++it)
            addPostingsOf(it->first, asCompoundPart ? compound : stageNumber(Stage::Infix), out);
    }
    if (!asCompoundPart && word.size() >= minStemLength && enabled(Stage::Stem) && !m_stems.empty()) {
        const QString stem = m_stemmer.stem(word);
        for (auto it = std::lower_bound(m_stems.begin(), m_stems.end(), std::pair<QString, quint32>(stem, 0));
             it != m_stems.end() && it->first.startsWith(stem); ++it) {
            if (!m_vocabulary[it->second].startsWith(word)) // those are word-prefix hits already
                addPostingsOf(it->second, stageNumber(Stage::Stem), out);
        }
    }
    return out;
}

QStringList Icd10Index::compoundParts(const QString& word) const
{
    if (word.size() < minCompoundLength || word.size() > maxCompoundLength)
        return {};
    // A part is the start of some label word (so "hjerte" counts when the labels have "hjertesvikt"); the last part
    // may be unfinished while typing. Longest parts first; the linking letters -e- and -s- may join two parts.
    const auto isKnownStart = [&](QStringView part) {
        const auto it = std::lower_bound(m_vocabulary.begin(), m_vocabulary.end(), part,
            [](const QString& v, QStringView p) { return QStringView(v) < p; });
        return it != m_vocabulary.end() && it->startsWith(part);
    };
    QStringList parts;
    const std::function<bool(qsizetype, int)> split = [&](qsizetype pos, int depth) -> bool {
        const qsizetype rest = word.size() - pos;
        if (!parts.isEmpty() && rest >= minInfixLength && isKnownStart(QStringView(word).mid(pos))) {
            parts.append(word.mid(pos));
            return true;
        }
        if (depth >= 3)
            return false;
        for (qsizetype end = word.size() - minInfixLength; end >= pos + minCompoundPart; --end) {
            if (!isKnownStart(QStringView(word).mid(pos, end - pos)))
                continue;
            parts.append(word.mid(pos, end - pos));
            if (split(end, depth + 1))
                return true;
            const QChar link = word.at(end);
            if ((link == u'e' || link == u's') && end + 1 + minInfixLength <= word.size() && split(end + 1, depth + 1))
                return true;
            parts.removeLast();
        }
        return false;
    };
    return split(0, 0) && parts.size() >= 2 ? parts : QStringList();
}

void Icd10Index::match(const std::vector<std::vector<Alternative>>& words, std::vector<Candidate>& out) const
{
    const size_t wordCount = words.size();
    std::vector<quint64> totals(wordCount, 0);
    for (size_t w = 0; w < wordCount; ++w) {
        for (const Alternative& a : words[w])
            totals[w] += a.last - a.first;
    }
    // The rarest word first keeps the candidate set small from the start.
    std::vector<size_t> order(wordCount);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return totals[a] < totals[b]; });

    bumpGeneration(m_generation, m_stamp);
    const quint32 generation = m_generation;
    std::vector<quint32> seen;
    for (size_t wi = 0; wi < wordCount; ++wi) {
        const auto matched = static_cast<quint8>(wi);
        for (const Alternative& alternative : words[order[wi]]) {
            for (quint32 p = alternative.first; p < alternative.last; ++p) {
                const Posting& posting = m_postings[p];
                const quint32 e = posting.entry;
                if (wi == 0 && m_stamp[e] != generation) {
                    m_stamp[e] = generation;
                    m_matchedWords[e] = 1;
                    m_wordPosition[e] = posting.position;
                    m_positionSum[e] = posting.position;
                    m_stageBefore[e] = 0;
                    m_wordStage[e] = alternative.stage;
                    seen.push_back(e);
                } else if (m_stamp[e] != generation) {
                    continue;
                } else if (m_matchedWords[e] == matched) {
                    m_matchedWords[e] = static_cast<quint8>(matched + 1);
                    m_stageBefore[e] = std::max(m_stageBefore[e], m_wordStage[e]);
                    m_wordStage[e] = alternative.stage;
                    m_wordPosition[e] = posting.position;
                    m_positionSum[e] += posting.position;
                } else if (m_matchedWords[e] == matched + 1 && alternative.stage == m_wordStage[e]
                    && posting.position < m_wordPosition[e]) {
                    // The same query word matches an earlier label word at the same stage: score the earliest.
                    m_positionSum[e] -= m_wordPosition[e] - posting.position;
                    m_wordPosition[e] = posting.position;
                }
            }
        }
    }
    for (quint32 e : seen) {
        if (m_matchedWords[e] == wordCount)
            out.push_back(Candidate {e, std::max(m_stageBefore[e], m_wordStage[e]), m_positionSum[e]});
    }
}

void Icd10Index::searchText(QStringView query, qsizetype limit, QList<Icd10SearchHit>& hits) const
{
    const QStringList words = SearchFolding::words(query);
    if (words.isEmpty() || words.size() > maxQueryWords)
        return;
    const auto wanted = static_cast<size_t>(limit - hits.size());
    // The first keystroke matches most of the list: its ranking is computed once, when the index is built.
    const bool firstKeystroke = words.size() == 1 && words.first().size() == 1 && wanted <= singleLetterDepth;
    const std::vector<Candidate> ranked = firstKeystroke ? m_singleLetter.value(words.first().at(0))
                                                         : rankText(words, wanted, hits);
    size_t taken = 0;
    for (const Candidate& c : ranked) {
        if (taken == wanted)
            break;
        if (firstKeystroke
            && std::any_of(hits.cbegin(), hits.cend(), [&](const Icd10SearchHit& h) { return h.index == c.entry; }))
            continue;
        hits.append(hit(c.entry, Icd10SearchHit::Kind::Text, static_cast<Stage>(c.stage)));
        ++taken;
    }
}

std::vector<Icd10Index::Candidate> Icd10Index::rankText(
    const QStringList& words, size_t wanted, const QList<Icd10SearchHit>& exclude) const
{
    std::vector<Candidate> found;
    std::vector<std::vector<Alternative>> perWord;
    perWord.reserve(static_cast<size_t>(words.size()));
    bool everyWordKnown = true;
    for (const QString& word : words) {
        perWord.push_back(alternatives(word, false));
        everyWordKnown = everyWordKnown && !perWord.back().empty();
    }
    if (everyWordKnown)
        match(perWord, found);

    if (enabled(Stage::Synonym)) {
        const QString term = words.join(u' ');
        if (term.size() >= minInfixLength) {
            auto it = std::lower_bound(m_synonyms.begin(), m_synonyms.end(), term,
                [](const SynonymEntry& s, const QString& value) { return s.term < value; });
            for (; it != m_synonyms.end() && it->term.startsWith(term); ++it) {
                quint32 order = 0;
                for (quint32 e : it->entries) // the table's order: its first code is what is usually meant
                    found.push_back(Candidate {e, stageNumber(Stage::Synonym), order++});
            }
        }
    }
    if (enabled(Stage::Compound)) {
        for (qsizetype w = 0; w < words.size(); ++w) {
            const QStringList parts = compoundParts(words.at(w));
            if (parts.isEmpty())
                continue;
            std::vector<std::vector<Alternative>> split;
            bool known = true;
            for (qsizetype other = 0; other < words.size(); ++other) {
                if (other == w) {
                    for (const QString& part : parts) {
                        split.push_back(alternatives(part, true));
                        known = known && !split.back().empty();
                    }
                } else {
                    split.push_back(perWord[static_cast<size_t>(other)]);
                    known = known && !split.back().empty();
                }
            }
            if (known && split.size() <= static_cast<size_t>(maxQueryWords))
                match(split, found);
        }
    }

    // One candidate per code, at its best stage.
    bumpGeneration(m_resultGeneration, m_resultStamp);
    std::vector<Candidate> merged;
    merged.reserve(found.size());
    for (const Candidate& c : found) {
        if (m_resultStamp[c.entry] != m_resultGeneration) {
            m_resultStamp[c.entry] = m_resultGeneration;
            m_resultSlot[c.entry] = static_cast<quint32>(merged.size());
            merged.push_back(c);
            continue;
        }
        Candidate& kept = merged[m_resultSlot[c.entry]];
        if (std::tie(c.stage, c.positionSum) < std::tie(kept.stage, kept.positionSum))
            kept = c;
    }
    // Codes already listed by the code search are not repeated.
    if (!exclude.isEmpty()) {
        merged.erase(std::remove_if(merged.begin(), merged.end(),
                         [&](const Candidate& c) {
                             return std::any_of(exclude.cbegin(), exclude.cend(),
                                 [&](const Icd10SearchHit& h) { return h.index == c.entry; });
                         }),
            merged.end());
    }
    const auto take = std::min<size_t>(wanted, merged.size());
    // Within a stage: the synonym table's own order; labels that start with the query; codes that are frequent
    // underlying causes; unspecified before subtypes; earlier matching words; shorter labels.
    const auto rankKey = [&](const Candidate& c) {
        const bool synonym = c.stage == stageNumber(Stage::Synonym);
        return std::tuple(c.stage, synonym ? c.positionSum : 0u, c.positionSum == 0 ? 0 : 1,
            -static_cast<int>(m_weight[c.entry]), m_specific[c.entry], c.positionSum, m_wordCount[c.entry], c.entry);
    };
    const auto better = [&](const Candidate& a, const Candidate& b) { return rankKey(a) < rankKey(b); };
    std::partial_sort(merged.begin(), merged.begin() + static_cast<std::ptrdiff_t>(take), merged.end(), better);
    merged.resize(take);
    return merged;
}

} // namespace Meldeklient::Codes
