#include "gui/LanguageSetting.h"

#include "core/common/Translations.h"

#include <QSettings>

namespace Meldeklient::Gui {

namespace {
const QString key = QStringLiteral("ui/language");
}

QString LanguageSetting::effective()
{
    const QString forced = qEnvironmentVariable("MELDEKLIENT_LANG").trimmed();
    if (Translations::supportedLanguages().contains(forced))
        return forced;
    return saved();
}

QString LanguageSetting::saved()
{
    const QString language = QSettings().value(key).toString();
    return Translations::supportedLanguages().contains(language) ? language : Translations::defaultLanguage();
}

void LanguageSetting::save(const QString& language)
{
    if (Translations::supportedLanguages().contains(language))
        QSettings().setValue(key, language);
}

} // namespace Meldeklient::Gui
