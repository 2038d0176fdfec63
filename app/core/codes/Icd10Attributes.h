#pragma once

#include <QtGlobal>

namespace Meldeklient::Codes {

// Which sex an ICD-10 code is restricted to (Iris column Sex: F, M, 9 = either).
enum class Icd10Sex : quint8 { Any, Female, Male };

// How firmly a sex or age restriction holds (Iris columns SexConsistency/AgeConsistency). "M" rows are hard
// restrictions (the code cannot apply outside them); "C" rows are coding conventions the coder should check
// (e.g. J40 under 15 years, late congenital syphilis under 2 years). README.md explains the inference.
enum class Icd10Consistency : quint8 { None, Mandatory, Check };

// One end of an age range, as Iris writes it: "d028" = 28 days, "y012" = 12 years, "9999" = no limit.
struct Icd10AgeLimit {
    enum class Unit : quint8 { None, Days, Years };
    Unit unit = Unit::None;
    quint16 value = 0;

    bool isSet() const { return unit != Unit::None; }
    bool operator==(const Icd10AgeLimit& other) const = default;
};

// What the ICD-10 tables say about one code. The defaults describe a code with no restriction.
struct Icd10Attributes {
    static constexpr quint16 openEnd = 9999; // Iris writes 9999 for "still valid"

    bool asterisk = false;           // manifestation (*) code: never a cause of death on its own
    quint16 validFrom = 0;           // first year the code may be used (ValidIcdCodes YearStart)
    quint16 validTo = openEnd;       // last year (YearEnd)

    // From NonConsistentIcdCodes; they apply to deaths in [restrictionsFrom, restrictionsTo].
    bool hasRestrictions = false;
    quint16 restrictionsFrom = 0;
    quint16 restrictionsTo = openEnd;
    Icd10Sex sex = Icd10Sex::Any;
    Icd10Consistency sexConsistency = Icd10Consistency::None;
    Icd10AgeLimit lowerAge;
    Icd10AgeLimit upperAge;
    Icd10Consistency ageConsistency = Icd10Consistency::None;
    bool rareDisease = false;        // rare in the country: the certifier should confirm it
    bool notUnderlyingCause = false; // UnderlyingCauseUse = N: not acceptable as the underlying cause

    bool operator==(const Icd10Attributes& other) const = default;
};

} // namespace Meldeklient::Codes
