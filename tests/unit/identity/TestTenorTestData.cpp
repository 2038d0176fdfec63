#include "core/identity/PersonNumber.h"
#include "support/ReferenceData.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Meldeklient::Identity;

// Skatteetaten's synthetic Tenor persons (../shared/reference/folkeregisteret/tenor-testdata-*) must all be valid.
class TestTenorTestData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvPersonsAreValidAndDatesMatch();
    void textPersonsAreValid();
};

void TestTenorTestData::csvPersonsAreValidAndDatesMatch()
{
    MELDEKLIENT_REQUIRE_REFERENCE(path, "folkeregisteret/tenor-testdata-20230922.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    int checked = 0;
    int datesCompared = 0;
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        QVERIFY(fields.size() >= 4);
        const QString number = fields.at(0).trimmed();
        const IdentifierCheck check = PersonNumber::check(number);
        QVERIFY2(check.isValid(), qPrintable(QStringLiteral("Tenor number in row %1 rejected").arg(checked + 2)));
        QVERIFY(check.type == IdentifierType::SyntheticFodselsnummer || check.type == IdentifierType::SyntheticDNummer);
        const QDate listed = QDate::fromString(fields.at(3).trimmed(), QStringLiteral("dd.MM.yyyy"));
        // One row lists a birth date whose day and month disagree with its own number; compare where they agree.
        if (check.birthDate.isValid() && listed.day() == check.birthDate.day()
            && listed.month() == check.birthDate.month()) {
            QCOMPARE(check.birthDate, listed);
            ++datesCompared;
        }
        ++checked;
    }
    QVERIFY(checked >= 20);
    QVERIFY(datesCompared >= checked - 1);
    qInfo("%d Tenor persons valid, %d birth dates equal to the list", checked, datesCompared);
}

void TestTenorTestData::textPersonsAreValid()
{
    MELDEKLIENT_REQUIRE_REFERENCE(path, "folkeregisteret/tenor-testdata-20231019.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(file.readAll());
    const QRegularExpression elevenDigits(QStringLiteral("\\b\\d{11}\\b"));
    int checked = 0;
    for (auto it = elevenDigits.globalMatch(text); it.hasNext();) {
        const QString number = it.next().captured();
        const IdentifierCheck check = PersonNumber::check(number);
        QVERIFY2(check.isValid(), qPrintable(QStringLiteral("Tenor number #%1 rejected").arg(checked + 1)));
        QCOMPARE(check.type, IdentifierType::SyntheticFodselsnummer);
        ++checked;
    }
    QVERIFY(checked >= 18);
    qInfo("%d Tenor persons from the text list valid", checked);
}

QTEST_GUILESS_MAIN(TestTenorTestData)
#include "TestTenorTestData.moc"
