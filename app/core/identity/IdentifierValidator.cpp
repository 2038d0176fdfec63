#include "core/identity/IdentifierValidator.h"

#include "core/identity/DufNumber.h"
#include "core/identity/HprNumber.h"
#include "core/identity/OrganisationNumber.h"
#include "core/identity/PersonNumber.h"

namespace Meldeklient::Identity {

namespace {
int countDigits(QStringView input)
{
    int count = 0;
    for (QChar c : input)
        count += (c.unicode() >= u'0' && c.unicode() <= u'9') ? 1 : 0;
    return count;
}
} // namespace

IdentifierCheck IdentifierValidator::check(QStringView input, IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Person:
        return PersonNumber::check(input);
    case IdentifierKind::Duf:
        return DufNumber::check(input);
    case IdentifierKind::Organisation:
        return OrganisationNumber::check(input);
    case IdentifierKind::Hpr:
        return HprNumber::check(input);
    case IdentifierKind::Automatic:
        break;
    }
    switch (countDigits(input)) {
    case DufNumber::Length:
        return DufNumber::check(input);
    case OrganisationNumber::Length:
        return OrganisationNumber::check(input);
    default:
        return PersonNumber::check(input);
    }
}

} // namespace Meldeklient::Identity
