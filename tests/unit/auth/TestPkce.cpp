#include "core/auth/jose/Pkce.h"

#include "RfcVectors.h"

#include <QRegularExpression>
#include <QTest>

using namespace Meldeklient::Auth::Jose;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB();
    void generatedPairIsConsistent();
    void freshEachTime();
};

void TestPkce::rfc7636AppendixB()
{
    QCOMPARE(Pkce::challengeFor(RfcVectors::Rfc7636Verifier), QByteArray(RfcVectors::Rfc7636Challenge));
    QCOMPARE(Pkce::method(), QString("S256"));
}

void TestPkce::generatedPairIsConsistent()
{
    const auto pkce = Pkce::generate();
    QVERIFY(pkce.isOk());
    // RFC 7636 §4.1: 43..128 characters of [A-Za-z0-9-._~]; 32 random bytes give exactly 43.
    QCOMPARE(pkce->verifier().size(), 43);
    QVERIFY(QRegularExpression("^[A-Za-z0-9_-]{43}$").match(QString::fromLatin1(pkce->verifier())).hasMatch());
    QCOMPARE(pkce->challenge(), Pkce::challengeFor(pkce->verifier()));
    QCOMPARE(pkce->challenge().size(), 43);
}

void TestPkce::freshEachTime()
{
    QVERIFY(Pkce::generate()->verifier() != Pkce::generate()->verifier());
}

QTEST_APPLESS_MAIN(TestPkce)
#include "TestPkce.moc"
