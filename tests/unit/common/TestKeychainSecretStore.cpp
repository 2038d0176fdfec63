#include "core/common/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

using namespace Meldeklient;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void binarySecretsSurviveExactly();
    void missingEntryIsNotFound();
    void separateServicesDoNotSeeEachOther();

private:
    QString m_service = QStringLiteral("no.meldeklient.test.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run under tests/support/with-test-session.sh (the README test command does)");
    KeychainSecretStore store(m_service);
    QVERIFY2(store.probe(), "gnome-keyring did not accept a probe entry");
}

void TestKeychainSecretStore::writeReadRemove()
{
    KeychainSecretStore store(m_service);
    QVERIFY(store.write("refresh-token", "rt-123").isOk());
    const Result<QByteArray> read = store.read("refresh-token");
    QVERIFY(read.isOk());
    QCOMPARE(read.value(), QByteArray("rt-123"));
    QVERIFY(store.write("refresh-token", "rt-rotated").isOk());
    QCOMPARE(store.read("refresh-token").value(), QByteArray("rt-rotated"));
    QVERIFY(store.remove("refresh-token").isOk());
    QCOMPARE(store.read("refresh-token").error().code, QStringLiteral("secret-not-found"));
    QVERIFY(store.remove("refresh-token").isOk()); // removing twice is fine
}

void TestKeychainSecretStore::binarySecretsSurviveExactly()
{
    KeychainSecretStore store(m_service);
    QByteArray key(32, '\0');
    for (int i = 0; i < key.size(); ++i)
        key[i] = static_cast<char>(i * 37 + 1);
    key[5] = '\0';
    QVERIFY(store.write("data-key", key).isOk());
    QCOMPARE(store.read("data-key").value(), key);
    QVERIFY(store.remove("data-key").isOk());
}

void TestKeychainSecretStore::missingEntryIsNotFound()
{
    KeychainSecretStore store(m_service);
    const Result<QByteArray> read = store.read("never-written");
    QVERIFY(!read.isOk());
    QCOMPARE(read.error().code, QStringLiteral("secret-not-found"));
}

void TestKeychainSecretStore::separateServicesDoNotSeeEachOther()
{
    KeychainSecretStore first(m_service + ".a");
    KeychainSecretStore second(m_service + ".b");
    QVERIFY(first.write("k", "one").isOk());
    QCOMPARE(second.read("k").error().code, QStringLiteral("secret-not-found"));
    QVERIFY(first.remove("k").isOk());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
