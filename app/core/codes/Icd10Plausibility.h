#pragma once

#include "core/codes/CodeList.h"
#include "core/codes/Icd10Finding.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace Meldeklient::Codes {

// What the checks may know about the deceased and where the code was written.
struct Icd10CheckContext {
    enum class Sex : quint8 { Unknown, Female, Male };

    Sex sex = Sex::Unknown;
    std::optional<int> ageYears; // completed years at death
    std::optional<int> ageDays;  // completed days at death, for infants; derived from ageYears when absent
    std::optional<int> deathYear;
    bool lowestUsedLine = false; // the code is on the lowest used line of Part I (the underlying cause)
};

// Plausibility of one ICD-10 code on a death certificate (domain.md §2.3 rule 7), from the imported Iris tables
// plus self-written ill-defined ranges. Without a table (empty list) only the ill-defined rule can fire.
class Icd10Plausibility
{
public:
    Icd10Plausibility() = default;
    explicit Icd10Plausibility(const CodeList& icd10);

    QList<Icd10Finding> check(QStringView code, const Icd10CheckContext& context) const;

    // R00–R94, R96–R99, I46.9, I95.9, I99, J96.0, P28.5 and I50 (with subdivisions), stored spelling ("I469").
    static bool isIllDefined(QStringView storedCode);

private:
    CodeList m_icd10;
};

} // namespace Meldeklient::Codes
