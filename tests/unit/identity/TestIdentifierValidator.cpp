#include "core/common/Translations.h"
#include "core/identity/IdentifierValidator.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Identity;

class TestIdentifierValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void automaticDetection_data();
    void automaticDetection();
    void forcedKind();
    void messagesAreTranslated();
};

void TestIdentifierValidator::automaticDetection_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fnr") << "24047230752" << "fnr" << true;
    QTest::newRow("dnr") << "71017050138" << "dnr" << true;
    QTest::newRow("hnr") << "01459912300" << "hnr" << true;
    QTest::newRow("fhn") << "81234567802" << "fhn" << true;
    QTest::newRow("tnr") << "01854712310" << "tnr" << true;
    QTest::newRow("dnr-tnr") << "41854712304" << "dnr-tnr" << true;
    QTest::newRow("duf") << "201812345678" << "duf" << true;
    QTest::newRow("duf grouped") << "2018 123456 78" << "duf" << true;
    QTest::newRow("orgnr") << "994598759" << "orgnr" << true;
    QTest::newRow("ten digits") << "1234567890" << "unknown" << false;
    QTest::newRow("thirteen digits") << "1234567890123" << "unknown" << false;
    QTest::newRow("fnr with bad check digit still typed") << "24047230753" << "fnr" << false;
}

void TestIdentifierValidator::automaticDetection()
{
    QFETCH(QString, input);
    QFETCH(QString, type);
    QFETCH(bool, valid);
    const IdentifierCheck check = IdentifierValidator::check(input);
    QCOMPARE(QString(identifierTypeCode(check.type)), type);
    QCOMPARE(check.isValid(), valid);
}

void TestIdentifierValidator::forcedKind()
{
    // Nine digits are an organisation number unless the caller asks for HPR, which has no check digit.
    QCOMPARE(IdentifierValidator::check(u"994598759", IdentifierKind::Hpr).type, IdentifierType::HprNummer);
    QCOMPARE(IdentifierValidator::check(u"994598759", IdentifierKind::Organisation).type,
        IdentifierType::Organisasjonsnummer);
    // Forcing "person" on an organisation number reports the length instead of guessing.
    const IdentifierCheck asPerson = IdentifierValidator::check(u"994598759", IdentifierKind::Person);
    QVERIFY(!asPerson.isValid());
    QVERIFY(asPerson.has(IdentifierProblem::Length));
}

void TestIdentifierValidator::messagesAreTranslated()
{
    QVERIFY(Translations::install(QStringLiteral("nb")));
    const QString bokmal = identifierProblemMessage(IdentifierProblem::FirstCheckDigit);
    QVERIFY2(bokmal.contains(QStringLiteral("kontrollsiffer")), qPrintable(bokmal));
    QVERIFY(Translations::install(QStringLiteral("nn")));
    const QString nynorsk = identifierProblemMessage(IdentifierProblem::Date);
    QVERIFY2(nynorsk.contains(QStringLiteral("dato")), qPrintable(nynorsk));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QCOMPARE(identifierProblemMessage(IdentifierProblem::Length),
        QStringLiteral("The number has the wrong number of digits."));
    QVERIFY(!Translations::install(QStringLiteral("de")));
}

QTEST_GUILESS_MAIN(TestIdentifierValidator)
#include "TestIdentifierValidator.moc"
