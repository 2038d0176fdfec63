#pragma once

#include "core/identity/IdentifierCheck.h"

#include <QStringView>

namespace Meldeklient::Identity {

// HPR-nummer (Helsepersonellregisteret). No public check digit is known (domain.md §4.3), so only digits and a
// plausible length are checked. In normal use the number comes from the HelseID claim, never typed.
class HprNumber
{
public:
    static constexpr int MinLength = 6;
    static constexpr int MaxLength = 9;
    static IdentifierCheck check(QStringView input);
};

} // namespace Meldeklient::Identity
