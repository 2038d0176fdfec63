#pragma once

#include "core/codes/CodeList.h"
#include "core/codes/CodeListCache.h"
#include "core/common/Result.h"

#include <QString>

namespace Meldeklient::Codes {

// The one place that decides whether an imported list may replace what the cache holds, and saves it:
// - URL and version must be well formed (codes-url, codes-version);
// - a list shipped with Meldeklient (forms/codesystems) is replaced only by a newer version of the same system
//   (codes-builtin);
// - a list with fewer than half the codes of the list it replaces is refused (codes-too-small): a truncated or
//   filtered download must not wipe out the working list;
// - ICD-10 (7110) is assembled from two sources: the Norwegian list (KoTe) gives the codes and texts, the Iris tables
//   the WHO rules, joined on the WHO parent (Icd10RuleJoin). Each is kept, so importing either again re-joins.
// On refusal nothing is written and the old list stays.
class CodeListInstaller
{
public:
    // Where the Iris tables are kept once a Norwegian list is (their own URL, so the two never overwrite each other).
    static constexpr QStringView irisRulesUrl = u"urn:meldeklient:codes:who-iris-icd10-rules";
    static constexpr qsizetype maxUrlLength = 512;
    static constexpr qsizetype maxVersionLength = 64;

    struct Outcome {
        CodeList installed;       // as saved under its URL (for ICD-10: the joined list)
        QString replacedVersion;  // empty when nothing was replaced
        qsizetype replacedConcepts = 0;
        bool rulesJoined = false; // ICD-10: Iris rules were joined onto the Norwegian codes
    };

    explicit CodeListInstaller(const CodeListCache& cache);

    Result<Outcome> install(const CodeList& incoming) const;
    // Removes an imported list. A shipped list cannot be removed (codes-builtin); an unknown one is codes-not-imported.
    Result<void> remove(const QString& urlOrAlias) const;

    static Result<void> validateUrl(const QString& url);
    static Result<void> validateVersion(const QString& version);
    // Whether `candidate` is a newer version than `current` ("1.0.1" > "1.0.0", "2026" > "2025").
    static bool isNewerVersion(const QString& candidate, const QString& current);

private:
    Result<void> checkBuiltIn(const CodeList& incoming) const;
    Result<void> checkNotShrinking(const CodeList& incoming, const CodeList* current) const;

    CodeListCache m_cache;
};

} // namespace Meldeklient::Codes
