// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/alertsettings.h"
#include "domain/clock.h"
#include "server/serverstore.h"

#include <QMap>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Pathway::Server {

class AlertSweeper;
class AlertDelivery;

/**
 * Runs the alert sweep over every authority and then the delivery outbox, every N seconds, on
 * a background thread of pathway-server. Configured from the environment:
 *   PATHWAY_ALERT_SWEEP_SECS (default 300; 0 disables), PATHWAY_ALERT_SETTINGS (thresholds JSON file),
 *   PATHWAY_APP_URL (links), PATHWAY_ALERT_EMAIL_MODE (daily|immediate),
 *   PATHWAY_SMTP_HOST, PATHWAY_SMTP_PORT, PATHWAY_SMTP_USER, PATHWAY_SMTP_PASSWORD, PATHWAY_SMTP_FROM,
 *   PATHWAY_ALERT_WEBHOOK_URL, PATHWAY_ALERT_WEBHOOK_SECRET.
 */
class AlertRunner
{
public:
    AlertRunner(ServerStore &store, const Clock &clock, const QMap<QString, QString> &env);
    ~AlertRunner();
    void start();
    void stop();
    /** One sweep of every authority and one delivery pass (also what the thread does). */
    void runOnce();

private:
    ServerStore &m_store;
    int m_intervalSecs = 300;
    std::unique_ptr<AlertSweeper> m_sweeper;
    std::unique_ptr<AlertDelivery> m_delivery;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    AlertSettings m_settingsForAll;
};

} // namespace Pathway::Server
