#pragma once

#include "core/birth/MunicipalityCheck.h"
#include "core/questionnaire/ValidationIssue.h"

#include <QDateTime>
#include <QList>

namespace Meldeklient::Birth {

class BirthAnswers;
class CountryCodes;

// The birth notification's rules beyond the form's own (birth.md §2, §5, §7). Each issue names the item (linkId)
// and, for a child, the repeat (`repeat`, 0-based birth order). Rule ids (E = error, W = warning):
//   birth-too-many-children (E), birth-date-future (E), birth-date-late (W, more than 7 days ago),
//   birth-sex-missing (E: kvinne or mann must be recorded), birth-stillborn-before-28-weeks (W),
//   birth-stillborn-gestation-missing (W), birth-id-invalid (E), birth-id-type-refused (E: H- and FH-nummer),
//   birth-id-synthetic (E outside test environments), birth-parents-same-id (E), birth-parent-incomplete (E),
//   birth-person-name-missing (E), birth-citizenship-conflict (E), birth-name-character (E),
//   birth-address-character (E), birth-address-incomplete (E), birth-address-format (E), birth-country-unknown (E),
//   birth-country-list-missing (W), birth-place-abroad-incomplete (E), birth-municipality-format (E),
//   birth-municipality-not-valid (E), birth-weight-implausible (E), birth-weight-unusual (W), birth-length-unusual (W),
//   birth-head-circumference-unusual (W), birth-gestational-age-unusual (W), birth-gestational-days-range (E),
//   birth-apgar-range (E).
class BirthRules
{
public:
    struct Options
    {
        bool allowSyntheticNumbers = false; // sandbox and test environments only
        const CountryCodes* countries = nullptr; // null: codes are format-checked and a warning says so
        MunicipalityCheck municipalities; // empty: format check only
    };

    static constexpr int MaxChildren = 7; // rekkefoelgenummerVedFlerfoedsel stops at 77

    static QList<Questionnaire::ValidationIssue> check(
        const BirthAnswers& answers, const QDateTime& now, const Options& options);
};

} // namespace Meldeklient::Birth
