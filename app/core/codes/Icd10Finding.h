#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace Meldeklient::Codes {

enum class Icd10Rule : quint8 {
    UnknownCode,   // icd-unknown-code: not in the imported ICD-10 list (error)
    Asterisk,      // icd-asterisk: manifestation code, never a cause of death (error)
    ValidityYears, // icd-validity-years: code not valid in the year of death (warning)
    SexConflict,   // icd-sex-conflict: code restricted to the other sex (error when the table says mandatory)
    AgeConflict,   // icd-age-conflict: age at death outside the code's age range (warning)
    RareDisease,   // icd-rare-disease: rare disease the certifier should confirm (warning)
    NotUnderlying, // icd-not-underlying: not acceptable as underlying cause, on the lowest line (warning)
    IllDefined,    // icd-ill-defined: ill-defined condition as underlying cause, on the lowest line (warning)
};

inline constexpr Icd10Rule allIcd10Rules[] = {Icd10Rule::UnknownCode, Icd10Rule::Asterisk, Icd10Rule::ValidityYears,
    Icd10Rule::SexConflict, Icd10Rule::AgeConflict, Icd10Rule::RareDisease, Icd10Rule::NotUnderlying,
    Icd10Rule::IllDefined};

// Stable id, e.g. "icd-asterisk".
QLatin1StringView icd10RuleId(Icd10Rule rule);

// One problem with one ICD-10 code. The message names the code, never the deceased.
struct Icd10Finding {
    enum class Severity : quint8 { Error, Warning };

    Icd10Rule rule = Icd10Rule::UnknownCode;
    Severity severity = Severity::Warning;
    QString code;    // as the user reads it, "I21.9"
    QString message; // translated

    QLatin1StringView ruleId() const { return icd10RuleId(rule); }
};

} // namespace Meldeklient::Codes
