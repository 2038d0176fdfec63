#include "core/auth/AuthClock.h"

namespace Meldeklient::Auth {

AuthClock::AuthClock()
    : AuthClock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

AuthClock::AuthClock(Source source)
    : m_state(std::make_shared<State>(State {std::move(source), 0}))
{
}

qint64 AuthClock::nowSeconds() const
{
    return m_state->source() + m_state->offset;
}

qint64 AuthClock::offsetSeconds() const
{
    return m_state->offset;
}

void AuthClock::setOffsetSeconds(qint64 offset)
{
    m_state->offset = offset;
}

void AuthClock::synchronizeTo(const QDateTime& serverTime)
{
    if (serverTime.isValid())
        m_state->offset = serverTime.toSecsSinceEpoch() - m_state->source();
}

} // namespace Meldeklient::Auth
