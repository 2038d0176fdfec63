#pragma once

#include "core/codes/CodeList.h"
#include "core/common/Result.h"

#include <QList>

namespace Meldeklient::Codes {

class CodeListCache;
class CodeSystemRegistry;

// The code lists Meldeklient works with, in one place for the app and the command-line tool: the small code systems
// shipped with the forms (embedded from forms/codesystems), then what was imported into the cache (ICD-10 ...),
// read lazily when a list is first asked for, so an unrelated large list costs nothing at start. A cached copy of a
// shipped system is used only when its version is newer. Returns the problems met now (a damaged shipped file);
// a damaged cache file is logged when it is first asked for and treated as absent.
class StandardCodeLists
{
public:
    static QList<Error> loadInto(CodeSystemRegistry& registry, const CodeListCache& cache);
    // The code systems shipped with the forms.
    static const QList<CodeList>& builtIn();
};

} // namespace Meldeklient::Codes
