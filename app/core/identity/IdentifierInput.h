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
};

} // namespace Meldeklient::Identity
