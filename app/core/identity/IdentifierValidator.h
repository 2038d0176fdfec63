#pragma once

#include "core/identity/IdentifierCheck.h"

#include <QStringView>

namespace Meldeklient::Identity {

// What the caller expects. Automatic detection goes by digit count: 11 = person number, 12 = DUF, 9 = organisation
// number. HPR numbers cannot be told apart from organisation numbers by form, so they must be asked for.
enum class IdentifierKind { Automatic, Person, Duf, Organisation, Hpr };

class IdentifierValidator
{
public:
    static IdentifierCheck check(QStringView input, IdentifierKind kind = IdentifierKind::Automatic);
};

} // namespace Meldeklient::Identity
