#include "gui/SignInFailureText.h"

#include <QCoreApplication>

namespace Meldeklient::Gui {

QString SignInFailureText::forFailure(Session::SignInFailure reason, const Error& error)
{
    using Session::SignInFailure;
    switch (reason) {
    case SignInFailure::SecurityLevelTooLow:
        return QCoreApplication::translate("Gui",
            "Your login was at a security level below 3. Log in again with BankID, Buypass or Commfides (not MinID).");
    case SignInFailure::NoHprNumber:
        return QCoreApplication::translate("Gui",
            "HelseID found no HPR number for you. Only authorised health personnel can report a death. If you are "
            "authorised, check your registration in Helsepersonellregisteret.");
    case SignInFailure::Cancelled:
        return QCoreApplication::translate("Gui", "The login was cancelled. Nothing has been sent.");
    case SignInFailure::ProviderUnreachable:
        return QCoreApplication::translate("Gui",
            "HelseID could not be reached. Check the network connection and try again in a moment.");
    case SignInFailure::NotSignedIn:
        return {};
    case SignInFailure::SessionExpired:
        return QCoreApplication::translate("Gui", "Your saved login has expired. Log in again.");
    case SignInFailure::Other:
        break;
    }
    return QCoreApplication::translate("Gui", "The login failed: %1").arg(error.message);
}

} // namespace Meldeklient::Gui
