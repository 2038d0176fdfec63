#include "core/outbox/BackoffPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Meldeklient::Outbox {

BackoffPolicy::BackoffPolicy(qint64 baseMs, qint64 capMs)
    : m_baseMs(std::max<qint64>(1, baseMs))
    , m_capMs(std::max(m_baseMs, capMs))
{
}

qint64 BackoffPolicy::ceilingMs(int attempt) const
{
    const int doublings = std::clamp(attempt - 1, 0, 62);
    // Stop doubling once past the cap, so large attempt counts cannot overflow.
    qint64 ceiling = m_baseMs;
    for (int i = 0; i < doublings && ceiling < m_capMs; ++i)
        ceiling *= 2;
    return std::min(ceiling, m_capMs);
}

qint64 BackoffPolicy::delayMs(int attempt, double unitRandom, std::optional<qint64> retryAfterMs) const
{
    const double unit = std::clamp(unitRandom, 0.0, 1.0);
    const qint64 ceiling = ceilingMs(attempt);
    const auto jittered = static_cast<qint64>(std::floor(unit * static_cast<double>(ceiling)));
    const qint64 delay = std::min(jittered, ceiling);
    if (retryAfterMs && *retryAfterMs > delay)
        return *retryAfterMs;
    return delay;
}

qint64 BackoffPolicy::delayMs(int attempt, std::optional<qint64> retryAfterMs) const
{
    return delayMs(attempt, QRandomGenerator::global()->generateDouble(), retryAfterMs);
}

} // namespace Meldeklient::Outbox
