// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/alertsettings.h"
#include "domain/clock.h"
#include "server/alerts/alertstore.h"
#include "server/serverstore.h"

#include <QHash>
#include <QString>

#include <functional>
#include <mutex>

namespace Pathway::Server {

/** How the sweep behaves; read from the environment by AlertConfig. */
struct SweepOptions
{
    QString instanceId; ///< names this server instance in the sweep lease
    qint64 leaseMs = 5 * 60 * 1000; ///< a crashed sweeper's lease lapses after this
    QString appBaseUrl = QStringLiteral("https://pathway.invalid"); ///< links in e-mails and webhooks
    bool webhook = false; ///< also queue a webhook message per alert event
    QString defaultEmailMode = QStringLiteral("daily"); ///< "daily" or "immediate" (per staff: alert_staff_prefs)
    int digestHourUtc = 7; ///< when the daily digest goes
    std::function<void()> onLeaseHeld; ///< called while the lease is held (tests widen the window)
};

/** What one sweep did. */
struct SweepResult
{
    bool ran = false; ///< false: another instance holds the lease (or a store error)
    int youngPeople = 0; ///< evaluated: records changed, next change by time come, or settings changed
    int summariesRefreshed = 0;
    int alerts = 0; ///< alerts the rules raised
    int opened = 0;
    int reopened = 0;
    int resolved = 0;
    int escalated = 0; ///< tier rose
    int updated = 0; ///< any stored field changed
    int queued = 0; ///< outbox messages queued
    qint64 refreshMs = 0;
    qint64 evaluateMs = 0;
    qint64 reconcileMs = 0;
};

/**
 * The server's alert sweep over one authority: refreshes the per-young-person summaries of
 * young people whose records changed since the last sweep (by server_seq), runs the pure
 * rules on the summaries of the young people who are due (records changed, or the next change
 * by time alone, nextAlertChange(), has come; everyone when the settings changed), and
 * reconciles their stored alerts: new -> open, gone -> resolved,
 * back -> reopened; history of every state change; one outbox message per event and
 * recipient. Idempotent: a second run on the same day changes nothing. One instance at a time
 * per authority (a lease row with expiry), on SQLCipher and PostgreSQL alike.
 */
class AlertSweeper
{
public:
    AlertSweeper(ServerStore &store, const Clock &clock, SweepOptions options);

    /** Settings for one authority (defaults otherwise). */
    void setSettings(const QString &authorityId, const AlertSettings &settings);
    SweepResult sweep(const QString &authorityId);

    /** Acknowledges an open alert with a note; false if there is no such unresolved alert. */
    static bool
    acknowledge(SqlConnection &db, const QString &alertId, const QString &staffId, const QString &note, qint64 nowMs);

private:
    struct Staff
    {
        QString id;
        QString teamId;
        QString role;
        QString emailMode;
    };
    bool
    refreshSummaries(SqlConnection &db, const QString &authorityId, const QString &settingsHash, SweepResult &result);
    bool reconcile(SqlConnection &db,
                   const QString &authorityId,
                   const QStringList &youngPeople,
                   const QList<Alert> &alerts,
                   const QHash<QString, QString> &currentPa,
                   const QHash<QString, qint64> &nextChange,
                   SweepResult &result);
    void queueEvent(SqlConnection &db,
                    const StoredAlert &a,
                    const AlertHistoryEntry &event,
                    const QString &paId,
                    const QHash<QString, Staff> &staff,
                    SweepResult &result);
    qint64 digestTime(qint64 nowMs) const;
    AlertSettings settingsFor(const QString &authorityId);

    ServerStore &m_store;
    const Clock &m_clock;
    SweepOptions m_options;
    std::mutex m_settingsMutex;
    QHash<QString, AlertSettings> m_settings;
};

} // namespace Pathway::Server
