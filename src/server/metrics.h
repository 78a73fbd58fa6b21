// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>
#include <mutex>

namespace Pathway::Server {

/** Prometheus counters and the store latency histogram of this instance. Thread-safe. */
class Metrics
{
public:
    void countRequest(const QString &route, int status);
    void countPush(const QString &status);
    void countPulledRows(qint64 rows);
    void observeStoreLatency(double seconds);
    /** Prometheus text exposition format 0.0.4. */
    QByteArray render() const;

private:
    static constexpr std::array<double, 10> kBuckets {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.0};
    mutable std::mutex m_mutex;
    QMap<std::pair<QString, int>, qint64> m_requests;
    QMap<QString, qint64> m_push;
    qint64 m_pulledRows = 0;
    std::array<qint64, kBuckets.size()> m_latencyBuckets {};
    qint64 m_latencyCount = 0;
    double m_latencySum = 0;
};

} // namespace Pathway::Server
