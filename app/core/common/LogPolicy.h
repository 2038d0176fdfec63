#pragma once

namespace Meldeklient {

// Who sees module logging: nobody by default, so standard error carries only the messages written for the user;
// with MELDEKLIENT_LOG=1 every level of the meldeklient.* categories (logging never holds identifiers, names, free
// text or tokens). Qt's own warnings follow the same switch. Call once, first thing in main().
class LogPolicy
{
public:
    static void install();
    static bool isLoggingRequested();
};

} // namespace Meldeklient
