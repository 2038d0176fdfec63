#include "core/codes/CodeListUpdater.h"

#include "core/codes/CodeListInstaller.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/KoteIcd10Importer.h"
#include "core/config/Configuration.h"

#include <QCoreApplication>

namespace Meldeklient::Codes {

QUrl CodeListUpdater::configuredIcd10Url(const Config::Configuration& configuration)
{
    // The validator has already split, checked (https) and re-joined the value with single spaces.
    const QString first = configuration.value(Config::SettingKey::CodeListUrl).section(u' ', 0, 0);
    return QUrl(first.isEmpty() ? defaultIcd10Url.toString() : first);
}

Result<QUrl> CodeListUpdater::fetchUrl(const Config::Configuration& configuration, const QString& commandLineUrl,
    const QUrl& configuredUrl)
{
    if (commandLineUrl.isEmpty())
        return configuredUrl;
    if (configuration.isLocked(Config::SettingKey::CodeListUrl)) {
        return Error {QStringLiteral("config-locked"),
            QCoreApplication::translate("Codes",
                "--url cannot be used: CodeListUrl is locked by your organisation's policy (%1), so code lists are "
                "fetched only from the addresses it names. Ask your IT department.")
                .arg(configuration.setting(Config::SettingKey::CodeListUrl).source)};
    }
    return QUrl(commandLineUrl);
}

CodeListUpdater::CodeListUpdater(QNetworkAccessManager* network, const CodeListCache& cache, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_download(network)
    , m_url(defaultIcd10Url.toString())
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
