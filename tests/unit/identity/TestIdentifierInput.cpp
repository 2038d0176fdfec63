#include "core/identity/IdentifierInput.h"

#include <QTest>

using namespace Meldeklient::Identity;

class TestIdentifierInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
};

void TestIdentifierInput::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("separatorAfter");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QStringList>("problems");

    const int person = 6;
    const int none = IdentifierInput::NoSeparator;
    QTest::newRow("plain") << "24047230752" << person << "24047230752" << QStringList {};
    QTest::newRow("tab and nbsp") << QString::fromUtf8("\t240472\u00A030752 ") << person << "24047230752"
                                  << QStringList {};
    QTest::newRow("dot separator") << "240472.30752" << person << "24047230752" << QStringList {};
    QTest::newRow("slash separator") << "240472/30752" << person << "24047230752" << QStringList {};
    QTest::newRow("separator with spaces") << "240472 - 30752" << person << "24047230752" << QStringList {};
    QTest::newRow("en dash") << QString::fromUtf8("240472\u201330752") << person << "24047230752" << QStringList {};
    QTest::newRow("separator not allowed") << "123-456-785" << none << "123456785" << QStringList {"separator"};
    QTest::newRow("two separators") << "240472--30752" << person << "24047230752" << QStringList {"separator"};
    QTest::newRow("trailing separator") << "24047230752-" << person << "24047230752" << QStringList {"separator"};
    QTest::newRow("letter") << "2404723o752" << person << "2404723752" << QStringList {"non-digit"};
    QTest::newRow("plus sign, 13 digits") << "+4724047230752" << person << "472404723075"
                                          << QStringList {"length", "non-digit"};
    QTest::newRow("empty") << "" << person << "" << QStringList {"empty"};
    QTest::newRow("only separator") << "-" << person << "" << QStringList {"non-digit"};
    QTest::newRow("thirteen digits") << "1234567890123" << none << "123456789012" << QStringList {"length"};
}

void TestIdentifierInput::normalize()
{
    QFETCH(QString, input);
    QFETCH(int, separatorAfter);
    QFETCH(QString, digits);
    QFETCH(QStringList, problems);

    IdentifierCheck check;
    IdentifierInput::normalize(input, separatorAfter, check);
    QCOMPARE(check.normalized(), digits);
    QStringList actual;
    for (IdentifierProblem problem : check.problems())
        actual.append(QString(identifierProblemCode(problem)));
    QCOMPARE(actual, problems);
}

QTEST_GUILESS_MAIN(TestIdentifierInput)
#include "TestIdentifierInput.moc"
