#include "gui/SystemBrowserLauncher.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace Meldeklient::Gui {

void SystemBrowserLauncher::open(const QUrl& url)
{
    if (!QDesktopServices::openUrl(url)) {
        Q_EMIT navigationFailed(Error {QStringLiteral("browser-unavailable"),
            QCoreApplication::translate("Gui", "No web browser could be opened for the HelseID sign-in.")});
    }
}

} // namespace Meldeklient::Gui
