#pragma once

#include "core/codes/CodeListCache.h"
#include "core/codes/CodeListDownload.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Meldeklient::Config {
class Configuration;
}

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
    static constexpr QStringView defaultIcd10Url = u"https://fat.kote.helsedirektoratet.no/api/code-systems/ICD10/download/JSON";

    CodeListUpdater(QNetworkAccessManager* network, const CodeListCache& cache, QObject* parent = nullptr);

    void setUrl(const QUrl& url) { m_url = url; }
    // Endpoints are configuration: the first URL of the CodeListUrl setting (policy, variable, user or system
    // file) is the ICD-10 download; unset, the national default. The FHI set and the municipalities have no key yet
    // and take `codes fetch --url` (codes README).
    static QUrl configuredIcd10Url(const Config::Configuration& configuration);
    // The URL `codes fetch` uses: `commandLineUrl` when given, else `configuredUrl`. A policy that sets CodeListUrl
    // fixes where every list comes from, so a command-line URL is then refused ("config-locked", naming the policy).
    static Result<QUrl> fetchUrl(const Config::Configuration& configuration, const QString& commandLineUrl,
        const QUrl& configuredUrl);
    // When the next check is due after one at `lastCheck` (invalid: at once).
    static QDateTime nextCheck(const QDateTime& lastCheck);
    static bool isDue(const QDateTime& lastCheck, const QDateTime& now) { return now >= nextCheck(lastCheck); }

    void check();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    // `error` is set for Kept.
    void finished(Meldeklient::Codes::CodeListUpdater::Outcome outcome, const QString& version, const Meldeklient::Error& error);

private:
    void done(const Result<CodeListDownload::Body>& body);

    CodeListCache m_cache;
    CodeListDownload m_download;
    QUrl m_url;
    bool m_running = false;
};

} // namespace Meldeklient::Codes
