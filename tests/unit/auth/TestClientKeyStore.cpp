#include "MemorySecretStore.h"

#include "core/auth/ClientKeyStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Auth;

class TestClientKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsStoresAndReloadsTheSameKey();
    void publicJwkHasNoPrivatePartAndThumbprintKid();
    void corruptStoredKeyIsNeverOverwritten();
    void unavailableKeychainKeepsKeyInMemoryOnly();
    void importsKeyFromIt();
    void importRefusesUnsuitableKeys_data();
    void importRefusesUnsuitableKeys();
};

void TestClientKeyStore::createsStoresAndReloadsTheSameKey()
{
    MemorySecretStore secrets;
    ClientKeyStore store(&secrets);
    const Result<Jose::Jwk> created = store.loadOrCreate();
    QVERIFY(created.isOk());
    QVERIFY(store.isRemembered());
    QVERIFY(created->hasPrivateKey());
    QVERIFY(created->isUsableWith(Jose::JwsAlgorithm::ES256));
    QVERIFY(secrets.entries.contains(ClientKeyStore::secretKey()));

    ClientKeyStore again(&secrets);
    const Result<Jose::Jwk> loaded = again.loadOrCreate();
    QVERIFY(loaded.isOk());
    QCOMPARE(loaded->thumbprint(), created->thumbprint());
    QCOMPARE(secrets.writes, 1);
}

void TestClientKeyStore::publicJwkHasNoPrivatePartAndThumbprintKid()
{
    MemorySecretStore secrets;
    ClientKeyStore store(&secrets);
    const Result<Jose::Jwk> key = store.loadOrCreate();
    QVERIFY(key.isOk());
    const QJsonObject publicJwk = QJsonDocument::fromJson(ClientKeyStore::publicJwkJson(key.value())).object();
    QVERIFY(!publicJwk.contains("d"));
    QCOMPARE(publicJwk.value("kty").toString(), QStringLiteral("EC"));
    QCOMPARE(publicJwk.value("crv").toString(), QStringLiteral("P-256"));
    QCOMPARE(publicJwk.value("alg").toString(), QStringLiteral("ES256"));
    QCOMPARE(publicJwk.value("kid").toString().toLatin1(), key->thumbprint());
    // The stored form is private.
    QVERIFY(QJsonDocument::fromJson(secrets.entries.value(ClientKeyStore::secretKey())).object().contains("d"));
}

void TestClientKeyStore::corruptStoredKeyIsNeverOverwritten()
{
    MemorySecretStore secrets;
    secrets.entries.insert(ClientKeyStore::secretKey(), "{\"kty\":\"EC\",\"crv\":\"P-256\"}");
    ClientKeyStore store(&secrets);
    const Result<Jose::Jwk> key = store.loadOrCreate();
    QVERIFY(!key.isOk());
    QCOMPARE(key.error().code, QStringLiteral("client-key-corrupt"));
    QCOMPARE(secrets.writes, 0);
    QCOMPARE(secrets.entries.value(ClientKeyStore::secretKey()), QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\"}"));
}

void TestClientKeyStore::unavailableKeychainKeepsKeyInMemoryOnly()
{
    MemorySecretStore secrets;
    secrets.unavailable = true;
    ClientKeyStore store(&secrets);
    const Result<Jose::Jwk> key = store.loadOrCreate();
    QVERIFY(key.isOk());
    QVERIFY(!store.isRemembered());
    QCOMPARE(store.storeError().code, QStringLiteral("secret-store-unavailable"));
    QVERIFY(secrets.entries.isEmpty());
}

void TestClientKeyStore::importsKeyFromIt()
{
    const Result<Jose::Jwk> fromIt = Jose::Jwk::generate(Jose::JwsAlgorithm::ES256);
    QVERIFY(fromIt.isOk());
    QTemporaryDir dir;
    const QString path = dir.filePath("client.jwk");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(fromIt->toPrivateJson().value()).toJson());
    file.close();

    MemorySecretStore secrets;
    ClientKeyStore store(&secrets);
    QVERIFY(store.loadOrCreate().isOk()); // a generated key exists already; the import replaces it
    const Result<Jose::Jwk> imported = store.importFromFile(path);
    QVERIFY(imported.isOk());
    QCOMPARE(imported->thumbprint(), fromIt->thumbprint());
    ClientKeyStore later(&secrets);
    QCOMPARE(later.loadOrCreate()->thumbprint(), fromIt->thumbprint());
}

void TestClientKeyStore::importRefusesUnsuitableKeys_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    const Result<Jose::Jwk> key = Jose::Jwk::generate(Jose::JwsAlgorithm::ES256);
    QTest::newRow("public only") << ClientKeyStore::publicJwkJson(key.value()) << "client-key-unsuitable";
    QTest::newRow("not json") << QByteArray("-----BEGIN PRIVATE KEY-----") << "jwk-malformed";
    QTest::newRow("symmetric") << QByteArray(R"({"kty":"oct","k":"c2VjcmV0"})") << "jwk-unsupported";
}

void TestClientKeyStore::importRefusesUnsuitableKeys()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QTemporaryDir dir;
    QFile file(dir.filePath("key.jwk"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    MemorySecretStore secrets;
    ClientKeyStore store(&secrets);
    const Result<Jose::Jwk> imported = store.importFromFile(file.fileName());
    QVERIFY(!imported.isOk());
    QCOMPARE(imported.error().code, code);
    QVERIFY(secrets.entries.isEmpty());
    QCOMPARE(store.importFromFile(dir.filePath("missing.jwk")).error().code, QStringLiteral("client-key-file"));
}

QTEST_GUILESS_MAIN(TestClientKeyStore)
#include "TestClientKeyStore.moc"
