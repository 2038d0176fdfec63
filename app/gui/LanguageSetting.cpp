#include "gui/LanguageSetting.h"

#include "core/common/Translations.h"
#include "core/config/Configuration.h"

namespace Meldeklient::Gui {

namespace {
QString supportedOrDefault(const QString& language)
{
    return Translations::supportedLanguages().contains(language) ? language : Translations::defaultLanguage();
}
} // namespace

// The language is one of the layered settings (core/config): policy > MELDEKLIENT_LANG > the doctor's choice >
// system default > Bokmål. This class is only the window's view of that one key.
QString LanguageSetting::effective()
{
    const Result<Config::Configuration> configuration = Config::Configuration::load();
    if (!configuration)
        return supportedOrDefault(qEnvironmentVariable("MELDEKLIENT_LANG").trimmed());
    return supportedOrDefault(configuration->value(Config::SettingKey::Language));
}

QString LanguageSetting::saved()
{
    return effective();
}

bool LanguageSetting::isLocked()
{
    const Result<Config::Configuration> configuration = Config::Configuration::load();
    return configuration && configuration->isLocked(Config::SettingKey::Language);
}

QString LanguageSetting::lockReason()
{
    const Result<Config::Configuration> configuration = Config::Configuration::load();
    return configuration ? configuration->lockReason(Config::SettingKey::Language) : QString();
}

void LanguageSetting::save(const QString& language)
{
    if (!Translations::supportedLanguages().contains(language))
        return;
    Result<Config::Configuration> configuration = Config::Configuration::load();
    if (configuration)
        (void)configuration->setUserValue(Config::SettingKey::Language, language);
}

} // namespace Meldeklient::Gui
