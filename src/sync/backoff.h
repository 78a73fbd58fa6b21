// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <functional>

namespace Pathway::Sync {

/**
 * When to try again after failed syncs: exponential backoff with jitter, capped. Pure
 * arithmetic on a failure counter; the random source is injected so tests are exact.
 */
class Backoff
{
public:
    struct Policy
    {
        qint64 baseMs = 2000; ///< delay after the first failure (before jitter)
        qint64 maxMs = 15 * 60 * 1000; ///< never wait longer than this
        double jitter = 0.5; ///< fraction of the delay that is random: delay * [1 - jitter, 1]
    };

    Backoff();
    /** @p random returns a value in [0, 1); by default QRandomGenerator::global(). */
    explicit Backoff(Policy policy, std::function<double()> random = {});

    /** Counts one more failure and returns how long to wait before the next attempt. */
    qint64 nextDelayMs();
    /** Forgets all failures (after a successful sync). */
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    const Policy &policy() const { return m_policy; }

    /** The delay after @p failures consecutive failures (>= 1) for a random draw in [0, 1). */
    static qint64 delayFor(int failures, const Policy &policy, double random01);

private:
    Policy m_policy;
    std::function<double()> m_random;
    int m_failures = 0;
};

} // namespace Pathway::Sync
