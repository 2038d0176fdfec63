#pragma once

#include "core/codes/CodeList.h"

namespace Meldeklient::Codes {

// Gives each code of the Norwegian ICD-10 list the WHO plausibility rules of the Iris tables (sex, age, rare disease,
// underlying-cause use), joined on the code's WHO parent: the longest Iris code the national code starts with
// ("I210a" takes I210's rules, "X599a" X599's). The national list stays the source of codes, texts, validity and the
// star flag; a code without an Iris parent keeps no restrictions. Running it again with another Iris version gives
// the same result as running it once with that version.
class Icd10RuleJoin
{
public:
    static CodeList join(const CodeList& national, const CodeList& iris);
    // The index in `iris` of the WHO parent of `code`, or -1.
    static qsizetype whoParent(const CodeList& iris, QStringView code);
};

} // namespace Meldeklient::Codes
