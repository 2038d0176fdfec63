#include "core/auth/jose/EcdsaSignature.h"

#include <QTest>

using namespace Meldeklient::Auth::Jose;

class TestEcdsaSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsFixedWidth();
    void knownDerEncoding();
    void rejectsWrongRawLength();
    void rejectsGarbageDer();
};

void TestEcdsaSignature::roundTripKeepsFixedWidth()
{
    // R with leading zero bytes and S with the high bit set exercise DER's minimal and sign-padding rules.
    QByteArray raw(64, '\0');
    raw[2] = 0x01;
    raw[31] = 0x7f;
    for (int i = 32; i < 64; ++i)
        raw[i] = static_cast<char>(0x80 + i);
    const auto der = EcdsaSignature::rawToDer(raw, 32);
    QVERIFY(der.isOk());
    const auto back = EcdsaSignature::derToRaw(der.value(), 32);
    QVERIFY(back.isOk());
    QCOMPARE(back->size(), 64);
    QCOMPARE(back.value(), raw);
}

void TestEcdsaSignature::knownDerEncoding()
{
    // r = 1, s = 0x80: SEQUENCE { INTEGER 01, INTEGER 00 80 }.
    QByteArray raw(64, '\0');
    raw[31] = 0x01;
    raw[63] = static_cast<char>(0x80);
    QCOMPARE(EcdsaSignature::rawToDer(raw, 32).value(), QByteArray::fromHex("300702010102020080"));
}

void TestEcdsaSignature::rejectsWrongRawLength()
{
    QCOMPARE(EcdsaSignature::rawToDer(QByteArray(63, '\x01'), 32).error().code, QString("jwt-signature"));
    QCOMPARE(EcdsaSignature::rawToDer(QByteArray(65, '\x01'), 32).error().code, QString("jwt-signature"));
    // A DER signature handed in where JOSE requires R‖S is refused, not converted.
    QCOMPARE(EcdsaSignature::rawToDer(QByteArray::fromHex("3006020101020101"), 32).error().code,
        QString("jwt-signature"));
}

void TestEcdsaSignature::rejectsGarbageDer()
{
    QCOMPARE(EcdsaSignature::derToRaw(QByteArray("not der"), 32).error().code, QString("jws-signature-encoding"));
    // An r longer than the component size cannot be represented in R‖S.
    const QByteArray longR = QByteArray::fromHex("30250220") + QByteArray(32, '\x7f') + QByteArray::fromHex("020101");
    QVERIFY(EcdsaSignature::derToRaw(longR, 32).isOk());
    QCOMPARE(EcdsaSignature::derToRaw(longR, 31).error().code, QString("jws-signature-encoding"));
}

QTEST_APPLESS_MAIN(TestEcdsaSignature)
#include "TestEcdsaSignature.moc"
