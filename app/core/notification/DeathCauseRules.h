#pragma once

#include "core/notification/DeathCauseReport.h"
#include "core/notification/ValidationIssues.h"

#include <QDateTime>
#include <QList>

namespace Meldeklient::Codes {
class CodeList;
}

namespace Meldeklient::Notification {

// The domain rules of the cause-of-death report that a form cannot express (domain.md §2.3, rules 1-6): chain
// structure, intervals, dates, injury and manner consistency, the unnatural-death instruction. ICD-10 table checks
// (unknown, asterisk, sex, age ...) come from Codes::Icd10Plausibility and are added by the notification validator.
//
// Rule ids (stable):
//   cause-code-and-text        E  a line has both an ICD-10 code and free text
//   cause-line-a-missing       E  line A (immediate cause) is empty
//   cause-interval-missing     E  line A has no interval;  W for a used line B-D without interval
//   cause-interval-without-cause W an interval on an empty line
//   cause-chain-gap            W  a line is used below an empty one (C without B)
//   cause-terminal-mode-alone  W  a mode of dying (cardiac arrest, arrhythmia, cardiorespiratory failure) alone on A
//   cause-interval-order       W  a line lower in the chain has a shorter interval than one above it
//   death-in-future            E  death date after today
//   death-before-birth         E
//   injury-date-after-death    E;  injury-date-before-birth E
//   operation-date-after-death E;  operation-date-before-birth E
//   injury-code-needs-injury   W  an S00-T98 code while "injury or poisoning" is not "yes"
//   manner-needs-injury        W  accident/suicide/homicide while "injury or poisoning" is not "yes"
//   injury-needs-unnatural     W  injury code or violent manner while "unnatural death" is not "yes"
//   unnatural-notify-police    W  "unnatural death" is "yes": notify the police (tel. 02800), hpl § 36
//   icd-not-in-fhi-7110        W  a code on a cause line (A-D, contributing) outside FHI's cause-of-death set
class DeathCauseRules
{
public:
    // `now` is injected so that tests and the app agree on "today" (Europe/Oslo wall time in the app).
    static QList<ValidationIssue> check(const DeathCauseReport& report, const QDateTime& now);
    // Membership of every cause-line code in FHI's cause-of-death set (Volven 7110, imported by
    // `codes fetch fhi-7110`). Only called when that set is installed; codes meet case-insensitively without dot.
    static QList<ValidationIssue> checkFhiCauseSet(const DeathCauseReport& report, const Codes::CodeList& fhi7110);

    static bool isInjuryCode(const QString& normalizedCode);       // S00-T98
    static bool isTerminalModeCode(const QString& normalizedCode); // I46.x, I49.9, R09.2, R99
    static bool isTerminalModeText(const QString& text);
    static int intervalRank(CauseInterval interval); // 1..5 by duration, 0 for unknown/none
};

} // namespace Meldeklient::Notification
