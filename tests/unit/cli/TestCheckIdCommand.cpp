#include "CliTestRun.h"
#include "cli/CheckIdCommand.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Meldeklient::Cli;

namespace {
using Run = Meldeklient::Test::CliRun;

Run runTool(const QStringList& arguments, const QByteArray& input = {})
{
    return Meldeklient::Test::runCli<CheckIdCommand>(arguments, input);
}
} // namespace

class TestCheckIdCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNumberPrintsDerivedFields();
    void invalidNumberExitsOneWithReasons();
    void mixedInputExitsOne();
    void newRuleNumberSaysWhyNoBirthDate();
    void forcedTypes();
    void keysComeInDocumentedOrder();
    void readsStandardInput();
    void standardInputIsBoundedAndMustNotBeEmpty();
    void usageErrors();
    void languageOption();
    void helpAndVersion();
};

void TestCheckIdCommand::validNumberPrintsDerivedFields()
{
    const Run run = runTool({"check-id", "240472 30752"});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.lines.size(), 1);
    const QJsonObject line = run.lines.first();
    QCOMPARE(line.value("input").toString(), "240472 30752");
    QCOMPARE(line.value("valid").toBool(), true);
    QCOMPARE(line.value("type").toString(), "fnr");
    QCOMPARE(line.value("reasons").toArray().size(), 0);
    QCOMPARE(line.value("birthDate").toString(), "1972-04-24");
    QCOMPARE(line.value("sex").toString(), "male");
}

void TestCheckIdCommand::invalidNumberExitsOneWithReasons()
{
    const Run run = runTool({"--lang", "en", "check-id", "24047230753"});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.lines.size(), 1);
    const QJsonObject line = run.lines.first();
    QCOMPARE(line.value("valid").toBool(), false);
    QCOMPARE(line.value("reasons").toArray().first().toString(), "check-digit-2");
    QVERIFY(line.value("messages").toArray().first().toString().contains("second check digit"));
    QVERIFY(!line.contains("birthDate"));
    QVERIFY(!line.contains("sex"));
}

void TestCheckIdCommand::mixedInputExitsOne()
{
    const Run run = runTool({"check-id", "24047230752", "abc", "994598759"});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.lines.size(), 3);
    QCOMPARE(run.lines.at(1).value("type").toString(), "unknown");
    QCOMPARE(run.lines.at(1).value("reasons").toArray().first().toString(), "non-digit");
    QCOMPARE(run.lines.at(2).value("type").toString(), "orgnr");
}

void TestCheckIdCommand::newRuleNumberSaysWhyNoBirthDate()
{
    const Run run = runTool({"check-id", "30108299939"});
    QCOMPARE(run.status, 0);
    const QJsonObject line = run.lines.first();
    QVERIFY(!line.contains("birthDate"));
    QVERIFY(!line.contains("sex"));
    QCOMPARE(line.value("derivation").toString(), "new-rule");
    QVERIFY(!line.value("derivationMessage").toString().isEmpty());
}

void TestCheckIdCommand::forcedTypes()
{
    QCOMPARE(runTool({"check-id", "--type", "hpr", "9144900"}).lines.first().value("type").toString(), "hpr");
    QCOMPARE(runTool({"check-id", "--type", "orgnr", "9144900"}).status, 1);
    QCOMPARE(runTool({"check-id", "--type=orgnr", "123456785"}).status, 0);
}

void TestCheckIdCommand::keysComeInDocumentedOrder()
{
    const Run run = runTool({"check-id", "24047230752"});
    const QString line = run.out.trimmed();
    const QStringList keys = {"\"input\"", "\"valid\"", "\"type\"", "\"reasons\"", "\"birthDate\"", "\"sex\""};
    int previous = -1;
    for (const QString& key : keys) {
        const int position = line.indexOf(key);
        QVERIFY2(position > previous, qPrintable(key));
        previous = position;
    }
}

void TestCheckIdCommand::readsStandardInput()
{
    const Run run = runTool({"check-id", "-"}, "24047230752\n71017050138\n");
    QCOMPARE(run.status, 0);
    QCOMPARE(run.lines.size(), 2);
    QCOMPARE(run.lines.at(1).value("type").toString(), "dnr");
}

// Issue 9 items 10 and 16: standard input is read in bounded lines, and empty input is a usage error.
void TestCheckIdCommand::standardInputIsBoundedAndMustNotBeEmpty()
{
    const Run empty = runTool({"check-id", "-"}, "");
    QCOMPARE(empty.status, 2);
    QVERIFY(!empty.err.isEmpty());
    QVERIFY(empty.lines.isEmpty());

    const Run huge = runTool({"check-id", "-"}, QByteArray(10 * 1024 * 1024, '1') + "\n24047230752\n");
    QCOMPARE(huge.status, 1);
    QCOMPARE(huge.lines.size(), 2);
    QVERIFY(huge.out.size() < 4096); // never echoed whole
    QCOMPARE(huge.lines.at(0).value("valid").toBool(), false);
    QVERIFY(huge.lines.at(0).value("reasons").toArray().contains(QJsonValue("length")));
    QCOMPARE(huge.lines.at(1).value("valid").toBool(), true);
}

void TestCheckIdCommand::usageErrors()
{
    QCOMPARE(runTool({"check-id"}).status, 2);
    QCOMPARE(runTool({"check-id", "--type", "passport", "1"}).status, 2);
    QCOMPARE(runTool({"no-such-command"}).status, 2);
    QCOMPARE(runTool({"--lang", "de", "check-id", "1"}).status, 2);
    QCOMPARE(runTool({"--bogus"}).status, 2);
    QCOMPARE(runTool({}).status, 2);
    QVERIFY(!runTool({"check-id", "--nope", "1"}).err.isEmpty());
}

void TestCheckIdCommand::languageOption()
{
    const Run bokmal = runTool({"--lang", "nb", "check-id", "2404723075"});
    QVERIFY2(bokmal.lines.first().value("messages").toArray().first().toString().contains("siffer"),
        qPrintable(bokmal.out));
    const Run nynorsk = runTool({"--lang", "nn", "check-id", "2404723075"});
    QVERIFY(nynorsk.lines.first().value("messages").toArray().first().toString()
        != bokmal.lines.first().value("messages").toArray().first().toString());
}

void TestCheckIdCommand::helpAndVersion()
{
    const Run help = runTool({"--help"});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains("check-id"));
    const Run version = runTool({"--version"});
    QCOMPARE(version.status, 0);
    QVERIFY(version.out.startsWith("meldeklient-cli " MELDEKLIENT_VERSION));
    QCOMPARE(runTool({"check-id", "--help"}).status, 0);
}

QTEST_GUILESS_MAIN(TestCheckIdCommand)
#include "TestCheckIdCommand.moc"
