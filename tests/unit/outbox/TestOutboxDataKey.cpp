#include "core/outbox/OutboxDataKey.h"

#include "MemorySecretStore.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

class TestOutboxDataKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userKeyIdHidesTheSubject();
    void opaqueIdsOnly();
    void createdOnFirstUseThenReused();
    void separateUsersGetSeparateKeys();
    void unavailableKeychainIsAClearError();
    void missingKeyIsNotRecreatedWhenForbidden();
    void damagedEntryIsRejected();
};

void TestOutboxDataKey::userKeyIdHidesTheSubject()
{
    const QString id = OutboxDataKey::userKeyIdFor("24047230752");
    QCOMPARE(id.size(), 64);
    QVERIFY(!id.contains("24047230752"));
    QVERIFY(OutboxDataKey::isOpaqueUserKeyId(id));
    QCOMPARE(OutboxDataKey::userKeyIdFor("24047230752"), id);
    QVERIFY(OutboxDataKey::userKeyIdFor("24047230753") != id);
    QCOMPARE(OutboxDataKey::secretName(id), "outbox-data-key:" + id);
}

void TestOutboxDataKey::opaqueIdsOnly()
{
    QVERIFY(!OutboxDataKey::isOpaqueUserKeyId("24047230752"));         // a fødselsnummer
    QVERIFY(!OutboxDataKey::isOpaqueUserKeyId("2404723075224047"));    // digits only, long enough
    QVERIFY(!OutboxDataKey::isOpaqueUserKeyId("short-id"));
    QVERIFY(!OutboxDataKey::isOpaqueUserKeyId("user/../../etc/passwd"));
    QVERIFY(!OutboxDataKey::isOpaqueUserKeyId("Kari Nordmann 1234567"));
    QVERIFY(!OutboxDataKey::isOpaqueUserKeyId(QString(129, 'a')));
    QVERIFY(OutboxDataKey::isOpaqueUserKeyId("test-user-0123456789"));
}

void TestOutboxDataKey::createdOnFirstUseThenReused()
{
    MemorySecretStore secrets;
    const QString user = OutboxDataKey::userKeyIdFor("subject-a");
    const auto first = OutboxDataKey::loadOrCreate(secrets, user, true);
    QVERIFY(first.isOk());
    QCOMPARE(first.value().size(), 32);
    QCOMPARE(secrets.entries.value(OutboxDataKey::secretName(user)), first.value());
    const auto second = OutboxDataKey::loadOrCreate(secrets, user, true);
    QCOMPARE(second.value(), first.value());
}

void TestOutboxDataKey::separateUsersGetSeparateKeys()
{
    MemorySecretStore secrets;
    const auto a = OutboxDataKey::loadOrCreate(secrets, OutboxDataKey::userKeyIdFor("a"), true);
    const auto b = OutboxDataKey::loadOrCreate(secrets, OutboxDataKey::userKeyIdFor("b"), true);
    QVERIFY(a.isOk() && b.isOk());
    QVERIFY(a.value() != b.value());
    QCOMPARE(secrets.entries.size(), 2);
}

void TestOutboxDataKey::unavailableKeychainIsAClearError()
{
    MemorySecretStore secrets;
    secrets.unavailable = true;
    const auto key = OutboxDataKey::loadOrCreate(secrets, OutboxDataKey::userKeyIdFor("a"), true);
    QVERIFY(!key.isOk());
    QCOMPARE(key.error().code, QString("outbox-key-unavailable"));
    QVERIFY(key.error().message.contains("keychain"));
}

void TestOutboxDataKey::missingKeyIsNotRecreatedWhenForbidden()
{
    MemorySecretStore secrets;
    const auto key = OutboxDataKey::loadOrCreate(secrets, OutboxDataKey::userKeyIdFor("a"), false);
    QCOMPARE(key.error().code, QString("outbox-key-missing"));
    QVERIFY(secrets.entries.isEmpty());
}

void TestOutboxDataKey::damagedEntryIsRejected()
{
    MemorySecretStore secrets;
    const QString user = OutboxDataKey::userKeyIdFor("a");
    secrets.entries.insert(OutboxDataKey::secretName(user), QByteArray(31, 'x'));
    QCOMPARE(OutboxDataKey::loadOrCreate(secrets, user, true).error().code, QString("outbox-key-invalid"));
    QCOMPARE(secrets.entries.value(OutboxDataKey::secretName(user)).size(), 31); // not silently replaced
}

QTEST_GUILESS_MAIN(TestOutboxDataKey)
#include "TestOutboxDataKey.moc"
