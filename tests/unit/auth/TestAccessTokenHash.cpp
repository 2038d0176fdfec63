#include "core/auth/jose/AccessTokenHash.h"

#include "RfcVectors.h"

#include <QTest>

using namespace Meldeklient::Auth::Jose;

class TestAccessTokenHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc9449Ath();
    void atHashIsLeftHalf();
};

void TestAccessTokenHash::rfc9449Ath()
{
    QCOMPARE(AccessTokenHash::ath(RfcVectors::Rfc9449AccessToken), QByteArray(RfcVectors::Rfc9449Ath));
    QVERIFY(AccessTokenHash::ath("other") != QByteArray(RfcVectors::Rfc9449Ath));
}

void TestAccessTokenHash::atHashIsLeftHalf()
{
    // OpenID Connect Core §3.1.3.6: left 128 bits of SHA-256 → 22 base64url characters; SHA-384 → 32; SHA-512 → 43.
    const QByteArray sha256 = AccessTokenHash::atHash(RfcVectors::Rfc9449AccessToken, "SHA256");
    QCOMPARE(sha256.size(), 22);
    // It is a prefix of ath in decoded form: both hash the same token with SHA-256.
    QCOMPARE(sha256.left(21), AccessTokenHash::ath(RfcVectors::Rfc9449AccessToken).left(21));
    QCOMPARE(AccessTokenHash::atHash("t", "SHA384").size(), 32);
    QCOMPARE(AccessTokenHash::atHash("t", "SHA512").size(), 43);
}

QTEST_APPLESS_MAIN(TestAccessTokenHash)
#include "TestAccessTokenHash.moc"
