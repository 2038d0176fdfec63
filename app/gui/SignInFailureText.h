#pragma once

#include "core/common/Result.h"
#include "core/session/SignInFailure.h"

#include <QString>

namespace Meldeklient::Gui {

// What a doctor is told when a sign-in ends without a session: plain words and what to do, one sentence per
// typed reason; the core's own message follows only for reasons the doctor cannot act on otherwise.
class SignInFailureText
{
public:
    // Empty for reasons that need no message (NotSignedIn at start).
    static QString forFailure(Session::SignInFailure reason, const Error& error);
};

} // namespace Meldeklient::Gui
