// OutboxStore on a machine where no keychain answers (a D-Bus address that leads nowhere): it refuses to store
// anything rather than fall back to unencrypted data, and says why.
#include "core/common/KeychainSecretStore.h"
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/OutboxStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

class TestOutboxWithoutKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openFailsWithKeyUnavailable();
};

void TestOutboxWithoutKeychain::openFailsWithKeyUnavailable()
{
    QTemporaryDir dir;
    KeychainSecretStore secrets("no.meldeklient.test.outbox.unavailable", 5000);
    if (secrets.probe())
        QSKIP("a keychain answers here; CTest runs this test with a D-Bus address that leads nowhere");
    OutboxOptions options;
    options.secrets = &secrets;
    options.userKeyId = OutboxDataKey::userKeyIdFor("subject");
    options.databasePath = dir.filePath("outbox.sqlite");
    const auto opened = OutboxStore::open(options);
    QVERIFY(!opened.isOk());
    QCOMPARE(opened.error().code, QString("outbox-key-unavailable"));
    QVERIFY(opened.error().message.contains("keychain"));
    QVERIFY(opened.error().message.contains("Nothing was saved"));
}

QTEST_GUILESS_MAIN(TestOutboxWithoutKeychain)
#include "TestOutboxWithoutKeychain.moc"
