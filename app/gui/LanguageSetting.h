#pragma once

#include <QString>

namespace Meldeklient::Gui {

// The language the doctor chose in the settings (QSettings "ui/language"). MELDEKLIENT_LANG overrides it, for
// tests and support. The choice takes effect at the next start: every page, and the forms built from the
// Questionnaires, then come up in one language.
class LanguageSetting
{
public:
    // MELDEKLIENT_LANG, else the saved choice, else Bokmål.
    static QString effective();
    static QString saved();
    static void save(const QString& language);
};

} // namespace Meldeklient::Gui
