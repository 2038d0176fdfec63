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

#include <memory>

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
    // Comparing with the installed list (its summary may have to be rebuilt from the cached list), importing,
    // joining and saving take from 0.2 to 0.7 s for a national-size list on a loaded machine (codes README,
    // measured): on a worker thread, so the window's event loop never waits for them. The cache writes atomically.
    struct Answer {
        Outcome outcome = Outcome::Kept;
        QString version;
        Error error;
    };
    auto answer = std::make_shared<Answer>();
    m_worker = QThread::create([cache = m_cache, bytes = body->bytes, sha256 = body->sha256, answer] {
        const QString url = CodeSystemUrl::icd10.toString();
        const QList<CodeListCache::Summary> installed = cache.summaries();
        for (const CodeListCache::Summary& summary : installed) {
            if (summary.url == url && summary.sourceSha256 == sha256) {
                *answer = Answer {Outcome::Unchanged, summary.version, Error {}};
                return;
            }
        }
        Result<CodeList> list = KoteIcd10Importer::importJson(bytes);
        if (!list) {
            answer->error = list.error();
            return;
        }
        const Result<CodeListInstaller::Outcome> saved = CodeListInstaller(cache).install(*list);
        if (!saved)
            answer->error = saved.error();
        else
            *answer = Answer {Outcome::Updated, saved->installed.version(), Error {}};
    });
    connect(m_worker, &QThread::finished, this, [this, answer] {
        m_worker->deleteLater();
        m_worker = nullptr;
        finish(answer->outcome, answer->version, answer->error);
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
