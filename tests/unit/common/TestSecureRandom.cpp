#include "core/common/SecureRandom.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Meldeklient;

class TestSecureRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesHaveTheRequestedSizeAndDiffer();
    void uuidsAreVersion4AndUnique();
};

void TestSecureRandom::bytesHaveTheRequestedSizeAndDiffer()
{
    const auto a = SecureRandom::bytes(32);
    const auto b = SecureRandom::bytes(32);
    QVERIFY(a.isOk() && b.isOk());
    QCOMPARE(a.value().size(), 32);
    QVERIFY(a.value() != b.value());
    QVERIFY(a.value() != QByteArray(32, '\0'));
}

void TestSecureRandom::uuidsAreVersion4AndUnique()
{
    static const QRegularExpression form("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const auto uuid = SecureRandom::uuidV4();
        QVERIFY(uuid.isOk());
        QVERIFY2(form.match(uuid.value()).hasMatch(), qPrintable(uuid.value()));
        seen.insert(uuid.value());
    }
    QCOMPARE(seen.size(), 2000);
}

QTEST_GUILESS_MAIN(TestSecureRandom)
#include "TestSecureRandom.moc"
