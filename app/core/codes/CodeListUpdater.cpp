#include "core/codes/CodeListUpdater.h"

#include "core/codes/CodeListEndpoints.h"
#include "core/codes/CodeListInstaller.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/KoteIcd10Importer.h"

#include <QCoreApplication>

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
    m_running = false;
    if (!body) {
        Q_EMIT finished(Outcome::Kept, QString(), body.error());
        return;
    }
    const QString url = CodeSystemUrl::icd10.toString();
    const QList<CodeListCache::Summary> installed = m_cache.summaries();
    for (const CodeListCache::Summary& summary : installed) {
        if (summary.url == url && summary.sourceSha256 == body->sha256) {
            Q_EMIT finished(Outcome::Unchanged, summary.version, Error {});
            return;
        }
    }
    Result<CodeList> list = KoteIcd10Importer::importJson(body->bytes);
    if (!list) {
        Q_EMIT finished(Outcome::Kept, QString(), list.error());
        return;
    }
    Result<CodeListInstaller::Outcome> saved = CodeListInstaller(m_cache).install(*list);
    if (!saved) {
        Q_EMIT finished(Outcome::Kept, QString(), saved.error());
        return;
    }
    Q_EMIT finished(Outcome::Updated, saved->installed.version(), Error {});
}

} // namespace Meldeklient::Codes
