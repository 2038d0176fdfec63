#pragma once

#include "core/codes/CodeListCache.h"
#include "core/codes/CodeListDownload.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QThread;

namespace Meldeklient::Codes {

// The background check for a newer Norwegian ICD-10 list: weekly from 1 October to 31 January (new lists take effect
// on 1 January and are published 1 October; files are sometimes reissued in January), monthly otherwise. KoTe sends
// no ETag, so the file's SHA-256 is compared with the installed list's. A download that does not import cleanly, or
// that CodeListInstaller refuses, leaves the working list in place. The app shows `progress` and the outcome.
class CodeListUpdater : public QObject
{
    Q_OBJECT

public:
    enum class Outcome : quint8 { Updated, Unchanged, Kept /* refused or failed: the old list stays */ };
    CodeListUpdater(QNetworkAccessManager* network, const CodeListCache& cache, QObject* parent = nullptr);
    // Waits for an import still running on its worker thread (it only writes the cache atomically).
    ~CodeListUpdater() override;

    // Endpoints are configuration: CodeListEndpoints::configured(configuration, Source::Icd10No).
    void setUrl(const QUrl& url) { m_url = url; }
    // When the next check is due after one at `lastCheck` (invalid: at once).
    static QDateTime nextCheck(const QDateTime& lastCheck);
    static bool isDue(const QDateTime& lastCheck, const QDateTime& now) { return now >= nextCheck(lastCheck); }

    void check();
    bool isRunning() const { return m_running; }
    // When the server last answered a check (kept in the cache folder, so a restart does not check again); invalid
    // when never. A download that failed (network, timeout, server error) is not a check: the next start tries again.
    QDateTime lastCheck() const;

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    // `error` is set for Kept.
    void finished(Meldeklient::Codes::CodeListUpdater::Outcome outcome, const QString& version, const Meldeklient::Error& error);

private:
    void done(const Result<CodeListDownload::Body>& body);
    void finish(Outcome outcome, const QString& version, const Error& error);
    QString lastCheckPath() const;

    CodeListCache m_cache;
    QThread* m_worker = nullptr;
    CodeListDownload m_download;
    QUrl m_url;
    bool m_running = false;
};

} // namespace Meldeklient::Codes
