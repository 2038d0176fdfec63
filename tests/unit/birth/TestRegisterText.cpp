// The register's character sets, with the traps birth.md §7 lists (checked there with xmllint against the XSD).
#include "core/birth/RegisterText.h"

#include <QTest>

using Meldeklient::Birth::RegisterText;

class TestRegisterText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void personName_data();
    void personName();
    void decomposedInputPassesAfterNfc();
    void addressAllowsDigitsAndPunctuation();
    void describeNamesTheCharacter();
};

void TestRegisterText::personName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("refused"); // empty: accepted
    QTest::newRow("Norwegian") << QStringLiteral(u"Kjærsti Østgård-Åsen") << QString();
    QTest::newRow("Sami lower-case đ, ŋ, ŧ, š, č, ž") << QStringLiteral(u"Áđđá Ŋuvttoš Čáŧe Žan") << QString();
    QTest::newRow("Icelandic Ð") << QStringLiteral(u"Ðóra Þórsdóttir") << QString();
    QTest::newRow("apostrophes") << QStringLiteral(u"O'Neill D’Arcy") << QString();
    QTest::newRow("Sami capital Đ") << QStringLiteral(u"Đuommá") << QStringLiteral(u"Đ");
    QTest::newRow("õ") << QStringLiteral(u"Tõnis") << QStringLiteral(u"õ");
    QTest::newRow("Polish ł") << QStringLiteral(u"Michał") << QStringLiteral(u"ł");
    QTest::newRow("digit") << QStringLiteral(u"Anna2") << QStringLiteral(u"2");
    QTest::newRow("full stop") << QStringLiteral(u"J. Smith") << QStringLiteral(u".");
    QTest::newRow("Cyrillic") << QStringLiteral(u"Иван") << QStringLiteral(u"И");
    QTest::newRow("newline") << QStringLiteral(u"Anna\nMaria") << QStringLiteral(u"\n");
}

void TestRegisterText::personName()
{
    QFETCH(QString, name);
    QFETCH(QString, refused);
    const std::optional<char32_t> found
        = RegisterText::refusedCharacter(RegisterText::normalized(name), RegisterText::Kind::PersonName);
    if (refused.isEmpty()) {
        QVERIFY2(!found, qPrintable(name));
    } else {
        QVERIFY(found.has_value());
        QCOMPARE(*found, refused.toUcs4().constFirst());
    }
}

void TestRegisterText::decomposedInputPassesAfterNfc()
{
    const QString decomposed = QStringLiteral(u"A\u0301slat"); // A + combining acute
    QVERIFY(RegisterText::refusedCharacter(decomposed, RegisterText::Kind::PersonName).has_value());
    QCOMPARE(RegisterText::normalized(decomposed), QStringLiteral(u"Áslat"));
    QVERIFY(!RegisterText::refusedCharacter(RegisterText::normalized(decomposed), RegisterText::Kind::PersonName));
}

void TestRegisterText::addressAllowsDigitsAndPunctuation()
{
    QVERIFY(!RegisterText::refusedCharacter(
        QStringLiteral(u"Storgata 12 B, 3. etg. (bak) #4 \"Ø\" & Đ/õ"), RegisterText::Kind::Address));
    QCOMPARE(*RegisterText::refusedCharacter(QStringLiteral(u"ul. Długa 5"), RegisterText::Kind::Address), U'ł');
}

void TestRegisterText::describeNamesTheCharacter()
{
    QCOMPARE(RegisterText::describe(U'Đ'), QStringLiteral(u"“Đ” (U+0110)"));
    QCOMPARE(RegisterText::describe(0x301), QStringLiteral("U+0301"));
    QCOMPARE(RegisterText::describe(U'\n'), QStringLiteral("U+000A"));
}

QTEST_GUILESS_MAIN(TestRegisterText)
#include "TestRegisterText.moc"
