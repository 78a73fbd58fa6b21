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
};

/** Borrows one pooled connection for the lifetime of the lease. */
class SqlServerStore::Lease
{
public:
    explicit Lease(SqlServerStore &store)
        : m_pool(*store.m_pool)
    {
        std::unique_lock lock(m_pool.mutex);
        m_pool.available.wait(lock, [this] { return !m_pool.idle.empty(); });
        m_conn = std::move(m_pool.idle.front());
        m_pool.idle.pop_front();
    }
    ~Lease()
    {
        {
            std::lock_guard lock(m_pool.mutex);
            m_pool.idle.push_back(std::move(m_conn));
        }
        m_pool.available.notify_one();
    }
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;
    SqlConnection &db() { return *m_conn; }

private:
    Pool &m_pool;
    std::unique_ptr<SqlConnection> m_conn;
};

} // namespace Pathway::Server
