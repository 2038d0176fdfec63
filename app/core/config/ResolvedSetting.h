#pragma once

#include "core/config/SettingKey.h"
#include "core/config/SettingOrigin.h"

#include <QString>

namespace Meldeklient::Config {

// One setting as it applies now: what the settings dialog and `config show` display.
struct ResolvedSetting
{
    SettingKey key = SettingKey::Environment;
    QString value; // empty: not set anywhere and no built-in value (e.g. the production API address)
    SettingOrigin origin = SettingOrigin::BuiltIn;
    QString source; // the file, registry key or environment variable; empty for built-in values
    bool locked() const { return origin == SettingOrigin::Policy; }
};

} // namespace Meldeklient::Config
