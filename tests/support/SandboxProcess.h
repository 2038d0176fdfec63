#pragma once

#include "support/Prerequisites.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Meldeklient::Test {

// Runs the HelseID-like sandbox provider (tests/sandbox/server.js, see tests/sandbox/README.md) on an
// ephemeral 127.0.0.1 port for the lifetime of this object. The sandbox also stops by itself when this
// process dies (its stdin pipe closes) or after 30 minutes.
class SandboxProcess
{
public:
    struct Reply {
        int status = 0;          // HTTP status; 0 when no HTTP answer arrived
        QJsonObject body;        // the JSON object answered (empty if none)
        QString error;           // transport or parse problem, empty on success
        bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
    };

    SandboxProcess();
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    // Why the sandbox cannot run here (no `node` on PATH or in MELDEKLIENT_NODE, or tests/sandbox/node_modules
    // not installed), or an empty string. Tests QSKIP with this reason (see MELDEKLIENT_START_SANDBOX).
    static QString unavailableReason();

    // Starts the server and waits until it has written its ready file. On failure errorString() says why.
    bool start(int timeoutMs = 60000);
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QUrl issuer() const { return m_issuer; } // http://127.0.0.1:<port>, no trailing slash
    int port() const { return m_port; }

    // POST /_sandbox/<path> with a JSON body, e.g. admin("faults", {{"id_token", "expired"}}).
    Reply admin(const QString& path, const QJsonObject& body = {});
    // DELETE /_sandbox/<path>, e.g. adminDelete("api/faults").
    Reply adminDelete(const QString& path);
    // GET <issuer><path>, e.g. get("/.well-known/openid-configuration") or get("/_sandbox/status").
    Reply get(const QString& path);
    // Registers (or replaces) a client with one public JWK; the default redirect URI is
    // http://127.0.0.1/callback (any port).
    Reply registerClient(const QString& clientId, const QJsonObject& publicJwk);

private:
    Reply send(const QString& method, const QString& path, const QByteArray& body);

    QProcess m_process;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_issuer;
    int m_port = 0;
    QString m_error;
};

} // namespace Meldeklient::Test

// Starts `sandbox` (a SandboxProcess) in a test function: skips with the reason when node or the npm packages
// are missing (fails instead under MELDEKLIENT_REQUIRE_PREREQUISITES=1), fails with the reason when the server does
// not come up.
#define MELDEKLIENT_START_SANDBOX(sandbox)                                                                         \
    do {                                                                                                           \
        const QString sandboxUnavailable = ::Meldeklient::Test::SandboxProcess::unavailableReason();              \
        if (!sandboxUnavailable.isEmpty())                                                                         \
            MELDEKLIENT_SKIP_MISSING_PREREQUISITE(sandboxUnavailable);                                             \
        QVERIFY2((sandbox).start(), qPrintable((sandbox).errorString()));                                          \
    } while (false)
