#include "core/config/SettingOrigin.h"

namespace Meldeklient::Config {

QString settingOriginName(SettingOrigin origin)
{
    switch (origin) {
    case SettingOrigin::Policy:
        return QStringLiteral("policy");
    case SettingOrigin::Override:
        return QStringLiteral("override");
    case SettingOrigin::User:
        return QStringLiteral("user");
    case SettingOrigin::System:
        return QStringLiteral("system");
    case SettingOrigin::BuiltIn:
        break;
    }
    return QStringLiteral("built-in");
}

} // namespace Meldeklient::Config
