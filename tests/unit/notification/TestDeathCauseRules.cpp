#include "core/notification/DeathCauseRules.h"

#include <QTest>

#include <optional>

using namespace Meldeklient::Notification;
using Meldeklient::Identity::Sex;

namespace {
const QDateTime now(QDate(2026, 11, 22), QTime(12, 0));

// A complete, plausible report that triggers no rule: pneumonia due to COPD, natural death.
DeathCauseReport cleanReport()
{
    DeathCauseReport report;
    report.deathDate = QDate(2026, 11, 20);
    report.birthDate = QDate(1940, 3, 1);
    report.sex = Sex::Female;
    report.timeOfDeath = QTime(3, 15);
    report.lines[0].code = "J189";
    report.lines[0].interval = CauseInterval::UpToSevenDays;
    report.lines[1].code = "J449";
    report.lines[1].interval = CauseInterval::MoreThanOneYear;
    report.injury = YesNo::No;
    report.operation = YesNo::No;
    report.manner = "1";
    report.reportUnnatural = YesNo::No;
    return report;
}

QStringList rules(const QList<ValidationIssue>& issues)
{
    QStringList result;
    for (const ValidationIssue& issue : issues)
        result.append(issue.rule);
    return result;
}

// A copy, not a pointer: the list is often a temporary.
std::optional<ValidationIssue> find(const QList<ValidationIssue>& issues, const QString& rule)
{
    for (const ValidationIssue& issue : issues) {
        if (issue.rule == rule)
            return issue;
    }
    return std::nullopt;
}
} // namespace

class TestDeathCauseRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanReportIsQuiet();
    void codeAndTextOnOneLine();
    void lineAMissing();
    void intervals();
    void chainGap();
    void terminalModeAloneOnA_data();
    void terminalModeAloneOnA();
    void intervalOrder_data();
    void intervalOrder();
    void dates();
    void injuryCodes_data();
    void injuryCodes();
    void violentMannerNeedsInjuryAndUnnatural();
    void unnaturalDeathGivesPoliceInstruction();
    void helpers();
};

void TestDeathCauseRules::cleanReportIsQuiet()
{
    QCOMPARE(rules(DeathCauseRules::check(cleanReport(), now)), QStringList {});
}

void TestDeathCauseRules::codeAndTextOnOneLine()
{
    DeathCauseReport report = cleanReport();
    report.lines[1].text = "KOLS";
    const auto issues = DeathCauseRules::check(report, now);
    const std::optional<ValidationIssue> issue = find(issues, "cause-code-and-text");
    QVERIFY(issue);
    QCOMPARE(issue->severity, Severity::Error);
    QCOMPARE(issue->linkId, "causeOfDeath_question_B_code");
    QVERIFY(issue->message.contains("B"));
}

void TestDeathCauseRules::lineAMissing()
{
    DeathCauseReport report = cleanReport();
    report.lines[0].code.clear();
    const auto issues = DeathCauseRules::check(report, now);
    QVERIFY(find(issues, "cause-line-a-missing"));
    QCOMPARE(find(issues, "cause-line-a-missing")->severity, Severity::Error);
    // Free text alone is a valid line A.
    report.lines[0].text = "Lungebetennelse";
    QVERIFY(!find(DeathCauseRules::check(report, now), "cause-line-a-missing"));
}

void TestDeathCauseRules::intervals()
{
    DeathCauseReport report = cleanReport();
    report.lines[0].interval = CauseInterval::None;
    auto issues = DeathCauseRules::check(report, now);
    QCOMPARE(find(issues, "cause-interval-missing")->severity, Severity::Error);
    QCOMPARE(find(issues, "cause-interval-missing")->linkId, "causeOfDeath_question_A_time");

    report = cleanReport();
    report.lines[1].interval = CauseInterval::None;
    issues = DeathCauseRules::check(report, now);
    QCOMPARE(find(issues, "cause-interval-missing")->severity, Severity::Warning);

    report = cleanReport();
    report.lines[2].interval = CauseInterval::MoreThanOneYear;
    issues = DeathCauseRules::check(report, now);
    QCOMPARE(find(issues, "cause-interval-without-cause")->linkId, "causeOfDeath_question_C_time");
}

void TestDeathCauseRules::chainGap()
{
    DeathCauseReport report = cleanReport();
    report.lines[1] = CauseLine {u'B', {}, {}, CauseInterval::None};
    report.lines[2].text = "Diabetes";
    report.lines[2].interval = CauseInterval::MoreThanOneYear;
    const auto issues = DeathCauseRules::check(report, now);
    QCOMPARE(find(issues, "cause-chain-gap")->linkId, "causeOfDeath_question_C_code");
    QCOMPARE(find(issues, "cause-chain-gap")->severity, Severity::Warning);
    QVERIFY(!find(DeathCauseRules::check(cleanReport(), now), "cause-chain-gap"));
}

void TestDeathCauseRules::terminalModeAloneOnA_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withLineB");
    QTest::addColumn<bool>("fires");
    QTest::newRow("I46.9 alone") << "I469" << "" << false << true;
    QTest::newRow("I49.9 alone") << "I499" << "" << false << true;
    QTest::newRow("R09.2 alone") << "R092" << "" << false << true;
    QTest::newRow("R99 alone") << "R99" << "" << false << true;
    QTest::newRow("text hjertestans") << "" << "Hjertestans" << false << true;
    QTest::newRow("text kardiorespiratorisk svikt") << "" << "kardiorespiratorisk svikt" << false << true;
    QTest::newRow("I46.9 with cause below") << "I469" << "" << true << false;
    QTest::newRow("myocardial infarction alone") << "I219" << "" << false << false;
    QTest::newRow("long text mentioning arrest") << "" << "Hjertestans etter langvarig hjertesvikt og nyresvikt"
                                                 << false << false;
}

void TestDeathCauseRules::terminalModeAloneOnA()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(bool, withLineB);
    QFETCH(bool, fires);
    DeathCauseReport report = cleanReport();
    report.lines[0].code = code;
    report.lines[0].text = text;
    if (!withLineB)
        report.lines[1] = CauseLine {u'B', {}, {}, CauseInterval::None};
    QCOMPARE(find(DeathCauseRules::check(report, now), "cause-terminal-mode-alone") .has_value(), fires);
}

void TestDeathCauseRules::intervalOrder_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("c");
    QTest::addColumn<bool>("fires");
    using I = CauseInterval;
    QTest::newRow("increasing") << int(I::UpToSevenDays) << int(I::OneMonthToOneYear) << int(I::MoreThanOneYear)
                                << false;
    QTest::newRow("equal") << int(I::MoreThanOneYear) << int(I::MoreThanOneYear) << int(I::MoreThanOneYear) << false;
    QTest::newRow("congenital lowest") << int(I::MoreThanOneYear) << int(I::MoreThanOneYear) << int(I::Congenital)
                                       << false;
    QTest::newRow("unknown ignored") << int(I::OneMonthToOneYear) << int(I::Unknown) << int(I::MoreThanOneYear)
                                     << false;
    QTest::newRow("B shorter than A") << int(I::OneMonthToOneYear) << int(I::UpToSevenDays)
                                      << int(I::MoreThanOneYear) << true;
    QTest::newRow("congenital above") << int(I::Congenital) << int(I::MoreThanOneYear) << int(I::MoreThanOneYear)
                                      << true;
    QTest::newRow("shorter across unknown") << int(I::MoreThanOneYear) << int(I::Unknown) << int(I::UpToSevenDays)
                                            << true;
}

void TestDeathCauseRules::intervalOrder()
{
    QFETCH(int, a);
    QFETCH(int, b);
    QFETCH(int, c);
    QFETCH(bool, fires);
    DeathCauseReport report = cleanReport();
    report.lines[0].interval = static_cast<CauseInterval>(a);
    report.lines[1].interval = static_cast<CauseInterval>(b);
    report.lines[2].code = "E119";
    report.lines[2].interval = static_cast<CauseInterval>(c);
    const auto issues = DeathCauseRules::check(report, now);
    QCOMPARE(find(issues, "cause-interval-order") .has_value(), fires);
}

void TestDeathCauseRules::dates()
{
    DeathCauseReport report = cleanReport();
    report.deathDate = QDate(2026, 11, 23);
    QCOMPARE(find(DeathCauseRules::check(report, now), "death-in-future")->severity, Severity::Error);
    report.deathDate = QDate(2026, 11, 22); // today is fine
    QVERIFY(!find(DeathCauseRules::check(report, now), "death-in-future"));

    report = cleanReport();
    report.deathDate = QDate(1939, 1, 1);
    QVERIFY(find(DeathCauseRules::check(report, now), "death-before-birth"));

    report = cleanReport();
    report.injury = YesNo::Yes;
    report.injuryDate = QDate(2026, 11, 21);
    auto issues = DeathCauseRules::check(report, now);
    QCOMPARE(find(issues, "injury-date-after-death")->linkId, "additionalInfoAboutDamage_timeOfDamage");
    report.injuryDate = QDate(1930, 1, 1);
    QVERIFY(find(DeathCauseRules::check(report, now), "injury-date-before-birth"));
    report.injuryDate = QDate(2026, 11, 19);
    issues = DeathCauseRules::check(report, now);
    QVERIFY(!find(issues, "injury-date-after-death"));
    QVERIFY(!find(issues, "injury-date-before-birth"));
    // A date left over from a hidden block ("Nei") is not judged.
    report.injury = YesNo::No;
    report.injuryDate = QDate(2030, 1, 1);
    QVERIFY(!find(DeathCauseRules::check(report, now), "injury-date-after-death"));

    report = cleanReport();
    report.operation = YesNo::Yes;
    report.operationDate = QDate(2026, 11, 21);
    QCOMPARE(find(DeathCauseRules::check(report, now), "operation-date-after-death")->linkId, "operation_time");
    report.operationDate = QDate(1939, 12, 31);
    QVERIFY(find(DeathCauseRules::check(report, now), "operation-date-before-birth"));
}

void TestDeathCauseRules::injuryCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("injury");
    QTest::newRow("S06.5 subdural haemorrhage (injury)") << "S065" << true;
    QTest::newRow("T71 asphyxiation") << "T71" << true;
    QTest::newRow("T98.3 sequelae") << "T983" << true;
    QTest::newRow("R99 no") << "R99" << false;
    QTest::newRow("I21.9 no") << "I219" << false;
}

void TestDeathCauseRules::injuryCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, injury);
    DeathCauseReport report = cleanReport();
    report.lines[0].code = code;
    auto issues = DeathCauseRules::check(report, now);
    QCOMPARE(find(issues, "injury-code-needs-injury") .has_value(), injury);
    QCOMPARE(find(issues, "injury-needs-unnatural") .has_value(), injury);
    if (injury)
        QVERIFY(find(issues, "injury-code-needs-injury")->message.contains(code));
    // Answering the injury block and "unnatural" silences both.
    report.injury = YesNo::Yes;
    report.injuryDate = QDate(2026, 11, 19);
    report.reportUnnatural = YesNo::Yes;
    issues = DeathCauseRules::check(report, now);
    QVERIFY(!find(issues, "injury-code-needs-injury"));
    QVERIFY(!find(issues, "injury-needs-unnatural"));
    // Secondary (Part II) codes count too.
    report = cleanReport();
    report.secondaryCodes = {"S72.0"};
    QVERIFY(find(DeathCauseRules::check(report, now), "injury-code-needs-injury"));
}

void TestDeathCauseRules::violentMannerNeedsInjuryAndUnnatural()
{
    for (const QString& manner : QStringList {"2", "3", "4"}) {
        DeathCauseReport report = cleanReport();
        report.manner = manner;
        auto issues = DeathCauseRules::check(report, now);
        QVERIFY2(find(issues, "manner-needs-injury"), qPrintable(manner));
        QVERIFY(find(issues, "injury-needs-unnatural"));
        report.injury = YesNo::Yes;
        report.injuryDate = QDate(2026, 11, 19);
        report.reportUnnatural = YesNo::Yes;
        issues = DeathCauseRules::check(report, now);
        QVERIFY(!find(issues, "manner-needs-injury"));
        QVERIFY(!find(issues, "injury-needs-unnatural"));
    }
    DeathCauseReport unknownManner = cleanReport();
    unknownManner.manner = "9";
    QVERIFY(!find(DeathCauseRules::check(unknownManner, now), "manner-needs-injury"));
}

void TestDeathCauseRules::unnaturalDeathGivesPoliceInstruction()
{
    DeathCauseReport report = cleanReport();
    report.reportUnnatural = YesNo::Yes;
    const std::optional<ValidationIssue> issue = find(DeathCauseRules::check(report, now), "unnatural-notify-police");
    QVERIFY(issue);
    QCOMPARE(issue->severity, Severity::Warning);
    QVERIFY(issue->message.contains("02800"));
    QVERIFY(issue->message.contains("36"));
    report.reportUnnatural = YesNo::DontKnow;
    QVERIFY(!find(DeathCauseRules::check(report, now), "unnatural-notify-police"));
}

void TestDeathCauseRules::helpers()
{
    QCOMPARE(DeathCauseReport::normalizeIcdCode(" i21.9 "), "I219");
    QCOMPARE(DeathCauseReport::linkIdFor(u'C', u"text"), "causeOfDeath_question_C_text");
    DeathCauseReport report = cleanReport();
    QCOMPARE(report.ageAtDeathYears(), 86);
    report.birthDate = QDate(1940, 11, 21);
    QCOMPARE(report.ageAtDeathYears(), 85);
    QCOMPARE(report.lowestUsedLine(), 1);
}

QTEST_GUILESS_MAIN(TestDeathCauseRules)
#include "TestDeathCauseRules.moc"
