#pragma once

#include "core/identity/IdentifierCheck.h"

#include <QStringView>

namespace Meldeklient::Identity {

// Input tolerance shared by every identifier: white space anywhere is ignored, and one separator ('-', '.' or '/')
// is accepted right after the given number of digits (the date part of a person number). Everything else is a problem.
class IdentifierInput
{
public:
    static constexpr int NoSeparator = -1;

    // Fills check.digits/digitCount and adds Empty, NonDigit, Separator or Length (more than MaxDigits) problems.
    static void normalize(QStringView raw, int separatorAfterDigits, IdentifierCheck& check);
    // normalize() plus a digit-count check (Length problem outside [minDigits, maxDigits]). True when the digits are
    // ready for the identifier's own checks.
    static bool normalizeDigits(QStringView raw, int separatorAfterDigits, int minDigits, int maxDigits,
        IdentifierCheck& check);
};

} // namespace Meldeklient::Identity
