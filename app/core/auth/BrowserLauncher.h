#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QUrl>

namespace Meldeklient::Auth {

// Opens the authorization and end-session pages. The product opens the system browser (QDesktopServices, in gui,
// since core has no GUI dependency; never a web view); test environments and `meldeklient-cli login` use
// HeadlessBrowser, which follows the provider's redirects itself.
class BrowserLauncher : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Returns at once; the result arrives at the loopback receiver. A launcher that learns the navigation failed
    // (no browser, an error page) says so with navigationFailed().
    virtual void open(const QUrl& url) = 0;

Q_SIGNALS:
    void navigationFailed(const Meldeklient::Error& error);
};

} // namespace Meldeklient::Auth
