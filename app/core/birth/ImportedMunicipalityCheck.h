#pragma once

#include "core/birth/MunicipalityCheck.h"
#include "core/codes/MunicipalityList.h"
#include "core/codes/MunicipalityStore.h"

namespace Meldeklient::Birth {

// The birth rules' MunicipalityCheck answered from an imported SSB Klass 131 list (`codes fetch municipalities`,
// `codes import --format klass-json`). A list covers the dates from its earliest validFrom on; before that, or
// without a list, numbers are format-checked only.
class ImportedMunicipalityCheck
{
public:
    static MunicipalityCheck fromList(Codes::MunicipalityList list);
    // The list the store holds; an empty check (format only) when none is imported, or when it cannot be read
    // (then `problem`, if given, says why).
    static MunicipalityCheck fromStore(
        const Codes::MunicipalityStore& store = Codes::MunicipalityStore(), Error* problem = nullptr);
};

} // namespace Meldeklient::Birth
