#include "support/SandboxProcess.h"

#include "support/ReferenceData.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>

namespace Meldeklient::Test {

namespace {

constexpr int RequestTimeoutMs = 15000;

QString nodeExecutable()
{
    const QString configured = qEnvironmentVariable("MELDEKLIENT_NODE");
    if (!configured.isEmpty())
        return QFileInfo(configured).isExecutable() ? configured : QString();
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString sandboxDir()
{
    return sourceFile(QStringLiteral("tests/sandbox"));
}

} // namespace

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::unavailableReason()
{
    if (qEnvironmentVariable("MELDEKLIENT_SOURCE_DIR").isEmpty())
        return QStringLiteral("MELDEKLIENT_SOURCE_DIR is not set (run the test through ctest)");
    if (nodeExecutable().isEmpty())
        return QStringLiteral("node is not installed (needed for the sandbox in tests/sandbox)");
    if (!QFileInfo::exists(sandboxDir() + QStringLiteral("/server.js")))
        return QStringLiteral("tests/sandbox/server.js is missing under %1").arg(sandboxDir());
    if (!QFileInfo::exists(sandboxDir() + QStringLiteral("/node_modules/oidc-provider/package.json")))
        return QStringLiteral("tests/sandbox/node_modules is missing: run `npm ci` in tests/sandbox "
                              "(.ci/install-deps.sh does)");
    return {};
}

bool SandboxProcess::start(int timeoutMs)
{
    stop();
    m_error.clear();
    const QString unavailable = unavailableReason();
    if (!unavailable.isEmpty()) {
        m_error = unavailable;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder for the ready file");
        return false;
    }
    const QString readyFile = m_dir.filePath(QStringLiteral("ready.json"));
    QFile::remove(readyFile);

    m_process.setProgram(nodeExecutable());
    m_process.setArguments({sandboxDir() + QStringLiteral("/server.js"), QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--ready-file"), readyFile, QStringLiteral("--quiet")});
    m_process.setWorkingDirectory(sandboxDir());
    // The sandbox logs to stderr without secrets; let it show in the test output. Stdin stays a pipe: the
    // sandbox exits when it closes, so it cannot outlive this process.
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start node: %1").arg(m_process.errorString());
        return false;
    }

    const QDeadlineTimer deadline(timeoutMs);
    while (!QFileInfo::exists(readyFile)) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the sandbox exited with code %1 before it was ready (its stderr is above)")
                          .arg(m_process.exitCode());
            return false;
        }
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("the sandbox wrote no ready file within %1 ms").arg(timeoutMs);
            stop();
            return false;
        }
        m_process.waitForFinished(50);
    }

    QFile file(readyFile);
    QJsonParseError parseError {};
    const QJsonDocument ready = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                                               : QJsonDocument();
    m_issuer = QUrl(ready.object().value(QStringLiteral("issuer")).toString());
    m_port = ready.object().value(QStringLiteral("port")).toInt();
    if (!m_issuer.isValid() || m_issuer.host() != QStringLiteral("127.0.0.1") || m_port <= 0) {
        m_error = QStringLiteral("the sandbox's ready file is not valid: %1").arg(parseError.errorString());
        stop();
        return false;
    }
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // the sandbox exits when its stdin closes
        if (!m_process.waitForFinished(5000)) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }
    m_issuer.clear();
    m_port = 0;
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running && m_port > 0;
}

SandboxProcess::Reply SandboxProcess::admin(const QString& path, const QJsonObject& body)
{
    return send(QStringLiteral("POST"), QStringLiteral("/_sandbox/") + path,
        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxProcess::Reply SandboxProcess::adminDelete(const QString& path)
{
    return send(QStringLiteral("DELETE"), QStringLiteral("/_sandbox/") + path, QByteArray());
}

SandboxProcess::Reply SandboxProcess::get(const QString& path)
{
    return send(QStringLiteral("GET"), path, {});
}

SandboxProcess::Reply SandboxProcess::registerClient(const QString& clientId, const QJsonObject& publicJwk)
{
    return admin(QStringLiteral("clients"),
        QJsonObject {{QStringLiteral("client_id"), clientId},
            {QStringLiteral("jwks"), QJsonObject {{QStringLiteral("keys"), QJsonArray {publicJwk}}}}});
}

SandboxProcess::Reply SandboxProcess::send(const QString& method, const QString& path, const QByteArray& body)
{
    Reply result;
    if (!isRunning()) {
        result.error = QStringLiteral("the sandbox is not running");
        return result;
    }
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy); // never send loopback requests through a proxy
    }
    QNetworkRequest request(QUrl(m_issuer.toString() + path));
    request.setTransferTimeout(RequestTimeoutMs);
    QNetworkReply* reply = nullptr;
    if (method == QStringLiteral("POST")) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_network->post(request, body);
    } else if (method == QStringLiteral("DELETE")) {
        reply = m_network->deleteResource(request);
    } else {
        reply = m_network->get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    if (!answer.isEmpty()) {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
        if (document.isObject())
            result.body = document.object();
        else if (result.error.isEmpty())
            result.error = QStringLiteral("the answer is not a JSON object: %1").arg(parseError.errorString());
    }
    return result;
}

} // namespace Meldeklient::Test
