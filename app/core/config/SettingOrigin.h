#pragma once

#include <QString>

namespace Meldeklient::Config {

// Where a setting's value came from, strongest first. Only Policy locks a setting.
enum class SettingOrigin {
    Policy, // /etc/meldeklient/policy.conf, HKLM\SOFTWARE\Policies\Meldeklient\Meldeklient (locked)
    Override, // an environment variable of this process (tests, IT scripts)
    User, // ~/.config/Meldeklient/Meldeklient.conf, HKCU\SOFTWARE\Meldeklient\Meldeklient
    System, // /etc/xdg/Meldeklient/Meldeklient.conf, HKLM\SOFTWARE\Meldeklient\Meldeklient (overridable)
    BuiltIn, // compiled in
};

// Stable English name for `config show` and JSON: "policy", "override", "user", "system", "built-in".
QString settingOriginName(SettingOrigin origin);

} // namespace Meldeklient::Config
