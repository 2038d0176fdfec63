#include "core/config/ConfigLocations.h"

#include <QStandardPaths>

namespace Meldeklient::Config {

namespace {
std::optional<ConfigLocations>& testLocations()
{
    static std::optional<ConfigLocations> locations;
    return locations;
}
} // namespace

ConfigLocations ConfigLocations::platformDefault()
{
#ifdef Q_OS_WIN
    return ConfigLocations {
        {QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Meldeklient\\Meldeklient"),
            QSettings::Registry64Format},
        {QStringLiteral("HKEY_CURRENT_USER\\SOFTWARE\\Meldeklient\\Meldeklient"), QSettings::Registry64Format},
        {QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Meldeklient\\Meldeklient"), QSettings::Registry64Format},
    };
#else
    return ConfigLocations {
        {QStringLiteral("/etc/meldeklient/policy.conf"), QSettings::IniFormat},
        {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                + QStringLiteral("/Meldeklient/Meldeklient.conf"),
            QSettings::IniFormat},
        {QStringLiteral("/etc/xdg/Meldeklient/Meldeklient.conf"), QSettings::IniFormat},
    };
#endif
}

ConfigLocations ConfigLocations::current()
{
    return testLocations() ? *testLocations() : platformDefault();
}

void ConfigLocations::setForTesting(std::optional<ConfigLocations> locations)
{
    testLocations() = std::move(locations);
}

} // namespace Meldeklient::Config
