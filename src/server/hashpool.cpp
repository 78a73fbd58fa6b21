// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/hashpool.h"

#include <algorithm>

namespace Pathway::Server {

HashPool::HashPool(int threads, int limit)
    : m_limit(std::max(limit, 1))
{
    for (int i = 0; i < std::max(threads, 1); ++i) {
        m_threads.emplace_back([this] { work(); });
    }
}

HashPool::~HashPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_ready.notify_all();
    for (auto &t : m_threads) {
        t.join();
    }
}

bool HashPool::trySubmit(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_load >= m_limit) {
            return false;
        }
        ++m_load;
        m_jobs.push_back(std::move(job));
    }
    m_ready.notify_one();
    return true;
}

int HashPool::load() const
{
    std::lock_guard lock(m_mutex);
    return m_load;
}

void HashPool::setBeforeJob(std::function<void()> hook)
{
    std::lock_guard lock(m_mutex);
    m_beforeJob = std::move(hook);
}

void HashPool::work()
{
    for (;;) {
        std::function<void()> job;
        std::function<void()> before;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping) {
                return; // queued jobs are dropped: the front end answers their requests itself
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            before = m_beforeJob;
        }
        if (before) {
            before();
        }
        try {
            job();
        } catch (...) { // NOLINT(bugprone-empty-catch): a job reports its own failure; the pool carries on
        }
        std::lock_guard lock(m_mutex);
        --m_load;
    }
}

} // namespace Pathway::Server
