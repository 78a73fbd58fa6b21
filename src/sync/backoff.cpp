// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Pathway::Sync {

Backoff::Backoff()
    : Backoff(Policy {})
{
}

Backoff::Backoff(Policy policy, std::function<double()> random)
    : m_policy(policy)
    , m_random(std::move(random))
{
    if (!m_random) {
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
    }
}

qint64 Backoff::nextDelayMs()
{
    ++m_failures;
    return delayFor(m_failures, m_policy, m_random());
}

qint64 Backoff::delayFor(int failures, const Policy &policy, double random01)
{
    if (failures <= 0) {
        return 0;
    }
    // base * 2^(failures-1), computed without overflow.
    qint64 delay = policy.baseMs;
    for (int i = 1; i < failures && delay < policy.maxMs; ++i) {
        delay *= 2;
    }
    delay = std::min(delay, policy.maxMs);
    const double jitter = std::clamp(policy.jitter, 0.0, 1.0);
    const double r = std::clamp(random01, 0.0, 1.0);
    return std::max<qint64>(1, qint64(double(delay) * (1.0 - jitter + jitter * r)));
}

} // namespace Pathway::Sync
