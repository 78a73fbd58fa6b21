// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

namespace Pathway {

/**
 * Decides when the app locks itself: after a period with no user input, and when the app
 * leaves the foreground on a phone. Watches input events through an application-wide event
 * filter, so no page has to report activity.
 */
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject *parent = nullptr);

    /** Starts watching (after an unlock); stop() while locked. */
    void start();
    void stop();
    bool isActive() const { return m_active; }
    void setIdleTimeoutMs(int ms);
    int idleTimeoutMs() const { return m_timer.interval(); }
    /** Whether leaving the foreground locks at once (phones). */
    void setLockInBackground(bool lock) { m_lockInBackground = lock; }
    bool lockInBackground() const { return m_lockInBackground; }
    /** Input happened: restarts the idle countdown. */
    void noteActivity();
    /** The application state changed (QGuiApplication::applicationStateChanged). */
    void applicationStateChanged(Qt::ApplicationState state);

Q_SIGNALS:
    /** Time to lock. */
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_active = false;
    bool m_lockInBackground = false;
};

} // namespace Pathway
