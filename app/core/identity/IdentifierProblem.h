#pragma once

#include <QLatin1StringView>
#include <QString>

#include <cstdint>

namespace Meldeklient::Identity {

// Why an identifier was rejected. Values are bits so a check result can carry several without allocating.
enum class IdentifierProblem : std::uint32_t {
    Empty = 1u << 0,
    Length = 1u << 1,
    NonDigit = 1u << 2,
    Separator = 1u << 3,
    Date = 1u << 4,
    FirstCheckDigit = 1u << 5,
    SecondCheckDigit = 1u << 6,
    CheckDigit = 1u << 7, // single check digit (organisation number)
    AllZero = 1u << 8,
};

inline constexpr IdentifierProblem allIdentifierProblems[] = {
    IdentifierProblem::Empty,
    IdentifierProblem::Length,
    IdentifierProblem::NonDigit,
    IdentifierProblem::Separator,
    IdentifierProblem::Date,
    IdentifierProblem::FirstCheckDigit,
    IdentifierProblem::SecondCheckDigit,
    IdentifierProblem::CheckDigit,
    IdentifierProblem::AllZero,
};

// Stable machine code ("length", "non-digit", "date", "check-digit-1", ...).
QLatin1StringView identifierProblemCode(IdentifierProblem problem);
// Translated sentence for the user.
QString identifierProblemMessage(IdentifierProblem problem);

} // namespace Meldeklient::Identity
