#include "core/session/SignInFailure.h"

namespace Meldeklient::Session {

SignInFailure signInFailureOf(const Error& error)
{
    const QString& code = error.code;
    if (code == u"id-token-security-level")
        return SignInFailure::SecurityLevelTooLow;
    if (code == u"id-token-missing-hpr")
        return SignInFailure::NoHprNumber;
    if (code == u"sign-in-cancelled" || code == u"callback-timeout" || code == u"callback-error"
        || code == u"browser-unavailable")
        return SignInFailure::Cancelled;
    if (code == u"network-error" || code == u"network-unavailable" || code == u"discovery-http"
        || code == u"jwks-http" || code == u"browser-network-error" || code == u"sandbox-registration")
        return SignInFailure::ProviderUnreachable;
    if (code == u"not-signed-in")
        return SignInFailure::NotSignedIn;
    if (code == u"token-invalid-grant" || code == u"refresh-token-expired" || code == u"session-replaced")
        return SignInFailure::SessionExpired;
    return SignInFailure::Other;
}

} // namespace Meldeklient::Session
