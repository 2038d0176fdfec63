#pragma once

#include "core/identity/IdentifierProblem.h"
#include "core/identity/IdentifierType.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace Meldeklient::Identity {

enum class Sex { Unknown, Female, Male };

// Whether birth date and sex could be read from the number itself.
enum class Derivation {
    Derived,        // issued under the pre-2032 rule: legacy century and sex apply
    NewRule,        // first check digit only valid under the 2032 rule: look the person up in Folkeregisteret
    NoDatePart,     // FH, DUF, organisation and HPR numbers carry no birth date
    UnknownCentury, // individual number and year do not map to a century under the legacy table
    NotApplicable,  // the number is invalid
};

QLatin1StringView sexCode(Sex sex);
QLatin1StringView derivationCode(Derivation derivation);
QString derivationMessage(Derivation derivation);

// The outcome of checking one identifier. Plain value, no heap allocation, so millions can be checked per second.
class IdentifierCheck
{
public:
    static constexpr int MaxDigits = 12;

    IdentifierType type = IdentifierType::Unknown;
    std::uint32_t problemBits = 0;
    QDate birthDate; // invalid unless derivable
    Sex sex = Sex::Unknown;
    Derivation derivation = Derivation::NotApplicable;
    std::array<char, MaxDigits> digits {};
    int digitCount = 0;

    bool isValid() const { return problemBits == 0 && type != IdentifierType::Unknown; }
    bool has(IdentifierProblem problem) const { return (problemBits & static_cast<std::uint32_t>(problem)) != 0; }
    void add(IdentifierProblem problem) { problemBits |= static_cast<std::uint32_t>(problem); }

    // The number without spaces or separator, as the registries expect it.
    QString normalized() const;
    // Problems in a stable order.
    QList<IdentifierProblem> problems() const;
};

} // namespace Meldeklient::Identity
