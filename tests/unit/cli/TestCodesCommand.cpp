#include "../codes/CodesFixtures.h"
#include "CliTestRun.h"
#include "cli/CodesCommand.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient::Cli;

namespace {
using Run = Meldeklient::Test::CliRun;

Run runTool(const QStringList& arguments)
{
    return Meldeklient::Test::runCli<CodesCommand>(QStringList {"--lang", "en"} + arguments);
}
} // namespace

class TestCodesCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importSearchInfo();
    void importPlainCsvNeedsSystem();
    void badFileFailsAndChangesNothing();
    void searchWithoutImportFails();
    void usageErrors();
    void corruptCacheIsReported();

private:
    QString write(const QString& name, const QByteArray& content);
    QTemporaryDir m_files;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestCodesCommand::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    qputenv("MELDEKLIENT_DATA_DIR", m_data->path().toUtf8());
}

QString TestCodesCommand::write(const QString& name, const QByteArray& content)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write fixture");
    return path;
}

void TestCodesCommand::importSearchInfo()
{
    const QString valid = write("ValidIcdCodes.csv", Meldeklient::Test::irisValidCodes());
    write("NonConsistentIcdCodes_NewFormat.csv", Meldeklient::Test::irisNonConsistent());
    const QString json = write("place.json", R"({"resourceType": "CodeSystem", "url": "99003", "version": "1",
        "concept": [{"code": "1", "display": "Sykehus"}]})");
    const Run imported = runTool({"codes", "import", valid, json});
    QCOMPARE(imported.status, 0);
    QCOMPARE(imported.lines.size(), 2);
    QCOMPARE(imported.lines.at(0).value("url").toString(), "urn:oid:2.16.578.1.12.4.1.1.7110");
    QCOMPARE(imported.lines.at(0).value("concepts").toInt(), 18);
    QCOMPARE(imported.lines.at(0).value("version").toString(), "iris-2020");
    QCOMPARE(imported.lines.at(1).value("kind").toString(), "CodeSystem");

    const Run search = runTool({"codes", "search", "--limit", "2", "i21.9"});
    QCOMPARE(search.status, 0);
    QCOMPARE(search.lines.size(), 2);
    const QJsonObject first = search.lines.first();
    QCOMPARE(first.value("code").toString(), "I219");
    QCOMPARE(first.value("displayCode").toString(), "I21.9");
    QCOMPARE(first.value("display").toString(), "Acute heart infarction, not specified");
    QCOMPARE(first.value("system").toString(), "urn:oid:2.16.578.1.12.4.1.1.7110");
    QCOMPARE(first.value("rank").toInt(), 1);
    QCOMPARE(first.value("kind").toString(), "exact-code");
    QCOMPARE(search.lines.at(1).value("kind").toString(), "code-prefix");

    const Run text = runTool({"codes", "search", "meniere"});
    QCOMPARE(text.lines.size(), 1);
    QCOMPARE(text.lines.first().value("display").toString(), "Ménière's fixture disease");
    QCOMPARE(text.lines.first().value("kind").toString(), "text");
    QCOMPARE(runTool({"codes", "search", "--system", "99003", "syk"}).lines.first().value("code").toString(), "1");

    const Run info = runTool({"codes", "info"});
    QCOMPARE(info.status, 0);
    QCOMPARE(info.lines.size(), 1);
    const QJsonObject object = info.lines.first();
    QCOMPARE(object.value("cachePath").toString(), QDir(m_data->path()).absolutePath() + "/codes");
    const QJsonArray systems = object.value("systems").toArray();
    QCOMPARE(systems.size(), 2);
    QCOMPARE(systems.at(1).toObject().value("url").toString(), "urn:oid:2.16.578.1.12.4.1.1.99003");
    QCOMPARE(systems.at(0).toObject().value("concepts").toInt(), 18);
    QCOMPARE(systems.at(0).toObject().value("icd10Attributes").toBool(), true);
    QVERIFY(object.value("problems").toArray().isEmpty());
}

void TestCodesCommand::importPlainCsvNeedsSystem()
{
    const QString csv = write("yesno.csv", "code;text\n1;Ja\n2;Nei\n");
    const Run missing = runTool({"codes", "import", csv});
    QCOMPARE(missing.status, 1);
    QVERIFY(missing.err.contains("codes-missing-system"));
    const Run ok = runTool({"codes", "import", "--system", "1102", "--version", "2", csv});
    QCOMPARE(ok.status, 0);
    QCOMPARE(ok.lines.first().value("url").toString(), "urn:oid:2.16.578.1.12.4.1.1.1102");
    QCOMPARE(ok.lines.first().value("version").toString(), "2");
    QCOMPARE(ok.lines.first().value("concepts").toInt(), 2);
}

void TestCodesCommand::badFileFailsAndChangesNothing()
{
    const QString good = write("a.json", R"({"resourceType": "CodeSystem", "url": "u", "concept": [{"code": "1"}]})");
    const QString bad = write("b.json", R"({"resourceType": "Patient", "url": "u"})");
    const Run run = runTool({"codes", "import", good, bad});
    QCOMPARE(run.status, 1);
    QVERIFY(run.err.contains("b.json"));
    QVERIFY(run.err.contains("codes-resource-type"));
    QVERIFY(run.out.isEmpty());
    QVERIFY(runTool({"codes", "info"}).lines.first().value("systems").toArray().isEmpty());
    // A file that cannot be read is unreadable input: 2, as everywhere (issue 9 item 16).
    QCOMPARE(runTool({"codes", "import", m_files.filePath("missing.csv")}).status, 2);
}

void TestCodesCommand::searchWithoutImportFails()
{
    const Run run = runTool({"codes", "search", "I21"});
    QCOMPARE(run.status, 1);
    QVERIFY(run.err.contains("codes import"));
}

void TestCodesCommand::usageErrors()
{
    QCOMPARE(runTool({"codes"}).status, 2);
    QCOMPARE(runTool({"codes", "frobnicate"}).status, 2);
    QCOMPARE(runTool({"codes", "import"}).status, 2);
    QCOMPARE(runTool({"codes", "search"}).status, 2);
    QCOMPARE(runTool({"codes", "search", "--limit", "0", "x"}).status, 2);
    QCOMPARE(runTool({"codes", "search", "--limit", "many", "x"}).status, 2);
    QCOMPARE(runTool({"codes", "search", "--bogus", "x"}).status, 2);
    QCOMPARE(runTool({"codes", "info", "extra"}).status, 2);
    const Run help = runTool({"codes", "search", "--help"});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains("codes search"));
}

void TestCodesCommand::corruptCacheIsReported()
{
    const QString json = write("c.json", R"({"resourceType": "CodeSystem", "url": "u", "concept": [{"code": "1"}]})");
    QCOMPARE(runTool({"codes", "import", json}).status, 0);
    const QString cacheDir = m_data->path() + "/codes";
    const QStringList files = QDir(cacheDir).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile file(cacheDir + "/" + files.first());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("garbage");
    file.close();
    const Run info = runTool({"codes", "info"});
    QCOMPARE(info.status, 1);
    QCOMPARE(info.lines.first().value("problems").toArray().first().toString(), "codes-cache-corrupt");
    QVERIFY(info.lines.first().value("systems").toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestCodesCommand)
#include "TestCodesCommand.moc"
