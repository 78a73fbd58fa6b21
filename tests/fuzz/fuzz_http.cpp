// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// HTTP request framing: the bytes of one connection sent to the real HttpServer (Boost.Beast's
// parser with Pathway's header and body limits, its early Content-Length refusal, gzip decoding
// and keep-alive loop) over loopback, behind a router that only echoes what it was handed.
// Properties: the server never answers 5xx to anything a client can send, every answer is
// HTTP/1.1, and the server still answers a well-formed request afterwards.
#include "fuzzcheck.h"

#include "server/config.h"
#include "server/httpserver.h"
#include "server/metrics.h"
#include "server/router.h"

#include <QCryptographicHash>
#include <QJsonObject>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace Pathway;
using namespace Pathway::Server;
using namespace Qt::StringLiterals;

namespace {

/** A server on an ephemeral loopback port, started once for the whole run. */
struct EchoServer
{
    ServerConfig config;
    Router router;
    Metrics metrics;
    std::unique_ptr<HttpServer> server;
    std::thread thread;

    EchoServer()
    {
        config.port = 0;
        config.threads = 2;
        config.readTimeoutSecs = 2;
        config.writeTimeoutSecs = 2;
        // Small limits, so inputs of a few kilobytes reach every limit check.
        config.bodyLimit = 2048;
        config.decompressedLimit = 8192;
        config.headerLimit = 1024;
        const Handler echo = [](const HttpRequest &req, const RouteParams &) {
            return HttpResponse::json(
                200,
                {{u"size"_s, req.body.size()},
                 {u"sha256"_s,
                  QString::fromLatin1(QCryptographicHash::hash(req.body, QCryptographicHash::Sha256).toHex())}});
        };
        router.add(u"POST"_s, u"/echo"_s, echo);
        router.add(u"GET"_s, u"/echo/{id}"_s, echo);
        server = std::make_unique<HttpServer>(config, router, metrics);
        QString error;
        Fuzz::check(server->listen(&error), "the fuzzed server listens");
        thread = std::thread([this] { server->run(); });
    }
};

EchoServer &echoServer()
{
    static EchoServer *s = new EchoServer; // lives until exit; libFuzzer never returns
    return *s;
}

/**
 * Sends @p request on a new connection, half-closes it, and returns everything answered. The
 * wait is generous (a loaded machine with sanitizers is slow); a hung server is caught by it
 * and, past libFuzzer's -timeout, by libFuzzer.
 */
QByteArray exchange(int port, const QByteArray &request, int waitSecs = 5)
{
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int fd = -1;
    // Thousands of connections a second can run the loopback out of free ports for a moment, or
    // fill the listen queue: a refused connect is tried again (for up to a minute), so only a
    // server that stays unreachable fails the property.
    for (int attempt = 0;; ++attempt) {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        Fuzz::check(fd >= 0, "socket");
        timeval timeout {waitSecs, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
            break;
        }
        ::close(fd);
        Fuzz::check(attempt < 600, "the server accepts a connection within a minute");
        ::usleep(100000);
    }
    qsizetype sent = 0;
    while (sent < request.size()) {
        const auto n = ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            break; // the server refused early and closed: what it answered is still read below
        }
        sent += n;
    }
    ::shutdown(fd, SHUT_WR);
    QByteArray answer;
    char buffer[4096];
    for (;;) {
        const auto n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            break;
        }
        answer.append(buffer, n);
    }
    // Reset rather than linger in TIME_WAIT: a run opens hundreds of thousands of connections.
    linger reset {1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    ::close(fd);
    return answer;
}

/** The status codes of every response in @p answer (responses are JSON, so no body holds "HTTP/"). */
QList<int> statuses(const QByteArray &answer)
{
    QList<int> out;
    for (qsizetype at = answer.indexOf("HTTP/"); at >= 0; at = answer.indexOf("HTTP/", at + 1)) {
        // A request in HTTP/1.0 is answered in HTTP/1.0 (and the connection closed), any other in 1.1.
        const QByteArray version = answer.mid(at, 9);
        Fuzz::check(version == "HTTP/1.1 " || version == "HTTP/1.0 ", "every answer is HTTP/1.1 or 1.0");
        out.append(answer.mid(at + 9, 3).toInt());
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietLogs();
    (void)echoServer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const int port = echoServer().server->port();
    const QByteArray answer = exchange(port, Fuzz::bytes(data, size));
    if (!answer.isEmpty()) {
        Fuzz::check(answer.startsWith("HTTP/1.1 ") || answer.startsWith("HTTP/1.0 "),
                    "the server answers in HTTP or not at all");
    }
    for (const int status : statuses(answer)) {
        Fuzz::check(status >= 200 && status < 500, "no input makes the server answer 5xx");
    }
    static unsigned runs = 0;
    if (++runs % 64 == 0) {
        const QByteArray ok = exchange(port, "GET /echo/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 50);
        Fuzz::check(ok.startsWith("HTTP/1.1 200 "), "the server still answers after any input");
    }
    return 0;
}
