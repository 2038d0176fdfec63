#pragma once

#include <QSettings>
#include <QString>

#include <optional>

namespace Meldeklient::Config {

// The three stores a setting is looked up in (besides environment variables and the built-in default).
// Linux: the policy is a fixed root-owned INI file, never found through XDG_CONFIG_DIRS (which the user controls);
// Windows: the 64-bit registry view.
struct ConfigLocations
{
    struct Store
    {
        QString path;
        QSettings::Format format = QSettings::IniFormat;
    };
    Store policy; // locked
    Store user; // written by `config set` and the settings dialog
    Store system; // defaults IT may ship that users can override

    // /etc/meldeklient/policy.conf, ~/.config/Meldeklient/Meldeklient.conf, /etc/xdg/Meldeklient/Meldeklient.conf;
    // on Windows HKLM\SOFTWARE\Policies\Meldeklient\Meldeklient, HKCU\SOFTWARE\Meldeklient\Meldeklient,
    // HKLM\SOFTWARE\Meldeklient\Meldeklient.
    static ConfigLocations platformDefault();
    // platformDefault(), unless a test has installed other locations.
    static ConfigLocations current();
    // Test hook: only test executables call it (in-process); no variable, file or option of the installed programs
    // can move the policy file. nullopt restores the platform default.
    static void setForTesting(std::optional<ConfigLocations> locations);
};

} // namespace Meldeklient::Config
