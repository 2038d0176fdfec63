#pragma once

#include <QDateTime>

#include <functional>
#include <memory>

namespace Meldeklient::Auth {

// Time for JWT claims (iat, exp, nbf) with a correction for a wrong local clock: on user-controlled machines FAPI 2.0
// (Note 1) allows deriving the skew from the server's HTTP Date header. Copies share the offset, so a skew learnt
// from one response applies to every factory and validator built from the same clock.
class AuthClock
{
public:
    using Source = std::function<qint64()>; // seconds since the epoch

    AuthClock(); // the system clock
    explicit AuthClock(Source source);

    // Corrected time: source() + offset.
    qint64 nowSeconds() const;
    qint64 offsetSeconds() const;
    void setOffsetSeconds(qint64 offset);
    // Sets the offset so that now equals `serverTime` (e.g. a parsed HTTP Date header). Ignores invalid times.
    void synchronizeTo(const QDateTime& serverTime);

private:
    struct State {
        Source source;
        qint64 offset = 0;
    };
    std::shared_ptr<State> m_state;
};

} // namespace Meldeklient::Auth
