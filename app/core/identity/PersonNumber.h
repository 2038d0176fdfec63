#pragma once

#include "core/identity/IdentifierCheck.h"

#include <QStringView>

#include <array>

namespace Meldeklient::Identity {

// Eleven-digit person numbers: fødselsnummer, D-, H-, FH- and synthetic numbers, checked by Skatteetaten's
// algorithm that is valid both before and after 2032 (domain.md §4.1).
class PersonNumber
{
public:
    static constexpr int Length = 11;

    static IdentifierCheck check(QStringView input);
    // Same, for digits already normalised (exactly 11 ASCII digits expected).
    static void checkDigits(IdentifierCheck& check);

    // (S1 + k1) mod 11 for the first ten digits; valid first check digits give 0..3, and 0 means the legacy rule.
    static int firstCheckRemainder(const std::array<int, Length>& d);
    // (S2 + k2) mod 11 over all eleven digits; 0 means valid.
    static int secondCheckRemainder(const std::array<int, Length>& d);
    // Which of 0..9 are accepted as first check digit after the nine base digits.
    static std::array<bool, 10> acceptedFirstCheckDigits(const std::array<int, 9>& base);
};

} // namespace Meldeklient::Identity
