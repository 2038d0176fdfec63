#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Meldeklient {

// The user interface languages: Norwegian Bokmål (default), Nynorsk and English.
class Translations
{
public:
    static QStringList supportedLanguages();
    static QString defaultLanguage();
    // Loads the embedded translation for `language` ("nb", "nn", "en") and installs it, replacing one installed
    // earlier by this function. Returns false for a language we do not ship.
    static bool install(const QString& language);
    // The language last installed through install().
    static QString currentLanguage();
};

} // namespace Meldeklient
