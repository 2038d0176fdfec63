#include "core/identity/DufNumber.h"

#include "core/identity/IdentifierInput.h"

namespace Meldeklient::Identity {

IdentifierCheck DufNumber::check(QStringView input)
{
    IdentifierCheck result;
    IdentifierInput::normalize(input, IdentifierInput::NoSeparator, result);
    if (result.problemBits != 0)
        return result;
    if (result.digitCount != Length) {
        result.add(IdentifierProblem::Length);
        return result;
    }
    result.type = IdentifierType::DufNummer;
    result.derivation = Derivation::NoDatePart;
    return result;
}

} // namespace Meldeklient::Identity
