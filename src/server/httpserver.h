// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "server/config.h"
#include "server/metrics.h"
#include "server/router.h"

#include <QString>

#include <memory>

namespace Pathway::Server {

/**
 * The HTTP/1.1 front end (Boost.Beast): TLS when a certificate is configured, size limits checked
 * before a body is read, read/write timeouts, gzip both ways, graceful stop on SIGTERM/SIGINT.
 * Each request is handed to dispatch() on one of the I/O threads.
 */
class HttpServer
{
public:
    HttpServer(const ServerConfig &config, const Router &router, Metrics &metrics);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /** Binds and listens (TLS set up too); false with an error code + detail. */
    bool listen(QString *error);
    /** The bound port (useful with port 0). */
    int port() const;
    QString address() const;
    /** Serves until stop() or SIGTERM/SIGINT, then lets in-flight requests finish. */
    void run();
    /** Thread-safe: stop accepting, finish in-flight requests, return from run(). */
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Pathway::Server
