#include "core/identity/PersonNumber.h"

#include <QTest>

#include <random>

using namespace Meldeklient::Identity;

Q_DECLARE_METATYPE(Meldeklient::Identity::IdentifierType)
Q_DECLARE_METATYPE(Meldeklient::Identity::Sex)
Q_DECLARE_METATYPE(Meldeklient::Identity::Derivation)

class TestPersonNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNumbers_data();
    void validNumbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void firstCheckDigitSetIsExact();
    void secondCheckDigitIsUnique();
    void newRuleNumbersDoNotRevealBirthDateOrSex();
};

void TestPersonNumber::validNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<IdentifierType>("type");
    QTest::addColumn<Derivation>("derivation");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<Sex>("sex");

    const auto fnr = IdentifierType::Fodselsnummer;
    const auto derived = Derivation::Derived;
    const auto newRule = Derivation::NewRule;
    // Vectors from domain.md §4.1 (computed from Skatteetaten's algorithm).
    QTest::newRow("domain 24047230752") << "24047230752" << fnr << derived << QDate(1972, 4, 24) << Sex::Male;
    QTest::newRow("domain 30108299920") << "30108299920" << fnr << derived << QDate(1982, 10, 30) << Sex::Male;
    // Individual 999 with yy=32 reads as 2032 under the legacy table: in the future, so no birth date is claimed.
    QTest::newRow("domain 02013299997") << "02013299997" << fnr << Derivation::UnknownCentury << QDate() << Sex::Male;
    QTest::newRow("2032 rule only: 30108299939") << "30108299939" << fnr << newRule << QDate() << Sex::Unknown;
    // 29 February: yy=00 is a leap year under Skatteetaten's century-20 reading.
    QTest::newRow("29 Feb 2000") << "29020050088" << fnr << derived << QDate(2000, 2, 29) << Sex::Female;
    // Individual 123 with yy=00 means 1900, which had no 29 February.
    QTest::newRow("29 Feb, legacy 1900 (123)") << "29020012380" << fnr << Derivation::UnknownCentury << QDate()
                                               << Sex::Male;
    // Individual 100 means 1900, which had no 29 February: valid number, but the birth date cannot be derived.
    QTest::newRow("29 Feb, legacy 1900") << "29020010027" << fnr << Derivation::UnknownCentury << QDate() << Sex::Female;
    QTest::newRow("29 Feb 2000, 2032 rule") << "29020012305" << fnr << newRule << QDate() << Sex::Unknown;
    QTest::newRow("1854") << "01016060085" << fnr << derived << QDate(1860, 1, 1) << Sex::Female;
    QTest::newRow("2005") << "01010560000" << fnr << derived << QDate(2005, 1, 1) << Sex::Female;
    QTest::newRow("individual 950, 1950") << "01015095012" << fnr << derived << QDate(1950, 1, 1) << Sex::Female;
    QTest::newRow("individual 760, yy 50: no century")
        << "01015076042" << fnr << Derivation::UnknownCentury << QDate() << Sex::Female;
    // D-nummer: day + 40, on the 31st of January and December.
    // Individual 501 with yy=70 is in the 1854-1899 range of the legacy table.
    QTest::newRow("D 31 Jan 1870") << "71017050138" << IdentifierType::DNummer << derived << QDate(1870, 1, 31)
                                   << Sex::Male;
    QTest::newRow("D 31 Dec 1999") << "71129912302" << IdentifierType::DNummer << derived << QDate(1999, 12, 31)
                                   << Sex::Male;
    QTest::newRow("D 31 Jan, 2032 rule") << "71017050162" << IdentifierType::DNummer << newRule << QDate()
                                         << Sex::Unknown;
    // H-nummer: month + 40.
    QTest::newRow("H") << "01459912300" << IdentifierType::HNummer << derived << QDate(1999, 5, 1) << Sex::Male;
    QTest::newRow("H, 2032 rule") << "01459912319" << IdentifierType::HNummer << newRule << QDate() << Sex::Unknown;
    // Felles hjelpenummer: first digit 8 or 9, no date part.
    QTest::newRow("FH") << "81234567802" << IdentifierType::FellesHjelpenummer << Derivation::NoDatePart << QDate()
                        << Sex::Unknown;
    QTest::newRow("FH, 2032 rule") << "81234567837" << IdentifierType::FellesHjelpenummer << Derivation::NoDatePart
                                   << QDate() << Sex::Unknown;
    // Synthetic: month + 80, alone and with D.
    QTest::newRow("synthetic") << "01854712310" << IdentifierType::SyntheticFodselsnummer << derived
                               << QDate(1947, 5, 1) << Sex::Male;
    QTest::newRow("synthetic D") << "41854712304" << IdentifierType::SyntheticDNummer << derived << QDate(1947, 5, 1)
                                 << Sex::Male;
    QTest::newRow("synthetic D, 2032 rule") << "41854712339" << IdentifierType::SyntheticDNummer << newRule
                                            << QDate() << Sex::Unknown;
    // Input tolerance: spaces and one separator between date and individual number.
    QTest::newRow("spaces") << " 240472 30752 " << fnr << derived << QDate(1972, 4, 24) << Sex::Male;
    QTest::newRow("dash") << "240472-30752" << fnr << derived << QDate(1972, 4, 24) << Sex::Male;
    QTest::newRow("grouped") << "24 04 72 307 52" << fnr << derived << QDate(1972, 4, 24) << Sex::Male;
}

void TestPersonNumber::validNumbers()
{
    QFETCH(QString, number);
    QFETCH(IdentifierType, type);
    QFETCH(Derivation, derivation);
    QFETCH(QDate, birthDate);
    QFETCH(Sex, sex);

    const IdentifierCheck check = PersonNumber::check(number);
    QVERIFY2(check.isValid(), qPrintable(QStringLiteral("problems bits %1").arg(check.problemBits)));
    QCOMPARE(check.type, type);
    QCOMPARE(check.derivation, derivation);
    QCOMPARE(check.birthDate, birthDate);
    QCOMPARE(check.sex, sex);
    QCOMPARE(check.normalized().size(), 11);
}

void TestPersonNumber::invalidNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("first check digit, remainder 4") << "24047230795" << QStringList {"check-digit-1"};
    QTest::newRow("first check digit, remainder 9") << "30108299904" << QStringList {"check-digit-1"};
    QTest::newRow("first check digit, remainder 10") << "30108299912" << QStringList {"check-digit-1"};
    QTest::newRow("second check digit") << "24047230753" << QStringList {"check-digit-2"};
    QTest::newRow("date and both check digits") << "31029912345"
                                                << QStringList {"date", "check-digit-1", "check-digit-2"};
    QTest::newRow("31 February") << "31029912370" << QStringList {"date"};
    QTest::newRow("29 Feb in 2001") << "29020110048" << QStringList {"date"};
    QTest::newRow("month 13") << "01139912396" << QStringList {"date"};
    QTest::newRow("day 00") << "00019912329" << QStringList {"date"};
    QTest::newRow("D day 72") << "72017050177" << QStringList {"date"};
    QTest::newRow("D with month + 40") << "71417050110" << QStringList {"date"};
    QTest::newRow("all zero") << "00000000000" << QStringList {"date"};
    QTest::newRow("too short") << "2404723075" << QStringList {"length"};
    QTest::newRow("too long") << "240472307521" << QStringList {"length"};
    QTest::newRow("far too long") << "24047230752240472307522" << QStringList {"length"};
    QTest::newRow("letter") << "24047230X52" << QStringList {"non-digit"};
    QTest::newRow("two separators") << "240472-307-52" << QStringList {"separator"};
    QTest::newRow("separator misplaced") << "2404-7230752" << QStringList {"separator"};
    QTest::newRow("empty") << "" << QStringList {"empty"};
    QTest::newRow("only spaces") << "   " << QStringList {"empty"};
    QTest::newRow("leading separator") << "-24047230752" << QStringList {"non-digit"};
    QTest::newRow("arabic digits") << QString::fromUtf8("٢٤٠٤٧٢٣٠٧٥٢") << QStringList {"non-digit"};
}

void TestPersonNumber::invalidNumbers()
{
    QFETCH(QString, number);
    QFETCH(QStringList, reasons);
    const IdentifierCheck check = PersonNumber::check(number);
    QVERIFY(!check.isValid());
    QStringList actual;
    for (IdentifierProblem problem : check.problems()) {
        actual.append(QString(identifierProblemCode(problem)));
        QVERIFY(!identifierProblemMessage(problem).isEmpty());
    }
    QCOMPARE(actual, reasons);
    QVERIFY(!check.birthDate.isValid());
    QCOMPARE(check.sex, Sex::Unknown);
}

// For random bases, try every first check digit with its matching second digit and require that exactly the set
// {(11 + r - S1 mod 11) mod 11 : r = 0..3} minus {10} is accepted (domain.md §4.1, formulated independently).
void TestPersonNumber::firstCheckDigitSetIsExact()
{
    std::mt19937 random(20320101);
    const int w1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    const int w2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int basesChecked = 0;
    int acceptedTotal = 0;
    for (int sample = 0; sample < 2000; ++sample) {
        // Valid ddmmyy from a random day in 1900-2031, plus a random individual number.
        const QDate date = QDate(1900, 1, 1).addDays(std::uniform_int_distribution<int>(0, 47000)(random));
        const QString base = date.toString(QStringLiteral("ddMMyy"))
            + QStringLiteral("%1").arg(std::uniform_int_distribution<int>(0, 999)(random), 3, 10, QLatin1Char('0'));
        int s1 = 0;
        for (int i = 0; i < 9; ++i)
            s1 += w1[i] * base.at(i).digitValue();
        QSet<int> expected;
        for (int r = 0; r <= 3; ++r) {
            const int k = (11 + r - s1 % 11) % 11;
            if (k != 10)
                expected.insert(k);
        }
        for (int k1 = 0; k1 <= 9; ++k1) {
            const QString ten = base + QString::number(k1);
            int s2 = 0;
            for (int i = 0; i < 10; ++i)
                s2 += w2[i] * ten.at(i).digitValue();
            const int k2 = (11 - s2 % 11) % 11;
            if (k2 == 10)
                continue; // no second check digit exists for this prefix; every k2 must then be rejected
            const bool accepted = PersonNumber::check(QString(ten + QString::number(k2))).isValid();
            QVERIFY2(accepted == expected.contains(k1), qPrintable(ten + QString::number(k2)));
            acceptedTotal += accepted ? 1 : 0;
        }
        std::array<int, 9> digits {};
        for (int i = 0; i < 9; ++i)
            digits[static_cast<std::size_t>(i)] = base.at(i).digitValue();
        const auto accepted = PersonNumber::acceptedFirstCheckDigits(digits);
        for (int k1 = 0; k1 <= 9; ++k1)
            QCOMPARE(accepted[static_cast<std::size_t>(k1)], expected.contains(k1));
        ++basesChecked;
    }
    QCOMPARE(basesChecked, 2000);
    QVERIFY(acceptedTotal > 2000 * 2); // about 3.3 accepted first digits per base once k2 = 10 is excluded
}

void TestPersonNumber::secondCheckDigitIsUnique()
{
    // Exactly one of the ten last digits completes a valid number (or none, when k2 would be 10).
    const QString ten = QStringLiteral("2404723075");
    int valid = 0;
    for (int k2 = 0; k2 <= 9; ++k2)
        valid += PersonNumber::check(QString(ten + QString::number(k2))).isValid() ? 1 : 0;
    QCOMPARE(valid, 1);
}

void TestPersonNumber::newRuleNumbersDoNotRevealBirthDateOrSex()
{
    const IdentifierCheck check = PersonNumber::check(QStringLiteral("30108299939"));
    QVERIFY(check.isValid());
    QCOMPARE(check.derivation, Derivation::NewRule);
    QVERIFY(!check.birthDate.isValid());
    QCOMPARE(check.sex, Sex::Unknown);
    QVERIFY(derivationMessage(check.derivation).contains(QStringLiteral("Folkeregisteret")));
}

QTEST_GUILESS_MAIN(TestPersonNumber)
#include "TestPersonNumber.moc"
