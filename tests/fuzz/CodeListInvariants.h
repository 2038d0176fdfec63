#pragma once

// Invariants every successfully imported code list must hold, shared by the code-list fuzz targets.
#include "core/codes/CodeListCache.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/Icd10Index.h"

#include <QSet>

#include <cstdlib>

namespace Meldeklient::Fuzz {

inline void checkCodeList(const Codes::CodeList& list)
{
    using namespace Meldeklient::Codes;
    if (list.isEmpty() || list.url().isEmpty())
        std::abort();
    if (list.hasIcd10Attributes() && list.concepts().size() != list.size())
        std::abort();
    CodeSystemRegistry registry;
    registry.add(list);
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const CodeConcept& entry = list.at(i);
        if (entry.code.isEmpty() || entry.system.isEmpty() || seen.contains(entry.code))
            std::abort();
        seen.insert(entry.code);
        if (list.indexOf(entry.code) != i)
            std::abort();
        const std::optional<Coding> found = registry.lookup(list.url(), entry.code);
        if (!found || found->code != entry.code || found->display != entry.display)
            std::abort();
    }
    // The cache gives back exactly what was stored.
    const Result<CodeList> reread = CodeListCache::deserialize(CodeListCache::serialize(list));
    if (!reread.isOk() || !(reread.value() == list))
        std::abort();
    // Search finds a code by itself, and never returns more than asked.
    const Icd10Index index(list);
    const QList<Icd10SearchHit> hits = index.search(list.at(0).code, 5);
    if (hits.size() > 5)
        std::abort();
    for (const Icd10SearchHit& hit : hits) {
        if (hit.index < 0 || hit.index >= list.size() || list.at(hit.index).code != hit.code)
            std::abort();
    }
    if (!list.at(0).display.isEmpty())
        (void)index.search(list.at(0).display, 5);
}

} // namespace Meldeklient::Fuzz
