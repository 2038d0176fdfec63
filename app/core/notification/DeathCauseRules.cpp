#include "core/notification/DeathCauseRules.h"

#include "core/codes/CodeList.h"
#include "core/codes/CodeSystemUrl.h"

#include <QCoreApplication>
#include <QSet>

namespace Meldeklient::Notification {

namespace {
// Messages are marked where they are written (QT_TRANSLATE_NOOP / translate) and translated here.
QString translated(const char* text)
{
    return QCoreApplication::translate("Notification", text);
}

void add(QList<ValidationIssue>& issues, Severity severity, const char* rule, const QString& linkId,
    const QString& message)
{
    issues.append(ValidationIssue {severity, QString::fromLatin1(rule), linkId, message});
}

bool isViolentManner(const QString& manner)
{
    return manner == u"2" || manner == u"3" || manner == u"4";
}

void checkChain(const DeathCauseReport& report, QList<ValidationIssue>& issues)
{
    bool seenEmpty = false;
    for (const CauseLine& line : report.lines) {
        const QString codeId = DeathCauseReport::linkIdFor(line.letter, u"code");
        const QString timeId = DeathCauseReport::linkIdFor(line.letter, u"time");
        if (!line.code.isEmpty() && !line.text.trimmed().isEmpty()) {
            add(issues, Severity::Error, "cause-code-and-text", codeId,
                QCoreApplication::translate("Notification",
                    "Line %1 has both an ICD-10 code and free text. Keep one of them.")
                    .arg(line.letter));
        }
        if (line.letter == u'A') {
            if (!line.isUsed()) {
                add(issues, Severity::Error, "cause-line-a-missing", codeId,
                    QCoreApplication::translate("Notification", "Line A (the immediate cause of death) must be filled in, as an ICD-10 code or as text."));
            }
            if (line.interval == CauseInterval::None) {
                add(issues, Severity::Error, "cause-interval-missing", timeId,
                    QCoreApplication::translate("Notification", "Line A needs the approximate time between onset and death."));
            }
        } else if (line.isUsed() && line.interval == CauseInterval::None) {
            add(issues, Severity::Warning, "cause-interval-missing", timeId,
                QCoreApplication::translate("Notification",
                    "Line %1 has no time between onset and death. Add it if it is known, or choose \"Ukjent\".")
                    .arg(line.letter));
        }
        if (!line.isUsed() && line.interval != CauseInterval::None && line.letter != u'A') {
            add(issues, Severity::Warning, "cause-interval-without-cause", timeId,
                QCoreApplication::translate("Notification", "Line %1 has a time interval but no cause.")
                    .arg(line.letter));
        }
        if (line.isUsed() && seenEmpty) {
            add(issues, Severity::Warning, "cause-chain-gap", codeId,
                QCoreApplication::translate("Notification",
                    "Line %1 is filled in below an empty line. Fill the lines from A downwards without gaps.")
                    .arg(line.letter));
        }
        if (!line.isUsed())
            seenEmpty = true;
    }

    const CauseLine& lineA = report.lines[0];
    const bool onlyA = report.lowestUsedLine() == 0;
    if (onlyA
        && (DeathCauseRules::isTerminalModeCode(lineA.code) || DeathCauseRules::isTerminalModeText(lineA.text))) {
        add(issues, Severity::Warning, "cause-terminal-mode-alone",
            DeathCauseReport::linkIdFor(u'A', lineA.code.isEmpty() ? u"text" : u"code"),
            QCoreApplication::translate("Notification", "Line A names a mode of dying (such as cardiac arrest or cardiorespiratory failure) and nothing "
               "below it. Give the disease or injury that led to it on the lines below."));
    }

    // Each line is "due to" the one below, which therefore began earlier: its interval may not be shorter.
    int previousRank = 0;
    QChar previousLetter;
    for (const CauseLine& line : report.lines) {
        const int rank = line.isUsed() ? DeathCauseRules::intervalRank(line.interval) : 0;
        if (rank == 0)
            continue;
        if (previousRank != 0 && rank < previousRank) {
            add(issues, Severity::Warning, "cause-interval-order", DeathCauseReport::linkIdFor(line.letter, u"time"),
                QCoreApplication::translate("Notification",
                    "Line %1 has a shorter time since onset than line %2 above it, although line %2 is a "
                    "consequence of it. Check the order of the lines or the intervals.")
                    .arg(line.letter)
                    .arg(previousLetter));
        }
        previousRank = rank;
        previousLetter = line.letter;
    }
}

void checkDates(const DeathCauseReport& report, const QDateTime& now, QList<ValidationIssue>& issues)
{
    const QDate today = now.date();
    if (report.deathDate && *report.deathDate > today) {
        add(issues, Severity::Error, "death-in-future", QStringLiteral("deathDate"),
            QCoreApplication::translate("Notification", "The date of death is in the future."));
    }
    if (report.deathDate && report.birthDate && *report.deathDate < *report.birthDate) {
        add(issues, Severity::Error, "death-before-birth", QStringLiteral("deathDate"),
            QCoreApplication::translate("Notification", "The date of death is before the date of birth."));
    }
    struct DatedEvent {
        const std::optional<QDate>& date;
        YesNo answer;
        const char* afterDeathRule;
        const char* beforeBirthRule;
        const char* linkId;
        const char* afterDeathText;
        const char* beforeBirthText;
    };
    const DatedEvent events[] = {
        {report.injuryDate, report.injury, "injury-date-after-death", "injury-date-before-birth",
            "additionalInfoAboutDamage_timeOfDamage", QT_TRANSLATE_NOOP("Notification", "The injury date is after the date of death."),
            QT_TRANSLATE_NOOP("Notification", "The injury date is before the date of birth.")},
        {report.operationDate, report.operation, "operation-date-after-death", "operation-date-before-birth",
            "operation_time", QT_TRANSLATE_NOOP("Notification", "The operation date is after the date of death."),
            QT_TRANSLATE_NOOP("Notification", "The operation date is before the date of birth.")},
    };
    for (const DatedEvent& event : events) {
        if (!event.date || event.answer != YesNo::Yes)
            continue;
        if (*event.date > today || (report.deathDate && *event.date > *report.deathDate))
            add(issues, Severity::Error, event.afterDeathRule, QString::fromLatin1(event.linkId), translated(event.afterDeathText));
        if (report.birthDate && *event.date < *report.birthDate)
            add(issues, Severity::Error, event.beforeBirthRule, QString::fromLatin1(event.linkId), translated(event.beforeBirthText));
    }
}

void checkInjuryAndManner(const DeathCauseReport& report, QList<ValidationIssue>& issues)
{
    QString injuryCode;
    for (const CauseLine& line : report.lines) {
        if (injuryCode.isEmpty() && DeathCauseRules::isInjuryCode(line.code))
            injuryCode = line.code;
    }
    for (const QString& code : report.secondaryCodes) {
        const QString normalized = DeathCauseReport::normalizeIcdCode(code);
        if (injuryCode.isEmpty() && DeathCauseRules::isInjuryCode(normalized))
            injuryCode = normalized;
    }
    const bool violent = isViolentManner(report.manner);
    if (!injuryCode.isEmpty() && report.injury != YesNo::Yes) {
        add(issues, Severity::Warning, "injury-code-needs-injury", QStringLiteral("additionalInfoAboutDamage_q1"),
            QCoreApplication::translate("Notification",
                "%1 is an injury or poisoning code. Answer \"Ja\" to injury or poisoning and describe when, where "
                "and how it happened.")
                .arg(injuryCode));
    }
    if (violent && report.injury != YesNo::Yes) {
        add(issues, Severity::Warning, "manner-needs-injury", QStringLiteral("additionalInfoAboutDamage_q1"),
            QCoreApplication::translate("Notification", "Accident, suicide and homicide are deaths from injury or poisoning. Answer \"Ja\" to injury or "
               "poisoning and describe it."));
    }
    if ((violent || !injuryCode.isEmpty()) && report.reportUnnatural != YesNo::Yes) {
        add(issues, Severity::Warning, "injury-needs-unnatural", QStringLiteral("report_unnatural"),
            QCoreApplication::translate("Notification", "A death from injury, poisoning, accident, suicide or homicide is an unnatural death. Answer \"Ja\" "
               "to whether the death can be considered unnatural."));
    }
    if (report.reportUnnatural == YesNo::Yes) {
        add(issues, Severity::Warning, "unnatural-notify-police", QStringLiteral("report_unnatural"),
            QCoreApplication::translate("Notification", "Notify the police as soon as possible (tel. 02800), cf. helsepersonelloven § 36 third paragraph, "
               "and send the signed legeerklæring to the police."));
    }
}
} // namespace

QList<ValidationIssue> DeathCauseRules::checkFhiCauseSet(const DeathCauseReport& report, const Codes::CodeList& fhi7110)
{
    // A warning, not an error: the set's response shape is undocumented and it may lag a new ICD-10 year, so a code
    // outside it is worth a second look but must not block a notification the registry itself would accept.
    QSet<QString> members;
    members.reserve(fhi7110.size());
    for (const Codes::CodeConcept& entry : fhi7110.concepts())
        members.insert(Codes::CodeSystemUrl::icd10Key(entry.code));
    QList<ValidationIssue> issues;
    const auto checkCode = [&](const QString& code, const QString& linkId) {
        if (code.trimmed().isEmpty() || members.contains(Codes::CodeSystemUrl::icd10Key(code)))
            return;
        add(issues, Severity::Warning, "icd-not-in-fhi-7110", linkId,
            QCoreApplication::translate("Notification",
                "%1 is not in FHI's list of codes for causes of death (Volven 7110). Check the code, or choose a "
                "more suitable one.")
                .arg(Codes::CodeSystemUrl::displayIcd10Code(Codes::CodeSystemUrl::normalizedCode(
                    Codes::CodeSystemUrl::icd10, code))));
    };
    for (const CauseLine& line : report.lines)
        checkCode(line.code, DeathCauseReport::linkIdFor(line.letter, u"code"));
    for (const QString& code : report.secondaryCodes)
        checkCode(code, QStringLiteral("causeOfDeath_question_secondary_code"));
    return issues;
}

int DeathCauseRules::intervalRank(CauseInterval interval)
{
    switch (interval) {
    case CauseInterval::UpToSevenDays:
        return 1;
    case CauseInterval::OneWeekToOneMonth:
        return 2;
    case CauseInterval::OneMonthToOneYear:
        return 3;
    case CauseInterval::MoreThanOneYear:
        return 4;
    case CauseInterval::Congenital:
        return 5; // present since birth: the longest
    case CauseInterval::Unknown:
    case CauseInterval::None:
        break;
    }
    return 0;
}

bool DeathCauseRules::isInjuryCode(const QString& normalizedCode)
{
    if (normalizedCode.size() < 3)
        return false;
    const QChar chapter = normalizedCode.at(0);
    if (chapter == u'S')
        return true;
    if (chapter != u'T')
        return false;
    bool ok = false;
    const int number = normalizedCode.mid(1, 2).toInt(&ok);
    return ok && number <= 98;
}

bool DeathCauseRules::isTerminalModeCode(const QString& normalizedCode)
{
    return normalizedCode.startsWith(u"I46") || normalizedCode == u"I499" || normalizedCode == u"R092"
        || normalizedCode == u"R99";
}

bool DeathCauseRules::isTerminalModeText(const QString& text)
{
    static const QStringList terms = {QStringLiteral("hjertestans"), QStringLiteral("kardiorespiratorisk svikt"),
        QStringLiteral("respirasjonsstans"), QStringLiteral("pustestans"), QStringLiteral("arytmi"),
        QStringLiteral("cardiac arrest"), QStringLiteral("cardiorespiratory failure"),
        QStringLiteral("cardiopulmonary arrest"), QStringLiteral("respiratory arrest"), QStringLiteral("arrhythmia")};
    const QString folded = text.simplified().toLower();
    if (folded.isEmpty())
        return false;
    for (const QString& term : terms) {
        if (folded == term || (folded.startsWith(term) && folded.size() <= term.size() + 12))
            return true;
    }
    return false;
}

QList<ValidationIssue> DeathCauseRules::check(const DeathCauseReport& report, const QDateTime& now)
{
    QList<ValidationIssue> issues;
    checkChain(report, issues);
    checkDates(report, now, issues);
    checkInjuryAndManner(report, issues);
    return issues;
}

} // namespace Meldeklient::Notification
