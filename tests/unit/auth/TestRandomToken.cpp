#include "core/auth/jose/Base64Url.h"
#include "core/auth/jose/RandomToken.h"

#include <QSet>
#include <QTest>

using namespace Meldeklient::Auth::Jose;

class TestRandomToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultTokenFitsNonceLimit();
    void tokensAreDistinct();
    void lengthFollowsByteCount();
    void rejectsNonPositiveCounts();
};

void TestRandomToken::defaultTokenFitsNonceLimit()
{
    const auto token = RandomToken::generate();
    QVERIFY(token.isOk());
    QCOMPARE(token->size(), 43);
    QVERIFY(token->size() <= RandomToken::MaximumNonceLength);
    QCOMPARE(Base64Url::decode(token.value())->size(), RandomToken::DefaultBytes);
}

void TestRandomToken::tokensAreDistinct()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(RandomToken::generate().value());
    QCOMPARE(seen.size(), 1000);
}

void TestRandomToken::lengthFollowsByteCount()
{
    QCOMPARE(RandomToken::generate(16)->size(), 22);
    QCOMPARE(RandomToken::bytes(48)->size(), 48);
}

void TestRandomToken::rejectsNonPositiveCounts()
{
    QCOMPARE(RandomToken::generate(0).error().code, QString("random-failure"));
    QCOMPARE(RandomToken::bytes(-1).error().code, QString("random-failure"));
}

QTEST_APPLESS_MAIN(TestRandomToken)
#include "TestRandomToken.moc"
