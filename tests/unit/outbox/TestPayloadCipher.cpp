#include "core/outbox/PayloadCipher.h"

#include <QTest>

using namespace Meldeklient::Outbox;

class TestPayloadCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void blobLayoutIsVersionedWithFreshNonces();
    void everyFlippedBitIsDetected();
    void wrongKeyIsDetected();
    void blobMovedToAnotherItemOrFieldIsDetected();
    void truncatedAndForeignBlobsAreRejected();
    void keyOfWrongSizeRefusesToWork();
};

namespace {
QByteArray keyOf(char fill)
{
    return QByteArray(PayloadCipher::KeySize, fill);
}
} // namespace

void TestPayloadCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("json") << QByteArray(R"({"fnr":"24047230752","name":"Kari Nordmann"})");
    QTest::newRow("binary") << QByteArray("\0\1\2\xff\xfe", 5);
    QTest::newRow("large") << QByteArray(1 << 20, 'a');
}

void TestPayloadCipher::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    const PayloadCipher cipher(keyOf('k'));
    const QByteArray aad = PayloadCipher::associatedData(7, QLatin1StringView("payload"));
    const auto blob = cipher.encrypt(plaintext, aad);
    QVERIFY(blob.isOk());
    QCOMPARE(blob.value().size(), plaintext.size() + PayloadCipher::Overhead);
    if (plaintext.size() > 8)
        QVERIFY(!blob.value().contains(plaintext.left(8)));
    const auto back = cipher.decrypt(blob.value(), aad);
    QVERIFY(back.isOk());
    QCOMPARE(back.value(), plaintext);
}

void TestPayloadCipher::blobLayoutIsVersionedWithFreshNonces()
{
    const PayloadCipher cipher(keyOf('k'));
    const QByteArray aad = PayloadCipher::associatedData(1, QLatin1StringView("draft"));
    const QByteArray a = cipher.encrypt("same text", aad).value();
    const QByteArray b = cipher.encrypt("same text", aad).value();
    QVERIFY(a.startsWith(QByteArray("MKE\x01")));
    QVERIFY(a.mid(4, PayloadCipher::NonceSize) != b.mid(4, PayloadCipher::NonceSize));
    QVERIFY(a != b);
}

void TestPayloadCipher::everyFlippedBitIsDetected()
{
    const PayloadCipher cipher(keyOf('k'));
    const QByteArray aad = PayloadCipher::associatedData(3, QLatin1StringView("payload"));
    const QByteArray blob = cipher.encrypt("Hjerteinfarkt", aad).value();
    for (int i = 0; i < blob.size(); ++i) {
        for (int bit = 0; bit < 8; bit += 3) {
            QByteArray tampered = blob;
            tampered[i] = static_cast<char>(tampered[i] ^ (1 << bit));
            const auto result = cipher.decrypt(tampered, aad);
            QVERIFY2(!result.isOk(), qPrintable(QString("byte %1 bit %2").arg(i).arg(bit)));
            QVERIFY(result.error().code == "outbox-decrypt-failed" || result.error().code == "outbox-blob-format");
        }
    }
}

void TestPayloadCipher::wrongKeyIsDetected()
{
    const QByteArray aad = PayloadCipher::associatedData(3, QLatin1StringView("payload"));
    const QByteArray blob = PayloadCipher(keyOf('a')).encrypt("secret", aad).value();
    const auto result = PayloadCipher(keyOf('b')).decrypt(blob, aad);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, QString("outbox-decrypt-failed"));
    QVERIFY(!result.error().message.isEmpty());
}

void TestPayloadCipher::blobMovedToAnotherItemOrFieldIsDetected()
{
    const PayloadCipher cipher(keyOf('k'));
    const QByteArray blob = cipher.encrypt("Kari", PayloadCipher::associatedData(1, QLatin1StringView("draft"))).value();
    QVERIFY(!cipher.decrypt(blob, PayloadCipher::associatedData(2, QLatin1StringView("draft"))).isOk());
    QVERIFY(!cipher.decrypt(blob, PayloadCipher::associatedData(1, QLatin1StringView("payload"))).isOk());
    QVERIFY(!cipher.decrypt(blob, PayloadCipher::associatedData(1LL << 32 | 1, QLatin1StringView("draft"))).isOk());
    QVERIFY(cipher.decrypt(blob, PayloadCipher::associatedData(1, QLatin1StringView("draft"))).isOk());
}

void TestPayloadCipher::truncatedAndForeignBlobsAreRejected()
{
    const PayloadCipher cipher(keyOf('k'));
    const QByteArray aad = PayloadCipher::associatedData(1, QLatin1StringView("draft"));
    const QByteArray blob = cipher.encrypt("text", aad).value();
    QCOMPARE(cipher.decrypt({}, aad).error().code, QString("outbox-blob-format"));
    QCOMPARE(cipher.decrypt(blob.left(PayloadCipher::Overhead - 1), aad).error().code, QString("outbox-blob-format"));
    QCOMPARE(cipher.decrypt("plain text that was never encrypted", aad).error().code, QString("outbox-blob-format"));
    QByteArray futureVersion = blob;
    futureVersion[3] = 2;
    QCOMPARE(cipher.decrypt(futureVersion, aad).error().code, QString("outbox-blob-format"));
    QCOMPARE(cipher.decrypt(blob.left(blob.size() - 1), aad).error().code, QString("outbox-decrypt-failed"));
}

void TestPayloadCipher::keyOfWrongSizeRefusesToWork()
{
    const PayloadCipher cipher(QByteArray(16, 'k'));
    QVERIFY(!cipher.isValid());
    QCOMPARE(cipher.encrypt("x", "aad").error().code, QString("outbox-encrypt-failed"));
}

QTEST_GUILESS_MAIN(TestPayloadCipher)
#include "TestPayloadCipher.moc"
