#include "core/codes/Icd10Finding.h"

namespace Meldeklient::Codes {

QLatin1StringView icd10RuleId(Icd10Rule rule)
{
    switch (rule) {
    case Icd10Rule::UnknownCode:
        return QLatin1StringView("icd-unknown-code");
    case Icd10Rule::Asterisk:
        return QLatin1StringView("icd-asterisk");
    case Icd10Rule::ValidityYears:
        return QLatin1StringView("icd-validity-years");
    case Icd10Rule::SexConflict:
        return QLatin1StringView("icd-sex-conflict");
    case Icd10Rule::AgeConflict:
        return QLatin1StringView("icd-age-conflict");
    case Icd10Rule::RareDisease:
        return QLatin1StringView("icd-rare-disease");
    case Icd10Rule::NotUnderlying:
        return QLatin1StringView("icd-not-underlying");
    case Icd10Rule::IllDefined:
        return QLatin1StringView("icd-ill-defined");
    }
    return QLatin1StringView("icd-unknown-rule");
}

} // namespace Meldeklient::Codes
