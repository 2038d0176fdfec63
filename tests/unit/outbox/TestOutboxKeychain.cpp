// OutboxStore with the real keychain (gnome-keyring under tests/support/with-test-session.sh).
#include "core/common/KeychainSecretStore.h"
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/OutboxStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

class TestOutboxKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyIsCreatedInTheKeychainAndReusedAcrossOpens();
    void usersDoNotShareKeys();

private:
    OutboxOptions options(SecretStore& secrets, const QString& user, const QString& file) const
    {
        OutboxOptions o;
        o.secrets = &secrets;
        o.userKeyId = user;
        o.databasePath = m_dir.filePath(file);
        return o;
    }

    QTemporaryDir m_dir;
    QString m_service = "no.meldeklient.test.outbox." + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_userA = OutboxDataKey::userKeyIdFor("subject-a-" + QUuid::createUuid().toString());
    QString m_userB = OutboxDataKey::userKeyIdFor("subject-b-" + QUuid::createUuid().toString());
};

void TestOutboxKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run under tests/support/with-test-session.sh");
    KeychainSecretStore secrets(m_service);
    QVERIFY2(secrets.probe(), "gnome-keyring did not accept a probe entry");
}

void TestOutboxKeychain::cleanupTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return;
    KeychainSecretStore secrets(m_service);
    (void)secrets.remove(OutboxDataKey::secretName(m_userA));
    (void)secrets.remove(OutboxDataKey::secretName(m_userB));
}

void TestOutboxKeychain::keyIsCreatedInTheKeychainAndReusedAcrossOpens()
{
    qint64 id = 0;
    {
        KeychainSecretStore secrets(m_service);
        QCOMPARE(secrets.read(OutboxDataKey::secretName(m_userA)).error().code, QString("secret-not-found"));
        auto store = OutboxStore::open(options(secrets, m_userA, "a.sqlite"));
        QVERIFY2(store.isOk(), qPrintable(store.isOk() ? QString() : store.error().code));
        id = store.value()->createDraft(Outbox::ItemKind::DeathPart1, "Kari Nordmann, 24047230752").value();
        const auto key = secrets.read(OutboxDataKey::secretName(m_userA));
        QVERIFY(key.isOk());
        QCOMPARE(key.value().size(), 32);
    }
    KeychainSecretStore fresh(m_service); // a new process would start like this
    auto store = OutboxStore::open(options(fresh, m_userA, "a.sqlite"));
    QVERIFY(store.isOk());
    QCOMPARE(store.value()->draftContent(id).value(), QByteArray("Kari Nordmann, 24047230752"));
}

void TestOutboxKeychain::usersDoNotShareKeys()
{
    KeychainSecretStore secrets(m_service);
    {
        auto store = OutboxStore::open(options(secrets, m_userB, "b.sqlite"));
        QVERIFY(store.isOk());
    }
    const QByteArray keyA = secrets.read(OutboxDataKey::secretName(m_userA)).value();
    const QByteArray keyB = secrets.read(OutboxDataKey::secretName(m_userB)).value();
    QVERIFY(keyA != keyB);
    // User B's key cannot open user A's outbox.
    const auto crossed = OutboxStore::open(options(secrets, m_userB, "a.sqlite"));
    QCOMPARE(crossed.error().code, QString("outbox-wrong-key"));
}

QTEST_GUILESS_MAIN(TestOutboxKeychain)
#include "TestOutboxKeychain.moc"
