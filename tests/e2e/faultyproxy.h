// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace Pathway::Testing {

/**
 * A TCP proxy on 127.0.0.1 between real clients and the real server that misbehaves at random,
 * reproducibly from a seed. Each request (a connection's first, and each next one on a kept-alive
 * connection) gets one fate: pass untouched, drop (the connection is reset before it moves), delay (every chunk held up
 * to a few hundred milliseconds), duplicate (the whole request stream is sent to the server a second time on a new
 * connection, as a retrying middlebox would), truncate (the answer is cut short, then closed) or reset (an RST after a
 * random number of bytes, in either direction). Faults stop at once with setFaultRate(0).
 */
class FaultyProxy
{
public:
    enum class Fate
    {
        Pass,
        Drop,
        Delay,
        Duplicate,
        Truncate,
        Reset,
        Count
    };

    FaultyProxy(int upstreamPort, std::uint64_t seed);
    ~FaultyProxy();
    FaultyProxy(const FaultyProxy &) = delete;
    FaultyProxy &operator=(const FaultyProxy &) = delete;

    /** The port clients connect to (0 if the proxy could not listen). */
    int port() const { return m_port; }
    /** The share of requests, 0..1, that get a fate other than Pass. */
    void setFaultRate(double rate) { m_faultRate = rate; }
    /** How many requests got @p fate so far. */
    int count(Fate fate) const { return m_counts[std::size_t(fate)]; }

private:
    void acceptLoop();
    Fate roll(std::mt19937_64 &rng);
    void serve(int client, std::uint64_t seed);

    int m_upstreamPort;
    std::uint64_t m_seed;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<double> m_faultRate {0.5};
    std::atomic_bool m_stopping {false};
    std::atomic_int m_counts[std::size_t(Fate::Count)] {};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::thread> m_workers;
};

} // namespace Pathway::Testing
