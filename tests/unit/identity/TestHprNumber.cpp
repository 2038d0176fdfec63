#include "core/identity/HprNumber.h"

#include <QTest>

using namespace Meldeklient::Identity;

class TestHprNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
};

void TestHprNumber::check_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason");
    QTest::newRow("seven digits") << "9144900" << true << "";
    QTest::newRow("nine digits") << "565501872" << true << "";
    QTest::newRow("leading zero") << "012345678" << true << "";
    QTest::newRow("six digits") << "123456" << true << "";
    QTest::newRow("five digits") << "12345" << false << "length";
    QTest::newRow("ten digits") << "1234567890" << false << "length";
    QTest::newRow("zeros") << "0000000" << false << "all-zero";
    QTest::newRow("letters") << "HPR1234567" << false << "non-digit";
    QTest::newRow("empty") << "" << false << "empty";
}

void TestHprNumber::check()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    const IdentifierCheck result = HprNumber::check(number);
    QCOMPARE(result.isValid(), valid);
    if (valid) {
        QCOMPARE(result.type, IdentifierType::HprNummer);
        QVERIFY(result.problems().isEmpty());
    } else {
        QCOMPARE(result.problems().size(), 1);
        QCOMPARE(QString(identifierProblemCode(result.problems().constFirst())), reason);
    }
}

QTEST_GUILESS_MAIN(TestHprNumber)
#include "TestHprNumber.moc"
