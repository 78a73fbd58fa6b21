// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/pgchangelistener.h"

#include "server/serverlog.h"
#include "server/serverstore.h"

#include <libpq-fe.h>

#include <poll.h>

#include <cerrno>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

PgChangeListener::PgChangeListener(QString uri, ChangeFeed &feed)
    : m_uri(std::move(uri))
    , m_feed(feed)
{
}

PgChangeListener::~PgChangeListener()
{
    stop();
}

void PgChangeListener::start()
{
    if (m_thread.joinable()) {
        return;
    }
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void PgChangeListener::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool PgChangeListener::pause(int ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping.load(); });
    return !m_stopping;
}

void PgChangeListener::run()
{
    const QString own = m_feed.instanceId();
    const QByteArray listen = "LISTEN " + QByteArray(SqlServerStore::NotifyChannel);
    int delayMs = 500;
    while (!m_stopping) {
        PGconn *conn = PQconnectdb(m_uri.toUtf8().constData());
        PGresult *res = PQstatus(conn) == CONNECTION_OK ? PQexec(conn, listen.constData()) : nullptr;
        const bool ok = res && PQresultStatus(res) == PGRES_COMMAND_OK;
        PQclear(res);
        if (!ok) {
            logEvent(LogLevel::Warning, u"change_listener_unavailable"_s, {{u"retryMs"_s, delayMs}});
            PQfinish(conn);
            if (!pause(delayMs)) {
                break;
            }
            delayMs = std::min(delayMs * 2, 30000);
            continue;
        }
        delayMs = 500;
        m_listening = true;
        m_feed.wakeAll(); // notices sent while we were not listening are lost: everyone checks
        bool lost = false;
        while (!m_stopping && !lost) {
            pollfd fd {PQsocket(conn), POLLIN, 0};
            const int ready = ::poll(&fd, 1, 250);
            if (ready < 0 && errno != EINTR) {
                lost = true;
                break;
            }
            if (ready <= 0) {
                continue;
            }
            if (PQconsumeInput(conn) == 0) {
                lost = true;
                break;
            }
            while (PGnotify *notice = PQnotifies(conn)) {
                const auto decoded = ChangeFeed::decodeNotice(QByteArray(notice->extra));
                PQfreemem(notice);
                if (decoded && decoded->first != own) {
                    m_feed.publish(decoded->second);
                }
            }
        }
        m_listening = false;
        PQfinish(conn);
        if (lost) {
            logEvent(LogLevel::Warning, u"change_listener_lost"_s);
            if (!pause(delayMs)) {
                break;
            }
        }
    }
}

} // namespace Pathway::Server
