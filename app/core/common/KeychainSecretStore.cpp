#include "core/common/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "meldeklient.secrets")

namespace Meldeklient {

namespace {
// Runs a QtKeychain job to completion; returns false on timeout.
bool runJob(QKeychain::Job& job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error unavailable(const QString& detail)
{
    // The detail goes to the debug log only: it names the backend problem, never the secret.
    qCWarning(lcSecrets) << "keychain unavailable:" << detail;
    return Error {QStringLiteral("secret-store-unavailable"),
        QCoreApplication::translate("Secrets",
            "The system keychain cannot be used, so the sign-in and keys will not be remembered after you close "
            "Meldeklient.")};
}

Error mapError(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error {QStringLiteral("secret-not-found"),
            QCoreApplication::translate("Secrets", "No saved secret was found in the keychain.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        return unavailable(job.errorString());
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Error {QStringLiteral("secret-store-failed"),
        QCoreApplication::translate("Secrets", "The keychain could not complete the operation.")};
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

Result<void> KeychainSecretStore::write(const QString& key, const QByteArray& secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(secret);
    if (!runJob(job, m_timeoutMs))
        return unavailable(QStringLiteral("timeout"));
    if (job.error() != QKeychain::NoError)
        return mapError(job);
    return {};
}

Result<QByteArray> KeychainSecretStore::read(const QString& key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(job, m_timeoutMs))
        return unavailable(QStringLiteral("timeout"));
    if (job.error() != QKeychain::NoError)
        return mapError(job);
    return job.binaryData();
}

Result<void> KeychainSecretStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(job, m_timeoutMs))
        return unavailable(QStringLiteral("timeout"));
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return {};
    return mapError(job);
}

bool KeychainSecretStore::probe()
{
    const QString key = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray value = QUuid::createUuid().toByteArray();
    if (!write(key, value))
        return false;
    const Result<QByteArray> back = read(key);
    const bool ok = back.isOk() && back.value() == value;
    (void)remove(key);
    return ok;
}

} // namespace Meldeklient
