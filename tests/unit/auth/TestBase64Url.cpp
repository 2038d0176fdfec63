#include "core/auth/jose/Base64Url.h"

#include <QTest>

using namespace Meldeklient::Auth::Jose;

class TestBase64Url : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4648Vectors_data();
    void rfc4648Vectors();
    void urlAlphabet();
    void allByteValuesRoundTrip();
    void rejectsInvalid_data();
    void rejectsInvalid();
};

void TestBase64Url::rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("encoded");
    // RFC 4648 §10, with the padding removed as base64url in JOSE requires.
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
}

void TestBase64Url::rfc4648Vectors()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, encoded);
    QCOMPARE(Base64Url::encode(plain), encoded);
    const auto decoded = Base64Url::decode(encoded);
    QVERIFY(decoded.isOk());
    QCOMPARE(decoded.value(), plain);
}

void TestBase64Url::urlAlphabet()
{
    // 0xfb 0xff → "+/8" in base64, "-_8" in base64url.
    QCOMPARE(Base64Url::encode(QByteArray("\xfb\xff", 2)), QByteArray("-_8"));
    QCOMPARE(Base64Url::decode("-_8").value(), QByteArray("\xfb\xff", 2));
}

void TestBase64Url::allByteValuesRoundTrip()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(static_cast<char>(i));
    for (int length = 0; length <= all.size(); length += 37) {
        const QByteArray slice = all.left(length);
        const QByteArray encoded = Base64Url::encode(slice);
        QVERIFY(!encoded.contains('=') && !encoded.contains('+') && !encoded.contains('/'));
        QCOMPARE(Base64Url::decode(encoded).value(), slice);
    }
}

void TestBase64Url::rejectsInvalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding") << QByteArray("Zg==");
    QTest::newRow("single padding") << QByteArray("Zm8=");
    QTest::newRow("plus") << QByteArray("+/8");
    QTest::newRow("slash") << QByteArray("ab/c");
    QTest::newRow("space") << QByteArray("Zm9 v");
    QTest::newRow("newline") << QByteArray("Zm9v\n");
    QTest::newRow("dot") << QByteArray("Zm.v");
    QTest::newRow("length 4n+1") << QByteArray("Zm9vY");
    QTest::newRow("length 1") << QByteArray("Z");
    QTest::newRow("non-zero trailing bits, 2 chars") << QByteArray("Zh");
    QTest::newRow("non-zero trailing bits, 3 chars") << QByteArray("Zm9");
    QTest::newRow("non-ascii") << QByteArray("Zm\xc3\xa9v");
    QTest::newRow("nul") << QByteArray("Zm\0v", 4);
}

void TestBase64Url::rejectsInvalid()
{
    QFETCH(QByteArray, text);
    const auto decoded = Base64Url::decode(text);
    QVERIFY(!decoded.isOk());
    QCOMPARE(decoded.error().code, QString("base64url-invalid"));
}

QTEST_APPLESS_MAIN(TestBase64Url)
#include "TestBase64Url.moc"
