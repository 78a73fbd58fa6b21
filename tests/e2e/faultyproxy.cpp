// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "faultyproxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <random>

namespace Pathway::Testing {

namespace {

int connectLoopback(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

/** Closes with an RST instead of a FIN. */
void reset(int fd)
{
    linger l {1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    ::close(fd);
}

bool sendAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const auto n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

/**
 * Sends @p request on a new connection to the server and reads the answer until it closes or goes
 * quiet. Sign-in and token requests are not replayed: reusing a rotated refresh token rightly ends
 * the session, which is another test's subject.
 */
void replay(int port, const QByteArray &request)
{
    if (request.isEmpty() || request.contains("/v1/auth/"))
        return;
    const int fd = connectLoopback(port);
    if (fd < 0)
        return;
    if (sendAll(fd, request.constData(), request.size())) {
        ::shutdown(fd, SHUT_WR);
        char buffer[8192];
        pollfd p {fd, POLLIN, 0};
        while (::poll(&p, 1, 5000) > 0 && ::recv(fd, buffer, sizeof buffer, 0) > 0) { }
    }
    ::close(fd);
}

} // namespace

FaultyProxy::FaultyProxy(int upstreamPort, std::uint64_t seed)
    : m_upstreamPort(upstreamPort)
    , m_seed(seed)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listen, 64) != 0
        || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        return;
    }
    m_port = ntohs(addr.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FaultyProxy::~FaultyProxy()
{
    m_stopping = true;
    if (m_acceptor.joinable())
        m_acceptor.join();
    if (m_listen >= 0)
        ::close(m_listen);
    std::lock_guard lock(m_mutex);
    for (auto &w : m_workers)
        w.join();
}

void FaultyProxy::acceptLoop()
{
    std::uint64_t index = 0;
    while (!m_stopping) {
        pollfd p {m_listen, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const int client = ::accept(m_listen, nullptr, nullptr);
        if (client < 0)
            continue;
        std::lock_guard lock(m_mutex);
        // Each connection's randomness derives from the seed and its position, so a run repeats.
        m_workers.emplace_back([this, client, s = m_seed * 1000003 + index++] { serve(client, s); });
    }
}

FaultyProxy::Fate FaultyProxy::roll(std::mt19937_64 &rng)
{
    std::uniform_real_distribution<double> unit(0, 1);
    Fate fate = Fate::Pass;
    if (unit(rng) < m_faultRate)
        fate = Fate(1 + std::uniform_int_distribution<int>(0, int(Fate::Count) - 2)(rng));
    ++m_counts[std::size_t(fate)];
    return fate;
}

void FaultyProxy::serve(int client, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    // A fate per request, not per connection: clients keep connections alive for many requests.
    // A request starts with the first bytes from the client after the server has answered.
    Fate fate = roll(rng);
    if (fate == Fate::Drop) {
        reset(client);
        return;
    }
    const int server = connectLoopback(m_upstreamPort);
    if (server < 0) {
        reset(client);
        return;
    }
    // Where a fault strikes, in bytes of the stream it concerns (requests and answers are a few
    // hundred bytes to a few hundred kilobytes), and in which direction a reset strikes.
    qint64 limit = 0;
    bool resetUpstream = false;
    auto strike = [&] {
        limit = std::uniform_int_distribution<qint64>(0, 6000)(rng);
        resetUpstream = std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    };
    strike();
    QByteArray request;
    qint64 down = 0;
    qint64 up = 0;
    bool answered = false;
    char buffer[16384];
    bool open = true;
    bool clientDone = false;
    bool resetAtEnd = false;
    const auto started = std::chrono::steady_clock::now();
    while (open && !m_stopping && std::chrono::steady_clock::now() - started < std::chrono::seconds(90)) {
        pollfd p[2] {{client, short(clientDone ? 0 : POLLIN), 0}, {server, POLLIN, 0}};
        if (::poll(p, 2, 200) <= 0)
            continue;
        for (int i = 0; i < 2 && open; ++i) {
            if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const bool fromClient = i == 0;
            const auto n = ::recv(p[i].fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                if (fromClient) {
                    ::shutdown(server, SHUT_WR); // pass the half-close on; keep reading the answer
                    clientDone = true;
                } else {
                    open = false;
                }
                continue;
            }
            if (fromClient && answered) {
                // The next request on a kept-alive connection: the last one may be sent again,
                // then this one gets its own fate.
                if (fate == Fate::Duplicate)
                    replay(m_upstreamPort, request);
                request.clear();
                up = down = 0;
                answered = false;
                fate = roll(rng);
                strike();
                if (fate == Fate::Drop) {
                    resetAtEnd = true;
                    open = false;
                    continue;
                }
            }
            if (fate == Fate::Delay)
                std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 300)(rng)));
            qint64 forward = n;
            if (fromClient) {
                request.append(buffer, n);
                if (fate == Fate::Reset && resetUpstream && up + n > limit) {
                    forward = limit - up;
                    open = false;
                }
                up += n;
            } else {
                answered = true;
                if ((fate == Fate::Truncate || (fate == Fate::Reset && !resetUpstream)) && down + n > limit) {
                    forward = limit - down;
                    open = false;
                }
                down += n;
            }
            if (forward > 0 && !sendAll(fromClient ? server : client, buffer, forward))
                open = false;
        }
    }
    if (resetAtEnd || fate == Fate::Reset) {
        reset(client);
        reset(server);
    } else {
        ::close(client);
        ::close(server);
    }
    if (fate == Fate::Duplicate)
        replay(m_upstreamPort, request);
}

} // namespace Pathway::Testing
