#include "CodesFixtures.h"
#include "core/codes/CodeListFileImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;

namespace {
QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write fixture");
    return path;
}
} // namespace

class TestCodeListFileImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsFormatByContent();
    void irisPicksRestrictionsFromSameFolder();
    void irisWithoutRestrictions();
    void restrictionTableAloneIsRefused();
    void fhirAndPlainCsv();
    void unreadableFile();
};

void TestCodeListFileImporter::detectsFormatByContent()
{
    using Format = CodeListFileImporter::Format;
    QCOMPARE(CodeListFileImporter::detect("  \n{\"resourceType\": 1}"), Format::FhirJson);
    QCOMPARE(CodeListFileImporter::detect(Test::irisValidCodes()), Format::IrisValidCodes);
    QCOMPARE(CodeListFileImporter::detect(Test::irisNonConsistent()), Format::IrisNonConsistent);
    QCOMPARE(CodeListFileImporter::detect("1;Ja\n"), Format::PlainCsv);
    QCOMPARE(CodeListFileImporter::detect(""), Format::PlainCsv);
}

void TestCodeListFileImporter::irisPicksRestrictionsFromSameFolder()
{
    QTemporaryDir dir;
    // Named differently from Iris: detection is by content, the sibling by its Iris name.
    const QString path = write(dir, "icd10-codes.csv", Test::irisValidCodes());
    write(dir, "NonConsistentIcdCodes_NewFormat.csv", Test::irisNonConsistent());
    const Result<CodeList> list = CodeListFileImporter::importFile(path, {});
    QVERIFY(list.isOk());
    QVERIFY(list->icd10Attributes(list->indexOf(u"C61")).hasRestrictions);
}

void TestCodeListFileImporter::irisWithoutRestrictions()
{
    QTemporaryDir dir;
    const QString path = write(dir, "ValidIcdCodes.csv", Test::irisValidCodes());
    const Result<CodeList> list = CodeListFileImporter::importFile(path, {QString(), "v7"});
    QVERIFY(list.isOk());
    QCOMPARE(list->version(), "v7");
    QVERIFY(!list->icd10Attributes(list->indexOf(u"C61")).hasRestrictions);

    // A damaged sibling fails the import instead of silently dropping the checks.
    write(dir, "NonConsistentIcdCodes_NewFormat.csv", "ncicId,Icd,Sex\n1,\"C61\n");
    QCOMPARE(CodeListFileImporter::importFile(path, {}).error().code, "codes-csv-quote");
}

void TestCodeListFileImporter::restrictionTableAloneIsRefused()
{
    QTemporaryDir dir;
    const QString path = write(dir, "NonConsistentIcdCodes_NewFormat.csv", Test::irisNonConsistent());
    const Result<CodeList> list = CodeListFileImporter::importFile(path, {});
    QCOMPARE(list.error().code, "codes-unsupported");
    QVERIFY(list.error().message.contains("ValidIcdCodes.csv"));
}

void TestCodeListFileImporter::fhirAndPlainCsv()
{
    QTemporaryDir dir;
    const QString json =
        write(dir, "a.json", R"({"resourceType": "CodeSystem", "url": "1102", "concept": [{"code": "1"}]})");
    QCOMPARE(CodeListFileImporter::importFile(json, {})->url(), "urn:oid:2.16.578.1.12.4.1.1.1102");
    const QString csv = write(dir, "b.csv", "1;Ja\n2;Nei\n");
    QCOMPARE(CodeListFileImporter::importFile(csv, {"1102", "2"})->size(), 2);
    QCOMPARE(CodeListFileImporter::importFile(csv, {}).error().code, "codes-missing-system");
}

void TestCodeListFileImporter::unreadableFile()
{
    const Result<CodeList> list = CodeListFileImporter::importFile("/nonexistent/dir/codes.csv", {"1", "1"});
    QCOMPARE(list.error().code, "input-missing");
    QVERIFY(list.error().message.contains("codes.csv"));
}

QTEST_GUILESS_MAIN(TestCodeListFileImporter)
#include "TestCodeListFileImporter.moc"
