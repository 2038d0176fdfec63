#pragma once

#include <QString>

namespace Meldeklient::Gui {

// The language setting as the window sees it: the layered configuration's Language key (a policy may lock it;
// MELDEKLIENT_LANG overrides the doctor's choice, for tests and support). The choice takes effect at the next start:
// every page, and the forms built from the Questionnaires, then come up in one language.
class LanguageSetting
{
public:
    // MELDEKLIENT_LANG, else the saved choice, else Bokmål.
    static QString effective();
    static QString saved();
    // Saved as the user's value; ignored when the policy locks the language (isLocked()).
    static void save(const QString& language);
    static bool isLocked();
    // Why it is locked (translated), empty when it is not.
    static QString lockReason();
};

} // namespace Meldeklient::Gui
