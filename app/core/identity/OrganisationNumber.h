#pragma once

#include "core/identity/IdentifierCheck.h"

#include <QStringView>

namespace Meldeklient::Identity {

// Organisasjonsnummer from Enhetsregisteret: nine digits, the last a mod-11 check digit with weights 3 2 7 6 5 4 3 2.
class OrganisationNumber
{
public:
    static constexpr int Length = 9;
    static IdentifierCheck check(QStringView input);
    // The check digit for eight base digits, or -1 when none exists (remainder 1 gives 10).
    static int checkDigitFor(const char* eightDigits);
};

} // namespace Meldeklient::Identity
