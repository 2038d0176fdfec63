// libFuzzer target for the identifier parser: any UTF-8 input, every kind. Invariants are checked, not just crashes.
#include "core/identity/IdentifierValidator.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Meldeklient::Identity;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256)
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (IdentifierKind kind : {IdentifierKind::Automatic, IdentifierKind::Person, IdentifierKind::Duf,
             IdentifierKind::Organisation, IdentifierKind::Hpr}) {
        const IdentifierCheck check = IdentifierValidator::check(input, kind);
        if (check.isValid() != check.problems().isEmpty() && check.type != IdentifierType::Unknown)
            std::abort();
        if (check.isValid()) {
            // A valid number checks the same once normalised, and its birth date exists only when derived.
            const IdentifierCheck again = IdentifierValidator::check(check.normalized(), kind);
            if (!again.isValid() || again.type != check.type || again.birthDate != check.birthDate)
                std::abort();
            if (check.birthDate.isValid() != (check.derivation == Derivation::Derived))
                std::abort();
        } else if (check.birthDate.isValid() || check.sex != Sex::Unknown) {
            std::abort();
        }
        for (IdentifierProblem problem : check.problems()) {
            if (identifierProblemCode(problem).isEmpty())
                std::abort();
        }
    }
    return 0;
}
