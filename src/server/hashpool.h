// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Pathway::Server {

/**
 * A small bounded pool of threads for password hashing (Argon2id takes tens of milliseconds and
 * 64 MiB each), so a flood of logins never occupies the threads that serve other requests and
 * never holds more than `threads` hashes in memory. At most `limit` jobs wait or run at once;
 * trySubmit() refuses more at once, so the caller can answer "busy" without waiting.
 */
class HashPool
{
public:
    HashPool(int threads, int limit);
    /** Lets running jobs finish and drops queued ones. */
    ~HashPool();
    HashPool(const HashPool &) = delete;
    HashPool &operator=(const HashPool &) = delete;

    /** Queues @p job; false (and the job is dropped) if `limit` jobs already wait or run. */
    bool trySubmit(std::function<void()> job);
    /** Jobs waiting or running now. */
    int load() const;
    int limit() const { return m_limit; }
    /**
     * Test hook: runs on a pool thread before each job, so a test can hold the pool saturated
     * with a latch and release it when it has checked what it needs.
     */
    void setBeforeJob(std::function<void()> hook);

private:
    void work();

    const int m_limit;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::function<void()>> m_jobs;
    std::function<void()> m_beforeJob;
    int m_load = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace Pathway::Server
