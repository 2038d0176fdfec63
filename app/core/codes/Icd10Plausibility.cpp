#include "core/codes/Icd10Plausibility.h"

#include "core/codes/CodeSystemUrl.h"

#include <QCoreApplication>

namespace Meldeklient::Codes {

namespace {
// Ill-defined conditions (WHO SP7 / domain.md §2.3 rule 7), as category ranges and code prefixes written by us.
struct CategoryRange {
    char letter;
    int first;
    int last;
};
constexpr CategoryRange illDefinedCategories[] = {{'R', 0, 94}, {'R', 96, 99}, {'I', 50, 50}, {'I', 99, 99}};
constexpr QStringView illDefinedPrefixes[] = {u"I469", u"I959", u"J960", u"P285"};

QString ageText(const Icd10AgeLimit& limit)
{
    // Spelled out rather than "%n day(s)", so the text reads right even before a translation is loaded.
    if (limit.unit == Icd10AgeLimit::Unit::Days) {
        return limit.value == 1 ? QCoreApplication::translate("Codes", "1 day")
                                : QCoreApplication::translate("Codes", "%1 days").arg(limit.value);
    }
    return limit.value == 1 ? QCoreApplication::translate("Codes", "1 year")
                            : QCoreApplication::translate("Codes", "%1 years").arg(limit.value);
}

// False when there is no conflict or when what is known cannot decide.
bool belowLower(const Icd10AgeLimit& limit, std::optional<int> years, std::optional<int> days)
{
    switch (limit.unit) {
    case Icd10AgeLimit::Unit::None:
        return false;
    case Icd10AgeLimit::Unit::Years:
        return years && *years < limit.value;
    case Icd10AgeLimit::Unit::Days:
        return days && *days < limit.value;
    }
    return false;
}

bool aboveUpper(const Icd10AgeLimit& limit, std::optional<int> years, std::optional<int> days)
{
    switch (limit.unit) {
    case Icd10AgeLimit::Unit::None:
        return false;
    case Icd10AgeLimit::Unit::Years:
        return years && *years > limit.value;
    case Icd10AgeLimit::Unit::Days:
        // One completed year is more days than any day limit Iris uses (at most 28).
        return (days && *days > limit.value) || (years && *years >= 1 && limit.value < 365);
    }
    return false;
}
} // namespace

Icd10Plausibility::Icd10Plausibility(const CodeList& icd10)
    : m_icd10(icd10)
{
}

bool Icd10Plausibility::isIllDefined(QStringView storedCode)
{
    if (storedCode.size() < 3 || !storedCode.at(1).isDigit() || !storedCode.at(2).isDigit())
        return false;
    const int category = storedCode.at(1).digitValue() * 10 + storedCode.at(2).digitValue();
    for (const CategoryRange& range : illDefinedCategories) {
        if (storedCode.at(0) == QLatin1Char(range.letter) && category >= range.first && category <= range.last)
            return true;
    }
    for (QStringView prefix : illDefinedPrefixes) {
        if (storedCode.startsWith(prefix))
            return true;
    }
    return false;
}

QList<Icd10Finding> Icd10Plausibility::check(QStringView code, const Icd10CheckContext& context) const
{
    QList<Icd10Finding> findings;
    const QString stored = CodeSystemUrl::normalizedCode(CodeSystemUrl::icd10, code);
    const QString shown = CodeSystemUrl::displayIcd10Code(stored);
    auto add = [&](Icd10Rule rule, Icd10Finding::Severity severity, const QString& message) {
        findings.append(Icd10Finding {rule, severity, shown, message});
    };
    using Severity = Icd10Finding::Severity;

    if (!m_icd10.isEmpty()) {
        const qsizetype index = m_icd10.indexOf(stored);
        if (index < 0) {
            add(Icd10Rule::UnknownCode, Severity::Error,
                QCoreApplication::translate("Codes", "%1 is not a code in the ICD-10 list (version %2).")
                    .arg(shown, m_icd10.version()));
            return findings;
        }
        if (m_icd10.hasIcd10Attributes()) {
            const Icd10Attributes& a = m_icd10.icd10Attributes(index);
            if (a.asterisk) {
                add(Icd10Rule::Asterisk, Severity::Error,
                    QCoreApplication::translate("Codes",
                        "%1 is an asterisk code for a manifestation and cannot be a cause of death; "
                        "use the code of the underlying disease.")
                        .arg(shown));
            }
            if (context.deathYear && (*context.deathYear < a.validFrom || *context.deathYear > a.validTo)) {
                add(Icd10Rule::ValidityYears, Severity::Warning,
                    QCoreApplication::translate("Codes", "%1 is not valid for deaths in %2.")
                        .arg(shown)
                        .arg(*context.deathYear));
            }
            const bool restrictionsApply = a.hasRestrictions
                && (!context.deathYear
                    || (*context.deathYear >= a.restrictionsFrom && *context.deathYear <= a.restrictionsTo));
            if (restrictionsApply) {
                const bool sexConflict = (a.sex == Icd10Sex::Female && context.sex == Icd10CheckContext::Sex::Male)
                    || (a.sex == Icd10Sex::Male && context.sex == Icd10CheckContext::Sex::Female);
                if (sexConflict) {
                    add(Icd10Rule::SexConflict,
                        a.sexConsistency == Icd10Consistency::Mandatory ? Severity::Error : Severity::Warning,
                        a.sex == Icd10Sex::Female
                            ? QCoreApplication::translate("Codes", "%1 applies to women only.").arg(shown)
                            : QCoreApplication::translate("Codes", "%1 applies to men only.").arg(shown));
                }
                std::optional<int> days = context.ageDays;
                if (!days && context.ageYears && *context.ageYears >= 1)
                    days = *context.ageYears * 365;
                std::optional<int> years = context.ageYears;
                if (!years && context.ageDays)
                    years = *context.ageDays / 365;
                if (belowLower(a.lowerAge, years, days) || aboveUpper(a.upperAge, years, days)) {
                    const QString lower = a.lowerAge.isSet() ? ageText(a.lowerAge) : ageText(Icd10AgeLimit {});
                    // Iris writes 124 years where it means "no upper limit".
                    const bool upperMatters = a.upperAge.isSet()
                        && !(a.upperAge.unit == Icd10AgeLimit::Unit::Years && a.upperAge.value >= 120);
                    const QString message = upperMatters
                        ? QCoreApplication::translate("Codes", "%1 is expected only at ages from %2 to %3.")
                              .arg(shown, lower, ageText(a.upperAge))
                        : QCoreApplication::translate("Codes", "%1 is expected only at ages from %2.")
                              .arg(shown, lower);
                    add(Icd10Rule::AgeConflict, Severity::Warning, message);
                }
                if (a.rareDisease) {
                    add(Icd10Rule::RareDisease, Severity::Warning,
                        QCoreApplication::translate("Codes", "%1 is a rare disease; confirm the diagnosis.")
                            .arg(shown));
                }
                if (context.lowestUsedLine && a.notUnderlyingCause) {
                    add(Icd10Rule::NotUnderlying, Severity::Warning,
                        QCoreApplication::translate("Codes",
                            "%1 should not be the underlying cause of death; on the line below, state the "
                            "disease or external cause that led to it.")
                            .arg(shown));
                }
            }
        }
    }
    if (context.lowestUsedLine && isIllDefined(CodeSystemUrl::icd10Key(stored))) {
        add(Icd10Rule::IllDefined, Severity::Warning,
            QCoreApplication::translate("Codes",
                "%1 is an ill-defined condition; if known, state the disease or injury that caused it.")
                .arg(shown));
    }
    return findings;
}

} // namespace Meldeklient::Codes
