#pragma once

#include <QtGlobal>

#include <optional>

namespace Meldeklient::Outbox {

// Exponential back-off with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"):
//   delay = uniform(0, min(cap, base * 2^(attempt - 1)))
// and never less than the server's Retry-After. Full jitter spreads the retries of many clients that failed together
// (a registry outage at 08:00) instead of having them return in lock-step.
class BackoffPolicy
{
public:
    BackoffPolicy() = default;
    BackoffPolicy(qint64 baseMs, qint64 capMs);

    qint64 baseMs() const { return m_baseMs; }
    qint64 capMs() const { return m_capMs; }

    // The upper bound of the jitter window after `attempt` failed attempts (attempt >= 1).
    qint64 ceilingMs(int attempt) const;
    // `unitRandom` in [0, 1): the pure form, for tests and for callers with their own random source.
    qint64 delayMs(int attempt, double unitRandom, std::optional<qint64> retryAfterMs = std::nullopt) const;
    // Draws the jitter from QRandomGenerator::global() (jitter needs no cryptographic strength).
    qint64 delayMs(int attempt, std::optional<qint64> retryAfterMs = std::nullopt) const;

private:
    qint64 m_baseMs = 2'000;
    qint64 m_capMs = 15 * 60 * 1'000;
};

} // namespace Meldeklient::Outbox
