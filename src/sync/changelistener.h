// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sync/backoff.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace Pathway::Sync {

class ApiClient;
struct ApiReply;

/**
 * Holds a long-poll to pathway-server (GET /v1/sync/wait) while the device is online and signed
 * in, and says changed() when the server has something new for this device beyond its cursor;
 * the SyncEngine then pulls. After changed() it pauses until resume() (the engine's next
 * successful sync, with the newer cursor), so a failing pull never makes it spin. Errors back
 * off exponentially with jitter; a server without the endpoint (404) turns it off; a login the
 * server refuses stops it (loginRequired()).
 */
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped, ///< not listening (offline, signed out, locked, or not started)
        Waiting, ///< a long-poll is held by the server
        Paused, ///< something new was announced; waiting for resume() after the pull
        BackingOff, ///< the last attempt failed; trying again after a delay
        Unsupported ///< the server has no such endpoint
    };
    Q_ENUM(State)

    struct Options
    {
        QString path = QStringLiteral("/v1/sync/wait");
        int holdSecs = 25; ///< asked of the server (it may hold less)
        int slackMs = 20000; ///< transfer timeout beyond the hold
        Backoff::Policy backoff {1000, 5 * 60 * 1000, 0.5};
        std::function<double()> random;
    };

    /** @p cursor returns the highest pull cursor the device holds (read at each new long-poll). */
    ChangeListener(ApiClient *api, std::function<qint64()> cursor, Options options, QObject *parent = nullptr);
    ~ChangeListener() override;

    State state() const { return m_state; }
    /** Starts listening, or listens again after changed() (the pull is done). */
    void resume();
    /** Stops listening and abandons the held request (offline, signed out, store closing). */
    void stop();
    Backoff &backoff() { return m_backoff; }

Q_SIGNALS:
    /** The server has something new for this device: pull. */
    void changed();
    /** The server refused the login, and refreshing it did not help. */
    void loginRequired();
    void stateChanged();

private:
    void listen();
    void onReply(const ApiReply &reply);
    void setState(State s);

    QPointer<ApiClient> m_api;
    std::function<qint64()> m_cursor;
    Options m_options;
    Backoff m_backoff;
    QTimer m_retry;
    State m_state = State::Stopped;
    quint64 m_generation = 0; ///< answers to abandoned requests are ignored
    QString m_tag;
};

} // namespace Pathway::Sync
