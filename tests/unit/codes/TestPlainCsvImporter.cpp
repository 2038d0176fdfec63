#include "core/codes/PlainCsvImporter.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;

class TestPlainCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPairsHeaderCommentsAndQuotes();
    void icd10SystemNormalisesCodes();
    void acceptsBomAndCrLf();
    void rejects_data();
    void rejects();
    void needsSystem();
};

void TestPlainCsvImporter::readsPairsHeaderCommentsAndQuotes()
{
    const Result<CodeList> list = PlainCsvImporter::import("# Dødssted, written for the test\n"
                                                           "kode;tekst\n"
                                                           "1;Sykehus\n"
                                                           "\n"
                                                           "4;\"Annen helseinstitusjon; sykehjem\"\n"
                                                           "8;\"Annet, \"\"offentlig\"\" sted\"\n"
                                                           "  10 ; Ikke kjent \n",
        "99003", "2024-1");
    QVERIFY2(list.isOk(), qPrintable(list.isOk() ? QString() : list.error().message));
    QCOMPARE(list->url(), "urn:oid:2.16.578.1.12.4.1.1.99003");
    QCOMPARE(list->version(), "2024-1");
    QCOMPARE(list->size(), 4);
    QCOMPARE(list->at(1).display, "Annen helseinstitusjon; sykehjem");
    QCOMPARE(list->at(2).display, "Annet, \"offentlig\" sted");
    QCOMPARE(list->at(3).code, "10");
    QCOMPARE(list->at(3).display, "Ikke kjent");
}

void TestPlainCsvImporter::icd10SystemNormalisesCodes()
{
    const Result<CodeList> list = PlainCsvImporter::import("code;text\nI21.9;Infarct\nr99;Unknown\n", "7110", "1");
    QVERIFY(list.isOk());
    QCOMPARE(list->at(0).code, "I219");
    QCOMPARE(list->at(1).code, "r99"); // case as written; found in any case
    QCOMPARE(list->indexOf(u"R99"), 1);
}

void TestPlainCsvImporter::acceptsBomAndCrLf()
{
    const Result<CodeList> list = PlainCsvImporter::import("\xEF\xBB\xBF" "code;text\r\n1;Ja\r\n2;\"Nei\"\r\n", "1102", "1");
    QVERIFY(list.isOk());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).code, "1");
    QCOMPARE(list->at(1).display, "Nei");

    // A byte-order mark inside the file (files joined together) is dropped like the leading one.
    const Result<CodeList> joined = PlainCsvImporter::import("1;Ja\n\xEF\xBB\xBF" "2;\xEF\xBB\xBFNei\n", "1102", "1");
    QVERIFY(joined.isOk());
    QCOMPARE(joined->at(1).code, "2");
    QCOMPARE(joined->at(1).display, "Nei");
}

void TestPlainCsvImporter::rejects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << "codes-empty" << "no codes";
    QTest::newRow("only comments") << QByteArray("# nothing\n\ncode;text\n") << "codes-empty" << "no codes";
    QTest::newRow("one column") << QByteArray("1;Ja\n2\n") << "codes-csv-columns" << "Line 2";
    QTest::newRow("three columns") << QByteArray("1;Ja;extra\n") << "codes-csv-columns" << "Line 1";
    QTest::newRow("missing code") << QByteArray("1;Ja\n ;Nei\n") << "codes-missing-code" << "Line 2";
    QTest::newRow("duplicate") << QByteArray("1;Ja\n2;Nei\n1;Igjen\n") << "codes-duplicate-code" << "Line 3";
    QTest::newRow("unterminated quote") << QByteArray("1;\"Ja\n2;Nei\n") << "codes-csv-quote" << "Line 1";
    QTest::newRow("text after quote") << QByteArray("1;Ja\n2;\"Nei\"x\n") << "codes-csv-quote" << "Line 2, field 2";
    QTest::newRow("stray quote") << QByteArray("1;J\"a\n") << "codes-csv-quote" << "field 2";
    QTest::newRow("latin-1") << QByteArray("1;Ja\n2;D\xf8\x64sted\n") << "codes-encoding" << "Line 2";
}

void TestPlainCsvImporter::rejects()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const Result<CodeList> list = PlainCsvImporter::import(content, "urn:example", "1");
    QVERIFY(!list.isOk());
    QCOMPARE(list.error().code, code);
    QVERIFY2(list.error().message.contains(mentions), qPrintable(list.error().message));
}

void TestPlainCsvImporter::needsSystem()
{
    QCOMPARE(PlainCsvImporter::import("1;Ja\n", " ", "1").error().code, "codes-missing-system");
}

QTEST_GUILESS_MAIN(TestPlainCsvImporter)
#include "TestPlainCsvImporter.moc"
