#include "core/config/FolkeregisteretSettings.h"

#include "core/config/Configuration.h"

namespace Meldeklient::Config {

QUrl FolkeregisteretSettings::builtInUrl(const QString& environmentName)
{
    if (environmentName == u"test")
        return QUrl(QStringLiteral("https://folkeregisteret-api-ekstern.sits.no"));
    if (environmentName == u"production")
        return QUrl(QStringLiteral("https://folkeregisteret.api.skatteetaten.no"));
    return {};
}

FolkeregisteretSettings FolkeregisteretSettings::fromConfiguration(const Configuration& configuration)
{
    FolkeregisteretSettings settings;
    const QString url = configuration.value(SettingKey::FolkeregisteretUrl);
    settings.baseUrl = url.isEmpty() ? builtInUrl(configuration.value(SettingKey::Environment)) : QUrl(url);
    settings.certificateFile = configuration.value(SettingKey::BirthCertificateFile);
    settings.caFile = configuration.value(SettingKey::BirthCaFile);
    return settings;
}

FolkeregisteretSettings FolkeregisteretSettings::load(const QString& environmentName)
{
    const Result<Configuration> configuration = Configuration::load(environmentName);
    if (!configuration)
        return FolkeregisteretSettings {builtInUrl(environmentName), {}, {}};
    return fromConfiguration(configuration.value());
}

} // namespace Meldeklient::Config
