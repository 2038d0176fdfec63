#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Meldeklient::Outbox {

// The HTTP Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
class RetryAfter
{
public:
    // Milliseconds to wait from `now`; a date in the past gives 0. nullopt for an absent or malformed value, which
    // callers treat as "no server minimum".
    static std::optional<qint64> parseMs(const QByteArray& headerValue, const QDateTime& now);
};

} // namespace Meldeklient::Outbox
