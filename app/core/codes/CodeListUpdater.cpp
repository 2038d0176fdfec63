#include "core/codes/CodeListUpdater.h"

#include "core/codes/CodeListEndpoints.h"
#include "core/codes/CodeListInstaller.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/KoteIcd10Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QThread>

namespace Meldeklient::Codes {

CodeListUpdater::CodeListUpdater(QNetworkAccessManager* network, const CodeListCache& cache, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_download(network)
    , m_url(CodeListEndpoints::defaultIcd10Url.toString())
{
    connect(&m_download, &CodeListDownload::progress, this, &CodeListUpdater::progress);
    connect(&m_download, &CodeListDownload::finished, this, [this] { done(m_download.result()); });
}

CodeListUpdater::~CodeListUpdater()
{
    if (m_worker)
        m_worker->wait();
}

QString CodeListUpdater::lastCheckPath() const
{
    return m_cache.directory() + QStringLiteral("/icd10-last-check.txt");
}

QDateTime CodeListUpdater::lastCheck() const
{
    QFile file(lastCheckPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QDateTime::fromString(QString::fromLatin1(file.read(64)).trimmed(), Qt::ISODate);
}


QDateTime CodeListUpdater::nextCheck(const QDateTime& lastCheck)
{
    if (!lastCheck.isValid())
        return QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDate date = lastCheck.toUTC().date();
    const bool season = date.month() >= 10 || date.month() == 1;
    return season ? lastCheck.addDays(7) : lastCheck.addMonths(1);
}

void CodeListUpdater::check()
{
    if (m_running)
        return;
    m_running = true;
    m_download.start(m_url, QByteArrayLiteral("application/json"));
}

void CodeListUpdater::done(const Result<CodeListDownload::Body>& body)
{
    if (!body) {
        finish(Outcome::Kept, QString(), body.error());
        return;
    }
    const QString url = CodeSystemUrl::icd10.toString();
    const QList<CodeListCache::Summary> installed = m_cache.summaries();
    for (const CodeListCache::Summary& summary : installed) {
        if (summary.url == url && summary.sourceSha256 == body->sha256) {
            finish(Outcome::Unchanged, summary.version, Error {});
            return;
        }
    }
    // Importing, joining and saving a national list takes about half a second (codes README, measured): on a worker
    // thread, so the window's event loop never waits for it. The cache writes atomically; readers see old or new.
    auto result = std::make_shared<Result<CodeListInstaller::Outcome>>(Error {});
    m_worker = QThread::create([cache = m_cache, bytes = body->bytes, result] {
        Result<CodeList> list = KoteIcd10Importer::importJson(bytes);
        *result = list ? CodeListInstaller(cache).install(*list) : Result<CodeListInstaller::Outcome>(list.error());
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (!*result)
            finish(Outcome::Kept, QString(), result->error());
        else
            finish(Outcome::Updated, (*result)->installed.version(), Error {});
    });
    m_worker->start(QThread::LowPriority);
}

void CodeListUpdater::finish(Outcome outcome, const QString& version, const Error& error)
{
    m_running = false;
    static const QStringList unanswered {QStringLiteral("codes-network"), QStringLiteral("codes-timeout"),
        QStringLiteral("codes-http")};
    if (!unanswered.contains(error.code)) {
        QDir().mkpath(m_cache.directory());
        QSaveFile file(lastCheckPath());
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1());
            file.commit();
        }
    }
    Q_EMIT finished(outcome, version, error);
}

} // namespace Meldeklient::Codes
