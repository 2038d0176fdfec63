#include "core/common/KeychainSecretStore.h"

#include <QTest>

using namespace Meldeklient;

// With no reachable keychain every operation fails plainly as "unavailable", so callers can tell the user that
// nothing will be remembered, and nothing is written anywhere else.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOperationSaysUnavailable();
};

void TestKeychainUnavailable::everyOperationSaysUnavailable()
{
    KeychainSecretStore store(QStringLiteral("no.meldeklient.test.unavailable"), 5000);
    QVERIFY(!store.probe());
    const Result<void> written = store.write("refresh-token", "secret");
    QVERIFY(!written.isOk());
    QCOMPARE(written.error().code, QStringLiteral("secret-store-unavailable"));
    QVERIFY(written.error().message.contains(QStringLiteral("keychain")));
    const Result<QByteArray> read = store.read("refresh-token");
    QVERIFY(!read.isOk());
    QCOMPARE(read.error().code, QStringLiteral("secret-store-unavailable"));
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "TestKeychainUnavailable.moc"
