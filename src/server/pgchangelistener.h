// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "server/changefeed.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Pathway::Server {

/**
 * Hears other pathway-server instances' commits on a shared PostgreSQL (LISTEN on
 * SqlServerStore::NotifyChannel, on a connection of its own, on a thread of its own) and passes
 * them to this instance's ChangeFeed. Its own instance's notices are skipped (they were published
 * in process already). After a lost connection it reconnects with a growing delay and wakes every
 * waiter, since notices sent meanwhile are lost; woken long-polls check the store themselves.
 */
class PgChangeListener
{
public:
    PgChangeListener(QString uri, ChangeFeed &feed);
    ~PgChangeListener();
    PgChangeListener(const PgChangeListener &) = delete;
    PgChangeListener &operator=(const PgChangeListener &) = delete;

    void start();
    void stop();
    /** Whether it is listening now (tests wait for it). */
    bool isListening() const { return m_listening; }

private:
    void run();
    /** Waits up to @p ms or until stop(); false when stopping. */
    bool pause(int ms);

    QString m_uri;
    ChangeFeed &m_feed;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic_bool m_stopping = false;
    std::atomic_bool m_listening = false;
};

} // namespace Pathway::Server
