// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/httpserver.h"

#include "protocol/gzip.h"
#include "server/api.h"
#include "server/serverlog.h"

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/experimental/concurrent_channel.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <sodium.h>

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace Pathway::Server {

namespace {

constexpr auto useTuple = asio::as_tuple(asio::use_awaitable);

/** Wakes a held request (a long-poll) from any thread; holds at most one pending wake. */
using WakeChannel = asio::experimental::concurrent_channel<void(beast::error_code)>;

/**
 * The channel a held request waits on, reachable from other threads only under a lock. The
 * request's coroutine closes it before it returns, so no thread (a hashing-pool thread finishing
 * a login, a committer waking a long-poll) can still be inside the channel, or keep it alive, once
 * the request is answered and the server may be torn down.
 */
class WakeTarget
{
public:
    explicit WakeTarget(std::shared_ptr<WakeChannel> channel)
        : m_channel(std::move(channel))
    {
    }
    void wake()
    {
        std::lock_guard lock(m_mutex);
        if (m_channel) {
            m_channel->try_send(beast::error_code {});
        }
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_channel.reset();
    }

private:
    std::mutex m_mutex;
    std::shared_ptr<WakeChannel> m_channel;
};

QString newRequestId()
{
    unsigned char raw[8];
    randombytes_buf(raw, sizeof raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toHex());
}

http::response<http::string_body>
toBeast(const HttpResponse &r, unsigned version, bool gzipOk, const QString &requestId)
{
    http::response<http::string_body> res {static_cast<http::status>(r.status), version};
    res.set(http::field::content_type, std::string(r.contentType.constData(), size_t(r.contentType.size())));
    res.set(http::field::cache_control, "no-store");
    res.set("X-Request-Id", requestId.toStdString());
    for (auto it = r.headers.begin(); it != r.headers.end(); ++it) {
        res.set(std::string(it.key().constData()), std::string(it.value().constData()));
    }
    if (gzipOk && r.body.size() > 1024) {
        const QByteArray z = Sync::gzipCompress(r.body);
        res.set(http::field::content_encoding, "gzip");
        res.body().assign(z.constData(), size_t(z.size()));
    } else {
        res.body().assign(r.body.constData(), size_t(r.body.size()));
    }
    res.prepare_payload();
    return res;
}

/** The peer went away or was too slow: nothing to answer. Anything else is a malformed request. */
bool peerGone(const beast::error_code &ec)
{
    return ec == http::error::end_of_stream || ec == http::error::partial_message
        || ec == asio::error::operation_aborted || ec == beast::error::timeout || ec == asio::error::eof
        || ec == asio::error::connection_reset || ec == asio::error::broken_pipe;
}

/** Whether Transfer-Encoding names only "chunked": any other coding (gzip, say) is refused, not ignored. */
bool onlyChunked(std::string_view transferEncoding)
{
    const QString value = QString::fromLatin1(transferEncoding.data(), qsizetype(transferEncoding.size()));
    const auto codings = value.split(u',', Qt::SkipEmptyParts);
    return std::all_of(codings.begin(), codings.end(),
                       [](const QString &c) { return c.trimmed().compare("chunked"_L1, Qt::CaseInsensitive) == 0; });
}

} // namespace

struct HttpServer::Impl
{
    const ServerConfig &config;
    const Router &router;
    Metrics &metrics;
    asio::io_context ioc;
    tcp::acceptor acceptor {ioc};
    std::unique_ptr<asio::ssl::context> tls;
    asio::signal_set signalSet {ioc, SIGINT, SIGTERM};
    std::atomic_int inflight = 0;
    std::atomic_bool stopping = false;
    asio::steady_timer drainTimer {ioc};
    std::chrono::steady_clock::time_point drainDeadline;
    /** The wake channels of the requests being held, so a stop can answer them at once. */
    std::mutex heldMutex;
    std::vector<std::weak_ptr<WakeTarget>> heldChannels;

    Impl(const ServerConfig &c, const Router &r, Metrics &m)
        : config(c)
        , router(r)
        , metrics(m)
    {
    }

    HttpResponse handle(const http::request<http::string_body> &req,
                        const QString &remote,
                        const QString &requestId,
                        HttpRequest &in)
    {
        in.method = QString::fromStdString(std::string(req.method_string()));
        const QString target = QString::fromStdString(std::string(req.target()));
        const auto q = target.indexOf(u'?');
        in.path = q < 0 ? target : target.left(q);
        if (q >= 0) {
            for (const auto &[k, v] : QUrlQuery(target.mid(q + 1)).queryItems(QUrl::FullyDecoded)) {
                in.query.insert(k, v);
            }
        }
        for (const auto &field : req) {
            in.headers.insert(QString::fromStdString(std::string(field.name_string())).toLower(),
                              QString::fromStdString(std::string(field.value())));
        }
        in.remoteAddress = remote;
        in.requestId = requestId;
        const auto &body = req.body();
        in.body = QByteArray(body.data(), qsizetype(body.size()));
        const auto encoding = in.header(u"content-encoding"_s).trimmed().toLower();
        if (encoding == "gzip"_L1) {
            QByteArray plain;
            switch (Sync::gunzip(in.body, config.decompressedLimit, plain)) {
            case Sync::GunzipResult::Ok:
                in.body = plain;
                break;
            case Sync::GunzipResult::TooLarge:
                return HttpResponse::error(413, u"body_too_large"_s);
            case Sync::GunzipResult::Corrupt:
                return HttpResponse::error(400, u"bad_encoding"_s);
            }
        } else if (!encoding.isEmpty() && encoding != "identity"_L1) {
            return HttpResponse::error(415, u"unsupported_encoding"_s);
        }
        return dispatch(router, in, metrics);
    }

    /**
     * Holds a long-poll until it has an answer, its hold time passes or the server stops. Nothing
     * blocks meanwhile: the coroutine waits on a channel that the held response's wake function
     * (called from whichever thread committed a change) and the timer both complete.
     */
    asio::awaitable<HttpResponse> hold(std::shared_ptr<HeldResponse> held)
    {
        using namespace asio::experimental::awaitable_operators;
        const auto executor = co_await asio::this_coro::executor;
        auto channel = std::make_shared<WakeChannel>(executor, 1);
        const auto target = std::make_shared<WakeTarget>(channel);
        held->setWake([target] { target->wake(); });
        // Also when the coroutine is destroyed unfinished (the server torn down while it waits).
        const auto unhook = qScopeGuard([&held, &target] {
            held->setWake({});
            target->close(); // a wake already under way finishes first; none reaches the channel after this
        });
        {
            std::lock_guard lock(heldMutex);
            std::erase_if(heldChannels, [](const auto &w) { return w.expired(); });
            heldChannels.push_back(target);
        }
        const auto deadline = std::chrono::steady_clock::now() + held->holdTime();
        asio::steady_timer timer(executor);
        std::optional<HttpResponse> answer;
        while (!answer) {
            if (stopping || std::chrono::steady_clock::now() >= deadline) {
                answer = held->expired();
                break;
            }
            try {
                answer = held->poll();
            } catch (const std::exception &) {
                answer = HttpResponse::error(500, u"internal_error"_s);
            }
            if (answer) {
                break;
            }
            timer.expires_at(deadline);
            co_await (channel->async_receive(useTuple) || timer.async_wait(useTuple));
        }
        co_return std::move(*answer);
    }

    void wakeHeld()
    {
        std::lock_guard lock(heldMutex);
        for (const auto &w : heldChannels) {
            if (auto t = w.lock()) {
                t->wake();
            }
        }
    }

    template<class Stream> asio::awaitable<void> session(Stream &stream, QString remote)
    {
        beast::flat_buffer buffer;
        for (;;) {
            http::request_parser<http::string_body> parser;
            parser.header_limit(std::uint32_t(config.headerLimit));
            parser.body_limit(std::uint64_t(config.bodyLimit));
            beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(config.readTimeoutSecs));
            auto [ec, n] = co_await http::async_read_header(stream, buffer, parser, useTuple);
            if (ec) {
                if (ec == http::error::body_limit) {
                    // Beast checks Content-Length against body_limit while parsing the header.
                    metrics.countRequest(u"unmatched"_s, 413);
                    co_await reply(stream, HttpResponse::error(413, u"body_too_large"_s), 11, false, false);
                } else if (ec == http::error::header_limit) {
                    co_await reply(stream, HttpResponse::error(431, u"headers_too_large"_s), 11, false, false);
                } else if (!peerGone(ec)) {
                    co_await reply(stream, HttpResponse::error(400, u"bad_request"_s), 11, false, false);
                }
                co_return;
            }
            const auto version = parser.get().version();
            if (!onlyChunked(std::string_view(parser.get()[http::field::transfer_encoding]))) {
                metrics.countRequest(u"unmatched"_s, 400);
                co_await reply(stream, HttpResponse::error(400, u"unsupported_transfer_encoding"_s), version, false,
                               false);
                co_return;
            }
            // Refuse an oversized body from its announced length, before reading a byte of it.
            if (parser.content_length() && *parser.content_length() > std::uint64_t(config.bodyLimit)) {
                metrics.countRequest(u"unmatched"_s, 413);
                co_await reply(stream, HttpResponse::error(413, u"body_too_large"_s), version, false, false);
                co_return;
            }
            std::tie(ec, n) = co_await http::async_read(stream, buffer, parser, useTuple);
            if (ec) {
                if (ec == http::error::body_limit) {
                    co_await reply(stream, HttpResponse::error(413, u"body_too_large"_s), version, false, false);
                } else if (!peerGone(ec)) {
                    // A malformed body (a bad chunk size, say) is answered, then the connection closed.
                    metrics.countRequest(u"unmatched"_s, 400);
                    co_await reply(stream, HttpResponse::error(400, u"bad_request"_s), version, false, false);
                }
                co_return;
            }
            ++inflight;
            const auto req = parser.release();
            const QString requestId = newRequestId();
            const bool gzipOk
                = std::string_view(req[http::field::accept_encoding]).find("gzip") != std::string_view::npos;
            HttpResponse response;
            HttpRequest in;
            QElapsedTimer started;
            started.start();
            try {
                response = handle(req, remote, requestId, in);
            } catch (const std::exception &) {
                response = HttpResponse::error(500, u"internal_error"_s);
            }
            if (response.held) {
                const QString user = response.logUser;
                const QString route = response.route;
                response = co_await hold(std::move(response.held));
                response.logUser = user;
                logRequest(metrics, in, route, response, double(started.nsecsElapsed()) / 1e6);
            }
            const bool keepAlive = req.keep_alive() && !stopping;
            auto res = toBeast(response, version, gzipOk, requestId);
            res.keep_alive(keepAlive);
            beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(config.writeTimeoutSecs));
            auto [wec, wn] = co_await http::async_write(stream, res, useTuple);
            --inflight;
            if (wec || !keepAlive) {
                co_return;
            }
        }
    }

    template<class Stream>
    asio::awaitable<void> reply(Stream &stream, const HttpResponse &r, unsigned version, bool gzipOk, bool keepAlive)
    {
        auto res = toBeast(r, version, gzipOk, newRequestId());
        res.keep_alive(keepAlive);
        beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(config.writeTimeoutSecs));
        co_await http::async_write(stream, res, useTuple);
    }

    asio::awaitable<void> plainSession(tcp::socket socket)
    {
        beast::error_code ec;
        const QString remote = QString::fromStdString(socket.remote_endpoint(ec).address().to_string());
        beast::tcp_stream stream(std::move(socket));
        co_await session(stream, remote);
        stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    }

    asio::awaitable<void> tlsSession(tcp::socket socket)
    {
        beast::error_code peerError;
        const QString remote = QString::fromStdString(socket.remote_endpoint(peerError).address().to_string());
        beast::ssl_stream<beast::tcp_stream> stream(std::move(socket), *tls);
        beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(config.readTimeoutSecs));
        auto [ec] = co_await stream.async_handshake(asio::ssl::stream_base::server, useTuple);
        if (ec) {
            co_return;
        }
        co_await session(stream, remote);
        beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(2));
        co_await stream.async_shutdown(useTuple);
    }

    asio::awaitable<void> acceptLoop()
    {
        while (!stopping) {
            auto [ec, socket] = co_await acceptor.async_accept(useTuple);
            if (ec) {
                if (stopping || ec == asio::error::operation_aborted) {
                    co_return;
                }
                continue;
            }
            beast::error_code peerError;
            socket.remote_endpoint(peerError);
            if (!peerError) {
                if (tls) {
                    asio::co_spawn(ioc, tlsSession(std::move(socket)), asio::detached);
                } else {
                    asio::co_spawn(ioc, plainSession(std::move(socket)), asio::detached);
                }
            }
        }
    }

    void beginStop()
    {
        if (stopping.exchange(true)) {
            return;
        }
        logEvent(LogLevel::Info, u"shutdown"_s, {{u"inflight"_s, inflight.load()}});
        beast::error_code ec;
        acceptor.close(ec);
        wakeHeld(); // long-polls answer at once, so the drain does not wait out their hold time
        drainDeadline = std::chrono::steady_clock::now() + std::chrono::seconds(config.shutdownGraceSecs);
        drain();
    }

    void drain()
    {
        if (inflight == 0 || std::chrono::steady_clock::now() >= drainDeadline) {
            ioc.stop();
            return;
        }
        drainTimer.expires_after(std::chrono::milliseconds(20));
        drainTimer.async_wait([this](beast::error_code) { drain(); });
    }
};

HttpServer::HttpServer(const ServerConfig &config, const Router &router, Metrics &metrics)
    : d(std::make_unique<Impl>(config, router, metrics))
{
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(QString *error)
{
    auto fail = [&](const QString &code) {
        if (error) {
            *error = code;
        }
        return false;
    };
    const bool wantTls = !d->config.tlsCertFile.isEmpty() || !d->config.tlsKeyFile.isEmpty();
    if (!wantTls && !isLoopback(d->config.bind)) {
        return fail(u"plain_http_needs_loopback: refusing to serve plain HTTP on %1; configure tls_cert and tls_key "
                    "or bind to 127.0.0.1"_s.arg(d->config.bind));
    }
    if (wantTls) {
        d->tls = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
        d->tls->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2
                            | asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1
                            | asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
        beast::error_code ec;
        d->tls->use_certificate_chain_file(d->config.tlsCertFile.toStdString(), ec);
        if (!ec) {
            d->tls->use_private_key_file(d->config.tlsKeyFile.toStdString(), asio::ssl::context::pem, ec);
        }
        if (ec) {
            return fail(u"tls_setup_failed: "_s + QString::fromStdString(ec.message()));
        }
    }
    beast::error_code ec;
    const auto address
        = asio::ip::make_address(d->config.bind == "localhost"_L1 ? "127.0.0.1" : d->config.bind.toStdString(), ec);
    if (ec) {
        return fail(u"bad_bind_address: "_s + d->config.bind);
    }
    const tcp::endpoint endpoint(address, static_cast<unsigned short>(d->config.port));
    d->acceptor.open(endpoint.protocol(), ec);
    if (!ec) {
        d->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
        d->acceptor.bind(endpoint, ec);
    }
    if (!ec) {
        d->acceptor.listen(asio::socket_base::max_listen_connections, ec);
    }
    if (ec) {
        return fail(u"cannot_listen: "_s + QString::fromStdString(ec.message()));
    }
    return true;
}

int HttpServer::port() const
{
    beast::error_code ec;
    return d->acceptor.local_endpoint(ec).port();
}

QString HttpServer::address() const
{
    beast::error_code ec;
    return QString::fromStdString(d->acceptor.local_endpoint(ec).address().to_string());
}

void HttpServer::run()
{
    d->signalSet.async_wait([this](beast::error_code ec, int) {
        if (!ec) {
            d->beginStop();
        }
    });
    asio::co_spawn(d->ioc, d->acceptLoop(), asio::detached);
    std::vector<std::thread> threads;
    for (int i = 1; i < d->config.threads; ++i) {
        threads.emplace_back([this] { d->ioc.run(); });
    }
    d->ioc.run();
    for (auto &t : threads) {
        t.join();
    }
}

void HttpServer::stop()
{
    asio::post(d->ioc, [this] { d->beginStop(); });
}

} // namespace Pathway::Server
