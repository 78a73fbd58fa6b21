// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/changelistener.h"

#include "sync/apiclient.h"
#include "sync/synclog.h"

#include <QUrlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace Pathway::Sync {

ChangeListener::ChangeListener(ApiClient *api, std::function<qint64()> cursor, Options options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cursor(std::move(cursor))
    , m_options(std::move(options))
    , m_backoff(m_options.backoff, m_options.random)
    , m_tag(u"change-listener-%1"_s.arg(quintptr(this), 0, 16))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_state == State::BackingOff) {
            listen();
        }
    });
}

ChangeListener::~ChangeListener()
{
    ++m_generation;
    if (m_api) {
        m_api->abort(m_tag);
    }
}

void ChangeListener::resume()
{
    if (m_state == State::Stopped || m_state == State::Paused) {
        listen();
    }
}

void ChangeListener::stop()
{
    if (m_state == State::Unsupported) {
        return;
    }
    ++m_generation;
    m_retry.stop();
    if (m_api) {
        m_api->abort(m_tag);
    }
    setState(State::Stopped);
}

void ChangeListener::listen()
{
    if (!m_api) {
        return;
    }
    const quint64 generation = ++m_generation;
    QUrlQuery query;
    query.addQueryItem(u"after"_s, QString::number(m_cursor ? m_cursor() : 0));
    query.addQueryItem(u"timeout"_s, QString::number(m_options.holdSecs));
    setState(State::Waiting);
    m_api->get(
        m_options.path, query,
        [this, generation](const ApiReply &reply) {
            if (generation == m_generation) {
                onReply(reply);
            }
        },
        m_options.holdSecs * 1000 + m_options.slackMs, m_tag);
}

void ChangeListener::onReply(const ApiReply &reply)
{
    if (reply.ok()) {
        m_backoff.reset();
        const bool changedNow = reply.body.value(u"changed"_s).toBool();
        const qint64 announced = reply.body.value(u"cursor"_s).toString().toLongLong();
        // An announcement at or below our cursor was pulled already (a sync ran meanwhile).
        if (changedNow && announced > (m_cursor ? m_cursor() : 0)) {
            setState(State::Paused);
            Q_EMIT changed();
            return;
        }
        listen();
        return;
    }
    if (reply.error == ApiError::LoginRequired) {
        setState(State::Stopped);
        Q_EMIT loginRequired();
        return;
    }
    if (reply.httpStatus == 404 || reply.httpStatus == 405) {
        qCInfo(lcSync) << "the server has no change notifications: relying on periodic sync";
        setState(State::Unsupported);
        return;
    }
    const qint64 delay = m_backoff.nextDelayMs();
    qCInfo(lcSync) << "waiting for changes failed:" << toCode(reply.error) << "- again in" << delay << "ms";
    setState(State::BackingOff);
    m_retry.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void ChangeListener::setState(State s)
{
    if (s != m_state) {
        m_state = s;
        Q_EMIT stateChanged();
    }
}

} // namespace Pathway::Sync
