#pragma once

#include "core/identity/IdentifierCheck.h"

#include <QStringView>

namespace Meldeklient::Identity {

// DUF-nummer from UDI: twelve digits. No public check-digit algorithm exists (domain.md §4.2), so only the form
// is checked; the type is recognised so that PUF notifications can carry it.
class DufNumber
{
public:
    static constexpr int Length = 12;
    static IdentifierCheck check(QStringView input);
};

} // namespace Meldeklient::Identity
