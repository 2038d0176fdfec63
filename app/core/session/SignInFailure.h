#pragma once

#include "core/common/Result.h"

#include <QObject>

namespace Meldeklient::Session {

Q_NAMESPACE

// Why a sign-in ended without a session, for the few cases a person can act on differently. The Error that comes
// with it keeps the precise code and the translated message.
enum class SignInFailure {
    SecurityLevelTooLow, // HelseID reported a security level below 3 (use BankID, Buypass, Commfides)
    NoHprNumber,         // the person has no HPR number: only authorised health personnel may report
    Cancelled,           // the person (or the program) cancelled, or the browser never came back
    ProviderUnreachable, // HelseID (or the network) could not be reached: try again later
    NotSignedIn,         // restore(): nothing is stored
    SessionExpired,      // restore(): the stored sign-in is no longer accepted
    Other,               // anything else; the message says what
};
Q_ENUM_NS(SignInFailure)

// The reason behind an auth error code (HelseIdClient, IdTokenValidator, HttpExchange, HeadlessBrowser).
SignInFailure signInFailureOf(const Error& error);

} // namespace Meldeklient::Session
