// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/metrics.h"

using namespace Qt::StringLiterals;

namespace Pathway::Server {

void Metrics::countRequest(const QString &route, int status)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{route, status}];
}

void Metrics::countPush(const QString &status)
{
    std::lock_guard lock(m_mutex);
    ++m_push[status];
}

void Metrics::countPulledRows(qint64 rows)
{
    std::lock_guard lock(m_mutex);
    m_pulledRows += rows;
}

void Metrics::observeStoreLatency(double seconds)
{
    std::lock_guard lock(m_mutex);
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i]) {
            ++m_latencyBuckets[i];
        }
    }
    ++m_latencyCount;
    m_latencySum += seconds;
}

QByteArray Metrics::render() const
{
    std::lock_guard lock(m_mutex);
    QString out;
    out += u"# HELP pathway_http_requests_total HTTP requests by route template and status.\n"
           "# TYPE pathway_http_requests_total counter\n"_s;
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it) {
        out += u"pathway_http_requests_total{route=\"%1\",status=\"%2\"} %3\n"_s.arg(it.key().first)
                   .arg(it.key().second)
                   .arg(it.value());
    }
    out += u"# HELP pathway_push_changes_total Pushed changes by result.\n"
           "# TYPE pathway_push_changes_total counter\n"_s;
    for (const auto &status : {u"applied"_s, u"duplicate"_s, u"conflict"_s, u"rejected"_s}) {
        out += u"pathway_push_changes_total{status=\"%1\"} %2\n"_s.arg(status).arg(m_push.value(status));
    }
    out += u"# HELP pathway_pull_rows_total Records sent by pulls.\n# TYPE pathway_pull_rows_total counter\n"_s;
    out += u"pathway_pull_rows_total %1\n"_s.arg(m_pulledRows);
    out += u"# HELP pathway_store_latency_seconds Store call latency.\n"
           "# TYPE pathway_store_latency_seconds histogram\n"_s;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        out += u"pathway_store_latency_seconds_bucket{le=\"%1\"} %2\n"_s.arg(kBuckets[i]).arg(m_latencyBuckets[i]);
    }
    out += u"pathway_store_latency_seconds_bucket{le=\"+Inf\"} %1\n"_s.arg(m_latencyCount);
    out += u"pathway_store_latency_seconds_sum %1\n"_s.arg(m_latencySum, 0, 'f', 6);
    out += u"pathway_store_latency_seconds_count %1\n"_s.arg(m_latencyCount);
    return out.toUtf8();
}

} // namespace Pathway::Server
