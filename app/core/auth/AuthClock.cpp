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

bool AuthClock::synchronizeToHttpDate(QByteArrayView dateHeader)
{
    // IMF-fixdate always ends in "GMT", which Qt 6.4's RFC 2822 parser does not accept; it does accept "+0000".
    const QByteArrayView value = dateHeader.trimmed();
    if (!value.endsWith(" GMT"))
        return false;
    const QString numericZone = QString::fromLatin1(value.chopped(3)) + QStringLiteral("+0000");
    const QDateTime serverTime = QDateTime::fromString(numericZone, Qt::RFC2822Date);
    if (!serverTime.isValid())
        return false;
    synchronizeTo(serverTime);
    return true;
}

} // namespace Meldeklient::Auth
