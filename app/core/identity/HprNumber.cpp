#include "core/identity/HprNumber.h"

#include "core/identity/IdentifierInput.h"

namespace Meldeklient::Identity {

IdentifierCheck HprNumber::check(QStringView input)
{
    IdentifierCheck result;
    if (!IdentifierInput::normalizeDigits(input, IdentifierInput::NoSeparator, MinLength, MaxLength, result))
        return result;
    result.type = IdentifierType::HprNummer;
    bool allZero = true;
    for (int i = 0; i < result.digitCount; ++i)
        allZero = allZero && result.digits[static_cast<std::size_t>(i)] == '0';
    if (allZero)
        result.add(IdentifierProblem::AllZero);
    result.derivation = result.problemBits == 0 ? Derivation::NoDatePart : Derivation::NotApplicable;
    return result;
}

} // namespace Meldeklient::Identity
