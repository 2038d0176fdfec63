#pragma once

#include "core/common/Result.h"

#include <QList>

namespace Meldeklient::Codes {

class CodeListCache;
class CodeSystemRegistry;

// The code lists Meldeklient works with, in one place for the app and the command-line tool: the small code systems
// shipped with the forms (embedded from forms/codesystems), then everything imported earlier into the cache
// (ICD-10, municipalities). Returns the problems met (a damaged cache file): they are reported, never fatal.
class StandardCodeLists
{
public:
    static QList<Error> loadInto(CodeSystemRegistry& registry, const CodeListCache& cache);
};

} // namespace Meldeklient::Codes
