#include "core/identity/DufNumber.h"

#include "core/identity/IdentifierInput.h"

namespace Meldeklient::Identity {

IdentifierCheck DufNumber::check(QStringView input)
{
    IdentifierCheck result;
    if (!IdentifierInput::normalizeDigits(input, IdentifierInput::NoSeparator, Length, Length, result))
        return result;
    result.type = IdentifierType::DufNummer;
    result.derivation = Derivation::NoDatePart;
    return result;
}

} // namespace Meldeklient::Identity
