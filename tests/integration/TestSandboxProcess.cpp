#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using Meldeklient::Test::SandboxProcess;

// The C++ side of the sandbox: start on an ephemeral port, discovery as HelseID's, admin API, clean stop.
class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoveryIsHelseIdLike();
    void registersClientAndSetsFaults();
    void adminErrorsAreReported();
    void stopsWithTheObject();

private:
    static QJsonObject sampleJwk()
    {
        // A public P-256 key (RFC 7517 appendix A.1).
        return {{"kty", "EC"}, {"crv", "P-256"}, {"x", "MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4"},
            {"y", "4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM"}, {"kid", "1"}, {"alg", "ES256"}, {"use", "sig"}};
    }
};

void TestSandboxProcess::discoveryIsHelseIdLike()
{
    SandboxProcess sandbox;
    MELDEKLIENT_START_SANDBOX(sandbox);
    QVERIFY(sandbox.port() > 0);
    QCOMPARE(sandbox.issuer().toString(), QStringLiteral("http://127.0.0.1:%1").arg(sandbox.port()));

    const SandboxProcess::Reply discovery = sandbox.get("/.well-known/openid-configuration");
    QVERIFY2(discovery.ok(), qPrintable(discovery.error));
    QCOMPARE(discovery.body.value("issuer").toString(), sandbox.issuer().toString());
    QCOMPARE(discovery.body.value("require_pushed_authorization_requests").toBool(), true);
    QCOMPARE(discovery.body.value("pushed_authorization_request_endpoint").toString(),
        sandbox.issuer().toString() + "/connect/par");
    QCOMPARE(discovery.body.value("code_challenge_methods_supported").toArray(), QJsonArray {"S256"});
    QCOMPARE(discovery.body.value("token_endpoint_auth_methods_supported").toArray(), QJsonArray {"private_key_jwt"});
    QCOMPARE(discovery.body.value("id_token_signing_alg_values_supported").toArray(), QJsonArray {"RS256"});
    QVERIFY(discovery.body.value("dpop_signing_alg_values_supported").toArray().contains(QJsonValue("ES256")));

    const SandboxProcess::Reply jwks = sandbox.get("/.well-known/openid-configuration/jwks");
    QVERIFY(jwks.ok());
    const QJsonArray keys = jwks.body.value("keys").toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value("alg").toString(), QStringLiteral("RS256"));
    QVERIFY(!keys.first().toObject().contains("d"));
}

void TestSandboxProcess::registersClientAndSetsFaults()
{
    SandboxProcess sandbox;
    MELDEKLIENT_START_SANDBOX(sandbox);

    const SandboxProcess::Reply registered = sandbox.registerClient("meldeklient-test", sampleJwk());
    QVERIFY2(registered.ok(), qPrintable(registered.body.value("error").toString() + registered.error));
    QCOMPARE(registered.status, 201);
    QCOMPARE(registered.body.value("replaced").toBool(), false);
    const SandboxProcess::Reply replaced = sandbox.registerClient("meldeklient-test", sampleJwk());
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.body.value("replaced").toBool(), true);

    const SandboxProcess::Reply faults = sandbox.admin("faults", {{"callback", "wrong_iss"}, {"id_token", "expired"}});
    QVERIFY(faults.ok());
    QCOMPARE(faults.body.value("callback").toString(), QStringLiteral("wrong_iss"));

    const SandboxProcess::Reply status = sandbox.get("/_sandbox/status");
    QVERIFY(status.ok());
    QVERIFY(status.body.value("clients").toArray().contains(QJsonValue("meldeklient-test")));
    QCOMPARE(status.body.value("faults").toObject().value("id_token").toString(), QStringLiteral("expired"));
    QCOMPARE(status.body.value("accounts").toArray().size(), 3);

    QVERIFY(sandbox.admin("reset").ok());
    QVERIFY(sandbox.get("/_sandbox/status").body.value("faults").toObject().value("callback").isNull());
}

void TestSandboxProcess::adminErrorsAreReported()
{
    SandboxProcess sandbox;
    MELDEKLIENT_START_SANDBOX(sandbox);

    QJsonObject privateJwk = sampleJwk();
    privateJwk.insert("d", "870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE");
    const SandboxProcess::Reply refused = sandbox.registerClient("meldeklient-test", privateJwk);
    QCOMPARE(refused.status, 400);
    QVERIFY(!refused.ok());
    QVERIFY(refused.body.value("error").toString().contains("public"));
    QCOMPARE(sandbox.admin("faults", {{"id_token", "no-such-fault"}}).status, 400);
    QCOMPARE(sandbox.admin("no-such-route").status, 404);
}

void TestSandboxProcess::stopsWithTheObject()
{
    int port = 0;
    {
        SandboxProcess sandbox;
        MELDEKLIENT_START_SANDBOX(sandbox);
        port = sandbox.port();
        QVERIFY(sandbox.isRunning());
    }
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
    QVERIFY(!socket.waitForConnected(2000));

    SandboxProcess stopped;
    QVERIFY(!stopped.isRunning());
    const SandboxProcess::Reply reply = stopped.get("/.well-known/openid-configuration");
    QVERIFY(!reply.ok());
    QVERIFY(!reply.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "TestSandboxProcess.moc"
