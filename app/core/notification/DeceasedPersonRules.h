#pragma once

#include "core/notification/DeceasedPerson.h"
#include "core/notification/ValidationIssues.h"

#include <QDateTime>
#include <QList>

namespace Meldeklient::Notification {

// Rules for Del 1 (the deceased and the fact of death), domain.md §2.1, §2.5 and §4.
// Rule ids: deceased-id-missing, deceased-id-invalid, deceased-id-type-refused (H- and FH-nummer),
// deceased-id-synthetic (test numbers outside test environments), deceased-id-system-mismatch,
// puf-id-type-unknown, puf-id-missing, puf-name-missing, puf-birthdate-missing, puf-sex-missing,
// puf-country-missing, puf-country-invalid, death-date-missing, death-in-future, death-before-birth,
// deceased-sex-conflict, deceased-birthdate-conflict.
class DeceasedPersonRules
{
public:
    struct Options {
        bool allowSyntheticNumbers = false; // true in sandbox and test environments only
    };

    // Folkeregisteret's `Navn` (1–200 characters), for the typed fields of a person without a Norwegian number.
    static constexpr qsizetype MaxTextLength = 200;

    static QList<ValidationIssue> check(const DeceasedPerson& person, const QDateTime& now, const Options& options);

    // Birth date and sex to use for plausibility checks: the Patient's own, else what the identifier gives.
    static std::optional<QDate> effectiveBirthDate(const DeceasedPerson& person);
    static Identity::Sex effectiveSex(const DeceasedPerson& person);

    // Volven 8116 identifier types accepted for PUF.
    static const QStringList& pufIdentifierTypes();
};

} // namespace Meldeklient::Notification
