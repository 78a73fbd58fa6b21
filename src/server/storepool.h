// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "server/serverstore.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace Pathway::Server {

/** The idle connections of a SqlServerStore. */
struct SqlServerStore::Pool
{
    std::mutex mutex;
    std::condition_variable available;
    std::deque<std::unique_ptr<SqlConnection>> idle;
    /** Read-only connections (SQLite); empty when reads share `idle`. */
    std::condition_variable readerAvailable;
    std::deque<std::unique_ptr<SqlConnection>> readers;
    bool hasReaders = false;
};

/** Borrows one pooled connection (a read-only one for `Access::Read` where there are some) for the lease's lifetime. */
class SqlServerStore::Lease
{
public:
    explicit Lease(SqlServerStore &store, Access access = Access::Write)
        : m_pool(*store.m_pool)
        , m_read(access == Access::Read && m_pool.hasReaders)
    {
        auto &queue = m_read ? m_pool.readers : m_pool.idle;
        std::unique_lock lock(m_pool.mutex);
        (m_read ? m_pool.readerAvailable : m_pool.available).wait(lock, [&queue] { return !queue.empty(); });
        m_conn = std::move(queue.front());
        queue.pop_front();
    }
    ~Lease()
    {
        {
            std::lock_guard lock(m_pool.mutex);
            (m_read ? m_pool.readers : m_pool.idle).push_back(std::move(m_conn));
        }
        (m_read ? m_pool.readerAvailable : m_pool.available).notify_one();
    }
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;
    SqlConnection &db() { return *m_conn; }

private:
    Pool &m_pool;
    bool m_read;
    std::unique_ptr<SqlConnection> m_conn;
};

} // namespace Pathway::Server
