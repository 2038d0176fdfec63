#include "core/identity/OrganisationNumber.h"

#include <QTest>

using namespace Meldeklient::Identity;

class TestOrganisationNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void everyCheckDigitForOneBase();
};

void TestOrganisationNumber::valid_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("brreg example") << "123456785";
    QTest::newRow("real orgnr") << "994598759";
    QTest::newRow("NHN") << "994598759";
    QTest::newRow("grouped") << "994 598 759";
    QTest::newRow("remainder 0 gives check digit 0") << "100000040";
    QTest::newRow("check digit 8") << "100000008";
}

void TestOrganisationNumber::valid()
{
    QFETCH(QString, number);
    const IdentifierCheck check = OrganisationNumber::check(number);
    QVERIFY(check.isValid());
    QCOMPARE(check.type, IdentifierType::Organisasjonsnummer);
    QCOMPARE(check.normalized(), QString(number).remove(u' '));
    QVERIFY(!check.birthDate.isValid());
}

void TestOrganisationNumber::invalid_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wrong check digit") << "123456784" << "check-digit";
    QTest::newRow("remainder 1 has no check digit") << "100000130" << "check-digit";
    QTest::newRow("eight digits") << "12345678" << "length";
    QTest::newRow("ten digits") << "1234567850" << "length";
    QTest::newRow("dashes") << "123-456-785" << "separator";
    QTest::newRow("letters") << "NO123456785" << "non-digit";
}

void TestOrganisationNumber::invalid()
{
    QFETCH(QString, number);
    QFETCH(QString, reason);
    const IdentifierCheck check = OrganisationNumber::check(number);
    QVERIFY(!check.isValid());
    QCOMPARE(check.problems().size(), 1);
    QCOMPARE(QString(identifierProblemCode(check.problems().constFirst())), reason);
}

void TestOrganisationNumber::everyCheckDigitForOneBase()
{
    // 12345678: weighted sum 3+4+21+24+25+24+21+16 = 138, 138 mod 11 = 6, so k = 5 and only 123456785 passes.
    int valid = 0;
    for (int k = 0; k <= 9; ++k) {
        const bool ok = OrganisationNumber::check(QString(QStringLiteral("12345678") + QString::number(k))).isValid();
        QCOMPARE(ok, k == 5);
        valid += ok ? 1 : 0;
    }
    QCOMPARE(valid, 1);
    QCOMPARE(OrganisationNumber::checkDigitFor("10000013"), -1);
}

QTEST_GUILESS_MAIN(TestOrganisationNumber)
#include "TestOrganisationNumber.moc"
