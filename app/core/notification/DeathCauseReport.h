#pragma once

#include "core/identity/IdentifierCheck.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace Meldeklient::Notification {

// Volven 99004: time between onset and death. Ordered by duration through intervalRank().
enum class CauseInterval { None = -1, Congenital = 0, UpToSevenDays = 1, OneWeekToOneMonth = 2,
    OneMonthToOneYear = 3, MoreThanOneYear = 4, Unknown = 5 };

// Volven 1102 (+ 9 "vet ikke"): yes / no / don't know, or not answered.
enum class YesNo { Unanswered, Yes, No, DontKnow };

// One line of Part I (A = immediate cause ... D = underlying) as the physician entered it.
struct CauseLine {
    QChar letter;
    QString code; // ICD-10 without dot, upper case; empty when free text is used
    QString text; // free text; empty when a code is used
    CauseInterval interval = CauseInterval::None;

    bool isUsed() const { return !code.isEmpty() || !text.trimmed().isEmpty(); }
};

// The content of Del 2 (dødsårsak) and the facts from Del 1 / the Patient that the rules need, as plain values,
// so that the rules do not depend on how the form was rendered or stored.
struct DeathCauseReport {
    // From Del 1 / Patient.
    std::optional<QDate> deathDate;
    std::optional<QDate> birthDate;
    Identity::Sex sex = Identity::Sex::Unknown;

    // Del 2 (NHN dodsaarsak_1).
    std::optional<QTime> timeOfDeath;
    std::array<CauseLine, 4> lines {CauseLine {u'A', {}, {}, CauseInterval::None},
        CauseLine {u'B', {}, {}, CauseInterval::None}, CauseLine {u'C', {}, {}, CauseInterval::None},
        CauseLine {u'D', {}, {}, CauseInterval::None}};
    QStringList secondaryCodes;
    YesNo injury = YesNo::Unanswered;
    std::optional<QDate> injuryDate;
    YesNo operation = YesNo::Unanswered;
    std::optional<QDate> operationDate;
    QString manner; // Volven 99000: 1 natural, 2 accident, 3 suicide, 4 homicide, 9 unknown
    YesNo reportUnnatural = YesNo::Unanswered;

    // Index of the lowest used line of Part I (the underlying cause), or -1.
    int lowestUsedLine() const;
    // Age in whole years at death, when both dates are known.
    std::optional<int> ageAtDeathYears() const;
    std::optional<int> ageAtDeathDays() const;

    static QString linkIdFor(QChar line, QStringView field); // ("A", u"code") -> causeOfDeath_question_A_code
    static QString normalizeIcdCode(const QString& code);     // "i21.9 " -> "I219"
};

} // namespace Meldeklient::Notification
