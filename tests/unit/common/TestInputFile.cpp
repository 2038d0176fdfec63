#include "core/common/FreeText.h"
#include "core/common/InputFile.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Meldeklient;

// Issue 9 item 10: only regular files are read, within a size limit for the kind of input, with a specific code; and
// item 7's character rule (FreeText), which every free-text check shares.
class TestInputFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsARegularFile();
    void refusesWhatIsNotARegularFile_data();
    void refusesWhatIsNotARegularFile();
    void fifoIsRefusedWithoutBlocking();
    void sizeLimitsFitTheKind();
    void missingFile();
    void readLineIsBounded();
    void freeTextRefusesControlAndBidiCharacters_data();
    void freeTextRefusesControlAndBidiCharacters();
    void freeTextCountsCodePoints();

private:
    QTemporaryDir m_dir;
};

void TestInputFile::readsARegularFile()
{
    const QString path = m_dir.filePath("bundle.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"resourceType\":\"Bundle\"}");
    file.close();
    const Result<QByteArray> content = InputFile::read(path, InputKind::Notification);
    QVERIFY(content.isOk());
    QCOMPARE(content.value(), QByteArray("{\"resourceType\":\"Bundle\"}"));
    // A symbolic link to a regular file is fine: what is opened counts.
    QVERIFY(QFile::link(path, m_dir.filePath("link.json")));
    QVERIFY(InputFile::read(m_dir.filePath("link.json"), InputKind::Notification).isOk());
}

void TestInputFile::refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/dev/zero") << "/dev/zero";
    QTest::newRow("/dev/null") << "/dev/null";
    QTest::newRow("a folder") << m_dir.path();
}

void TestInputFile::refusesWhatIsNotARegularFile()
{
    QFETCH(QString, path);
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> content = InputFile::read(path, InputKind::CodeList);
    QVERIFY(!content.isOk());
    QCOMPARE(content.error().code, QStringLiteral("input-not-a-file"));
    QVERIFY(content.error().message.contains(QStringLiteral("not a regular file")));
    QVERIFY(InputFile::isInputError(content.error()));
    QVERIFY(timer.elapsed() < 2000);
}

void TestInputFile::fifoIsRefusedWithoutBlocking()
{
    const QString path = m_dir.filePath("fifo");
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> content = InputFile::read(path, InputKind::Notification);
    QVERIFY(!content.isOk());
    QCOMPARE(content.error().code, QStringLiteral("input-not-a-file"));
    QVERIFY(content.error().message.contains(QStringLiteral("fifo")));
    QVERIFY(timer.elapsed() < 2000);
}

void TestInputFile::sizeLimitsFitTheKind()
{
    QVERIFY(InputFile::MaxNotificationBytes < InputFile::MaxCodeListBytes);
    const QString path = m_dir.filePath("big.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(InputFile::MaxNotificationBytes + 1)); // sparse: costs no disk
    file.close();
    const Result<QByteArray> notification = InputFile::read(path, InputKind::Notification);
    QVERIFY(!notification.isOk());
    QCOMPARE(notification.error().code, QStringLiteral("input-too-large"));
    QVERIFY(notification.error().message.contains(QStringLiteral("big.json")));
    // The same size is a small code list.
    const Result<QByteArray> codeList = InputFile::read(path, InputKind::CodeList);
    QVERIFY(codeList.isOk());
    QCOMPARE(codeList->size(), InputFile::MaxNotificationBytes + 1);
    // Exactly at the limit is fine.
    QVERIFY(QFile::resize(path, 100));
    QCOMPARE(InputFile::read(path, qint64(100))->size(), 100);
    QCOMPARE(InputFile::read(path, qint64(99)).error().code, QStringLiteral("input-too-large"));
}

void TestInputFile::missingFile()
{
    QCOMPARE(InputFile::read(m_dir.filePath("nope.json"), InputKind::Notification).error().code,
        QStringLiteral("input-missing"));
    QCOMPARE(InputFile::read(QString(), InputKind::Notification).error().code, QStringLiteral("input-missing"));
    const QString locked = m_dir.filePath("locked.json");
    QFile file(locked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    if (::geteuid() != 0) // root reads anything
        QCOMPARE(InputFile::read(locked, InputKind::Notification).error().code, QStringLiteral("input-unreadable"));
}

void TestInputFile::readLineIsBounded()
{
    QByteArray data = "24047230752\r\n" + QByteArray(1000000, '7') + "\nlast";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    bool truncated = true;
    QCOMPARE(InputFile::readLine(buffer, 256, &truncated).value(), QByteArray("24047230752"));
    QVERIFY(!truncated);
    const std::optional<QByteArray> longLine = InputFile::readLine(buffer, 256, &truncated);
    QCOMPARE(longLine->size(), 256);
    QVERIFY(truncated);
    QCOMPARE(InputFile::readLine(buffer, 256).value(), QByteArray("last"));
    QVERIFY(!InputFile::readLine(buffer, 256).has_value());
}

void TestInputFile::freeTextRefusesControlAndBidiCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("single");
    QTest::addColumn<int>("multi");
    const int none = int(FreeTextProblem::None);
    const int control = int(FreeTextProblem::ControlCharacter);
    const int lineBreak = int(FreeTextProblem::LineBreak);
    QTest::newRow("plain") << QStringLiteral("Hjerteinfarkt, akutt (æøå)") << none << none;
    QTest::newRow("NUL") << QStringLiteral("a%1b").arg(QChar(0)) << control << control;
    QTest::newRow("ESC") << QStringLiteral("a\x1b[2Jb") << control << control;
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << control << control;
    QTest::newRow("C1 CSI") << QString(QChar(0x9b)) << control << control;
    QTest::newRow("LF") << QStringLiteral("a\nb") << lineBreak << none;
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << lineBreak << none;
    QTest::newRow("U+2028") << QString(QChar(0x2028)) << lineBreak << none;
    QTest::newRow("tab") << QStringLiteral("a\tb") << control << none;
    for (const char16_t c : {u'\u202E', u'\u202A', u'\u202D', u'\u2066', u'\u2069', u'\u200E', u'\u200F', u'\u061C',
             u'\uFEFF', u'\u200B'}) {
        QTest::newRow(qPrintable(QStringLiteral("U+%1").arg(int(c), 4, 16, QChar(u'0'))))
            << QString(QChar(c)) << control << control;
    }
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << control << control;
    QTest::newRow("emoji") << QStringLiteral("\U0001F600") << none << none;
}

void TestInputFile::freeTextRefusesControlAndBidiCharacters()
{
    QFETCH(QString, text);
    QFETCH(int, single);
    QFETCH(int, multi);
    QCOMPARE(int(FreeText::check(text, TextLines::Single, 100)), single);
    QCOMPARE(int(FreeText::check(text, TextLines::Multi, 100)), multi);
    if (single != int(FreeTextProblem::None)) {
        const QString message = FreeText::message(FreeTextProblem(single), QStringLiteral("Avdeling"), 100);
        QVERIFY(message.contains(QStringLiteral("Avdeling")));
    }
}

void TestInputFile::freeTextCountsCodePoints()
{
    QCOMPARE(FreeText::length(QStringLiteral("\U0001F600\U0001F600")), 2);
    QCOMPARE(FreeText::check(QString(200, u'x'), TextLines::Single, 200), FreeTextProblem::None);
    QCOMPARE(FreeText::check(QString(201, u'x'), TextLines::Single, 200), FreeTextProblem::TooLong);
    QVERIFY(FreeText::message(FreeTextProblem::TooLong, QStringLiteral("E-post"), 254).contains(QStringLiteral("254")));
}

QTEST_GUILESS_MAIN(TestInputFile)
#include "TestInputFile.moc"
