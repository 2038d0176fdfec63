#pragma once

namespace Meldeklient::Config {

class Configuration;

// Applies the Proxy setting to the whole process before any network use: "none" leaves Qt's default (no proxy),
// "system" uses the platform's proxy configuration (WinHTTP/PAC on Windows, the environment on Linux), a URL sets
// that HTTP or SOCKS5 proxy for every connection the process makes.
void applyProxySetting(const Configuration& configuration);

} // namespace Meldeklient::Config
