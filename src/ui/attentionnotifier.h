// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/alert.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Pathway {

class AppController;
class Clock;
class Notifier;

/**
 * Raises an OS notification on a PA's or manager's device when the alert rules, run on the
 * device, find something new: an alert that was not notified before, or whose tier rose. It
 * re-evaluates on a timer while the app is open (a threshold passed overnight is notified),
 * when records change, and on unlock; what was notified is remembered per alert key in the
 * encrypted store, so nothing is repeated on each unlock or restart. A click opens the alerts
 * page. The words carry a count only: never a name, a note or a date of birth.
 */
class AttentionNotifier : public QObject
{
    Q_OBJECT

public:
    /** How often the alerts are re-evaluated while the app is open and unlocked. */
    static constexpr int DefaultIntervalMs = 15 * 60 * 1000;
    /** The tag of the notification (one at a time: a newer one replaces it). */
    static constexpr const char *Tag = "alerts";

    /** @p clock and @p notifier must outlive this object. */
    AttentionNotifier(AppController *app,
                      Notifier *notifier,
                      const Clock &clock,
                      int intervalMs = DefaultIntervalMs,
                      QObject *parent = nullptr);
    ~AttentionNotifier() override;

    /** The re-evaluation timer (runs only while the app is unlocked); tests fire it by hand. */
    QTimer *timer() { return &m_timer; }
    /** How many young people the last notification was about (0: none shown yet). */
    int lastCount() const { return m_lastCount; }

    /** Re-evaluates the alerts now and notifies what is new (what the timer does). */
    void check();

Q_SIGNALS:
    /** A notification was shown, about @p youngPeople young people. */
    void notified(int youngPeople);

private:
    void follow();
    void onActivated();
    QList<Alert> currentAlerts() const;
    QHash<QString, QString> remembered() const;
    void remember(const QHash<QString, QString> &notified);

    QPointer<AppController> m_app;
    Notifier *m_notifier;
    const Clock &m_clock;
    QTimer m_timer;
    int m_lastCount = 0;
    bool m_openWhenReady = false;
};

} // namespace Pathway
