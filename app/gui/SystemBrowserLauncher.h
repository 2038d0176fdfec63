#pragma once

#include "core/auth/BrowserLauncher.h"

namespace Meldeklient::Gui {

// The product's BrowserLauncher: the user's default (system) browser via QDesktopServices, never a web view, so
// HelseID's login runs where the person's BankID/Buypass session and password manager live (RFC 8252 §8.12).
class SystemBrowserLauncher : public Auth::BrowserLauncher
{
    Q_OBJECT

public:
    using Auth::BrowserLauncher::BrowserLauncher;

    void open(const QUrl& url) override;
};

} // namespace Meldeklient::Gui
