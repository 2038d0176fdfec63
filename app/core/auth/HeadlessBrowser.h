#pragma once

#include "core/auth/BrowserLauncher.h"

#include <QPointer>

class QNetworkAccessManager;
class QNetworkCookieJar;

namespace Meldeklient::Auth {

// A minimal HTTP "user agent" for test and sandbox environments (tests and `meldeklient-cli login`): follows the
// provider's redirects with its own cookie jar until a page answers, which for a sign-in with the test IdP is the
// loopback callback. It cannot show a login form, so it only works where the IdP completes on its own. Redirects
// may leave https only for loopback hosts.
class HeadlessBrowser : public BrowserLauncher
{
    Q_OBJECT

public:
    static constexpr int MaxRedirects = 20;

    explicit HeadlessBrowser(QNetworkAccessManager* network, QObject* parent = nullptr);

    void open(const QUrl& url) override;

    // Status of the last page reached (0 before any).
    int lastStatus() const { return m_lastStatus; }

Q_SIGNALS:
    // The navigation reached a page (the last URL's status is lastStatus()).
    void finished();

private:
    void step(const QUrl& url, int hops);

    QPointer<QNetworkAccessManager> m_network;
    QNetworkCookieJar* m_cookies;
    int m_lastStatus = 0;
};

} // namespace Meldeklient::Auth
