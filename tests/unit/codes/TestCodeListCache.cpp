#include "CodesFixtures.h"
#include "core/codes/CodeListCache.h"
#include "core/codes/IrisIcd10Importer.h"
#include "core/common/DataDirectory.h"

#include <QCborArray>
#include <QCborMap>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;

namespace {
CodeList valueSet()
{
    CodeList list(CodeList::Kind::ValueSet, "http://example.org/vs", "3");
    list.setTitle("Terminal modes");
    list.add({"I469", "Heart stopped", "urn:oid:2.16.578.1.12.4.1.1.7110"});
    list.add({"1", "Ja, \"quoted\" æøå", "urn:oid:2.16.578.1.12.4.1.1.1102"});
    return list;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray envelope(const QCborMap& payload)
{
    const QByteArray bytes = payload.toCborValue().toCbor();
    QCborMap map;
    map.insert(QStringLiteral("magic"), "meldeklient-codelist");
    map.insert(QStringLiteral("format"), CodeListCache::formatVersion);
    map.insert(QStringLiteral("sha256"), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    map.insert(QStringLiteral("payload"), bytes);
    return map.toCborValue().toCbor();
}

QCborMap codesAndDisplays(const QString& url, const QCborArray& codes, const QCborArray& displays)
{
    QCborMap payload;
    payload.insert(QStringLiteral("kind"), 0);
    payload.insert(QStringLiteral("url"), url);
    payload.insert(QStringLiteral("codes"), codes);
    payload.insert(QStringLiteral("displays"), displays);
    return payload;
}

void overwrite(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write");
}
} // namespace

class TestCodeListCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultDirectoryIsUnderDataDirectory();
    void roundTripIcd10WithAttributes();
    void roundTripValueSet();
    void saveReplacesSameUrl();
    void corruptFilesAreReportedAndSkipped_data();
    void corruptFilesAreReportedAndSkipped();
    void otherFormatVersionIsReported();
    void removeForgetsList();

private:
    QTemporaryDir m_dir;
};

void TestCodeListCache::init()
{
    QVERIFY(m_dir.isValid());
    qputenv("MELDEKLIENT_DATA_DIR", m_dir.path().toUtf8());
    QDir(m_dir.filePath("codes")).removeRecursively();
}

void TestCodeListCache::defaultDirectoryIsUnderDataDirectory()
{
    QCOMPARE(CodeListCache().directory(), QDir(m_dir.path()).absolutePath() + "/codes");
    QCOMPARE(CodeListCache().filePath("7110"), CodeListCache().filePath("urn:oid:2.16.578.1.12.4.1.1.7110"));
    QVERIFY(CodeListCache().filePath("7110") != CodeListCache().filePath("3101"));
}

void TestCodeListCache::roundTripIcd10WithAttributes()
{
    const CodeList icd = *IrisIcd10Importer::import(Test::irisValidCodes(), Test::irisNonConsistent());
    const CodeListCache cache;
    QVERIFY(cache.save(icd).isOk());
    const CodeListCache::LoadReport report = CodeListCache().loadAll();
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.lists.size(), 1);
    QVERIFY(report.lists.first() == icd);
    QVERIFY(report.lists.first().icd10Attributes(report.lists.first().indexOf(u"C61")).hasRestrictions);
    QCOMPARE(report.lists.first().indexOf(u"I21.9"), icd.indexOf(u"I219"));
}

void TestCodeListCache::roundTripValueSet()
{
    const CodeListCache cache;
    QVERIFY(cache.save(valueSet()).isOk());
    const CodeListCache::LoadReport report = cache.loadAll();
    QCOMPARE(report.lists.size(), 1);
    QVERIFY(report.lists.first() == valueSet());
    QVERIFY(!report.lists.first().hasIcd10Attributes());
    QCOMPARE(report.lists.first().at(1).system, "urn:oid:2.16.578.1.12.4.1.1.1102");
}

void TestCodeListCache::saveReplacesSameUrl()
{
    const CodeListCache cache;
    CodeList list = valueSet();
    QVERIFY(cache.save(list).isOk());
    list.setVersion("4");
    QVERIFY(cache.save(list).isOk());
    const CodeListCache::LoadReport report = cache.loadAll();
    QCOMPARE(report.lists.size(), 1);
    QCOMPARE(report.lists.first().version(), "4");
}

void TestCodeListCache::corruptFilesAreReportedAndSkipped_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("truncated") << 0;
    QTest::newRow("flipped byte in payload") << 1;
    QTest::newRow("empty") << 2;
    QTest::newRow("not cbor") << 3;
    QTest::newRow("valid cbor, wrong shape") << 4;
    QTest::newRow("checksum right, attributes out of range") << 5;
    QTest::newRow("checksum right, duplicate codes") << 6;
    QTest::newRow("checksum right, arrays of different length") << 7;
}

void TestCodeListCache::corruptFilesAreReportedAndSkipped()
{
    QFETCH(int, damage);
    const CodeListCache cache;
    const CodeList icd = *IrisIcd10Importer::import(Test::irisValidCodes(), Test::irisNonConsistent());
    QVERIFY(cache.save(icd).isOk());
    QVERIFY(cache.save(valueSet()).isOk());
    const QString path = cache.filePath(icd.url());
    const QByteArray good = readAll(path);
    switch (damage) {
    case 0:
        overwrite(path, good.left(good.size() / 2));
        break;
    case 1: {
        QByteArray bad = good;
        bad[bad.size() - 40] = static_cast<char>(bad[bad.size() - 40] ^ 0x20);
        overwrite(path, bad);
        break;
    }
    case 2:
        overwrite(path, {});
        break;
    case 3:
        overwrite(path, "this is not a cache file");
        break;
    case 4:
        overwrite(path, QByteArray::fromHex("a1636b65796576616c7565")); // {"key": "value"}
        break;
    case 5: {
        // A correct checksum around content we never write: attribute bytes out of range.
        QCborMap payload = codesAndDisplays(icd.url(), {"A00"}, {"x"});
        payload.insert(QStringLiteral("icd10"), QByteArray(18, '\x7f'));
        overwrite(path, envelope(payload));
        break;
    }
    case 6:
        overwrite(path, envelope(codesAndDisplays(icd.url(), {"A00", "A00"}, {"x", "y"})));
        break;
    case 7:
        overwrite(path, envelope(codesAndDisplays(icd.url(), {"A00", "A01"}, {"x"})));
        break;
    }
    const CodeListCache::LoadReport report = cache.loadAll();
    QCOMPARE(report.lists.size(), 1); // the undamaged value set still loads
    QCOMPARE(report.lists.first().url(), "http://example.org/vs");
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().code, "codes-cache-corrupt");
    QVERIFY(!report.problems.first().message.isEmpty());
}

void TestCodeListCache::otherFormatVersionIsReported()
{
    // An envelope from a future format: magic right, format 99.
    QByteArray bytes = CodeListCache::serialize(valueSet());
    const QByteArray formatOne = QByteArray::fromHex("666f726d617401"); // "format": 1
    QVERIFY(bytes.contains(formatOne));
    bytes.replace(formatOne, QByteArray::fromHex("666f726d61741863")); // "format": 99
    const Result<CodeList> list = CodeListCache::deserialize(bytes);
    QVERIFY(!list.isOk());
    QCOMPARE(list.error().code, "codes-cache-format");
}

void TestCodeListCache::removeForgetsList()
{
    const CodeListCache cache;
    QVERIFY(cache.save(valueSet()).isOk());
    QVERIFY(cache.remove("http://example.org/vs"));
    QVERIFY(cache.loadAll().lists.isEmpty());
}

QTEST_GUILESS_MAIN(TestCodeListCache)
#include "TestCodeListCache.moc"
