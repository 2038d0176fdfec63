#include "core/identity/OrganisationNumber.h"

#include "core/identity/IdentifierInput.h"

namespace Meldeklient::Identity {

int OrganisationNumber::checkDigitFor(const char* eightDigits)
{
    constexpr int weights[8] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += weights[i] * (eightDigits[i] - '0');
    const int k = 11 - (sum % 11);
    if (k == 11)
        return 0;
    return k == 10 ? -1 : k;
}

IdentifierCheck OrganisationNumber::check(QStringView input)
{
    IdentifierCheck result;
    if (!IdentifierInput::normalizeDigits(input, IdentifierInput::NoSeparator, Length, Length, result))
        return result;
    result.type = IdentifierType::Organisasjonsnummer;
    if (checkDigitFor(result.digits.data()) != result.digits[8] - '0')
        result.add(IdentifierProblem::CheckDigit);
    result.derivation = result.problemBits == 0 ? Derivation::NoDatePart : Derivation::NotApplicable;
    return result;
}

} // namespace Meldeklient::Identity
