// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/alert.h"
#include "alerts/casesummary.h"
#include "server/sqlconnection.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Pathway::Server {

/** Lifecycle states of a stored alert. Codes: "open", "acknowledged", "resolved". */
enum class AlertState
{
    Open,
    Acknowledged,
    Resolved
};
QString toCode(AlertState s);
std::optional<AlertState> alertStateFromCode(const QString &code);

/**
 * An alert as the server stores it: the rule's finding plus its lifecycle. The finding is kept
 * without the day counts that follow from its dates (withoutDayCounts): asOf() works them out for
 * the day it is read, so a new day changes no stored alert whose tier stays.
 */
struct StoredAlert
{
    QString id;
    QString authorityId;
    Alert alert;
    AlertState state = AlertState::Open;
    qint64 openedAt = 0; ///< ms since epoch, first opened (or last reopened)
    qint64 updatedAt = 0;
    QString ackBy; ///< staff id
    QString ackNote;
    qint64 ackAt = 0;

    /** The alert with its day counts as of `today` (what every reader shows). */
    StoredAlert asOf(const QDate &today) const;
    /** The API's JSON of the alert as of `today`. */
    QJsonObject toJson(const QDate &today) const;
};

/** One lifecycle step: opened, tier_changed, acknowledged, resolved, reopened. */
struct AlertHistoryEntry
{
    QString id;
    QString alertId;
    qint64 at = 0;
    QString event;
    QString fromState;
    QString toState;
    QString tier;
    QString staffId;
    QString note;
};

/** A message waiting in the delivery outbox. Channels: "email", "webhook". */
struct OutboxItem
{
    QString id;
    QString eventId; ///< the alert_history row that caused it
    QString channel;
    QString recipient; ///< staff id for e-mail; "webhook" for the webhook
    QJsonObject payload;
    qint64 dueAt = 0;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    std::optional<qint64> deliveredAt;
    QString lastError;
};

/**
 * The alert tables (alerts, history, outbox, per-young-person summaries, sweep lease) added to
 * the server store with SqlServerStore::addSchema(), and prepared statements over them. Every
 * function works on a connection the caller holds (inside its transaction, if any).
 */
class AlertStore
{
public:
    /** Registers the tables with SqlServerStore; call before the store is opened. Idempotent. */
    static void registerSchema();

    // Sweep lease: only one instance sweeps an authority at a time.
    static bool
    tryAcquireLease(SqlConnection &db, const QString &authorityId, const QString &holder, qint64 nowMs, qint64 leaseMs);
    static void releaseLease(SqlConnection &db, const QString &authorityId, const QString &holder);
    static qint64 seqCursor(SqlConnection &db, const QString &authorityId);
    static bool setSeqCursor(SqlConnection &db, const QString &authorityId, qint64 cursor);

    // Per-young-person summaries.
    /** `version` is the server_seq horizon of the refresh that wrote it (caches compare it). */
    static bool
    upsertSummary(SqlConnection &db, const QString &authorityId, const CaseSummary &summary, qint64 version);
    static QHash<QString, qint64> summaryVersions(SqlConnection &db, const QString &authorityId);
    static QList<std::pair<CaseSummary, qint64>> summariesOf(SqlConnection &db, const QStringList &youngPersonIds);
    /**
     * The authority's alert generation, row-locked for the rest of the transaction. Every change
     * to its stored alerts (a sweep that changed something, an acknowledgement) bumps it, so an
     * instance's in-memory copy of the alerts is valid while the generation is unchanged.
     */
    static qint64 lockGeneration(SqlConnection &db, const QString &authorityId);
    static qint64 bumpGeneration(SqlConnection &db, const QString &authorityId);
    static bool deleteSummary(SqlConnection &db, const QString &youngPersonId);

    // Who a sweep must evaluate: alert_due holds, per young person, the instant from which their
    // alerts could change by time alone (0: their records changed; evaluate at the next sweep).
    static bool markDue(SqlConnection &db, const QString &authorityId, const QString &youngPersonId);
    /** Everyone of the authority (summaries and unresolved alerts) due now: settings changed. */
    static bool markAllDue(SqlConnection &db, const QString &authorityId);
    /** Young people whose next change has come, by the (authority_id, next_change_at) index. */
    static QStringList dueYoungPeople(SqlConnection &db, const QString &authorityId, qint64 nowMs);
    /** Stores each next change (ms); a negative value removes the row (no summary any more). */
    static bool setNextChange(SqlConnection &db, const QHash<QString, qint64> &nextByYoungPerson);
    /** The hash of the settings the stored next changes were computed with (empty: none yet). */
    static QString settingsHash(SqlConnection &db, const QString &authorityId);
    static bool setSettingsHash(SqlConnection &db, const QString &authorityId, const QString &hash);

    // Alerts and their history.
    /** Every stored alert of an authority, whatever its state, by key. */
    static QHash<QString, StoredAlert> alertsByKey(SqlConnection &db, const QString &authorityId);
    /** Every stored alert of these young people, whatever its state, by key. */
    static QHash<QString, StoredAlert> alertsOfYoungPeople(SqlConnection &db, const QStringList &youngPersonIds);
    static std::optional<StoredAlert> alertById(SqlConnection &db, const QString &id);
    static bool insertAlert(SqlConnection &db, const StoredAlert &a);
    static bool updateAlert(SqlConnection &db, const StoredAlert &a);
    static bool addHistory(SqlConnection &db, const AlertHistoryEntry &h);
    static QList<AlertHistoryEntry> history(SqlConnection &db, const QString &alertId);
    /** Alerts of the given young people, optionally filtered by state and audience codes. */
    static QList<StoredAlert>
    alertsOf(SqlConnection &db, const QString &authorityId, const QString &state, const QString &audience);

    // Delivery outbox.
    /** A staff member's e-mail preference: "immediate" or "daily" (digest). */
    static bool setEmailMode(SqlConnection &db, const QString &staffId, const QString &mode);
    static bool enqueue(SqlConnection &db, const OutboxItem &item);
    /** Undelivered items due at `nowMs` whose next attempt time has come, oldest first. */
    static QList<OutboxItem> dueItems(SqlConnection &db, qint64 nowMs, int limit);
    static bool markDelivered(SqlConnection &db, const QString &id, qint64 nowMs);
    static bool
    markFailed(SqlConnection &db, const QString &id, int attempts, qint64 nextAttemptAt, const QString &error);
    static QList<OutboxItem> allOutbox(SqlConnection &db);
};

} // namespace Pathway::Server
