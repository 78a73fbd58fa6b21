// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/alerts/alertstore.h"

#include "server/serverstore.h"

#include <QJsonDocument>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

// The same script for both engines: TEXT, BIGINT and INTEGER mean the same in each.
const auto schemaSql = uR"SQL(
CREATE TABLE IF NOT EXISTS alerts (id TEXT PRIMARY KEY, alert_key TEXT NOT NULL UNIQUE, authority_id TEXT NOT NULL,
    young_person_id TEXT NOT NULL, rule_code TEXT NOT NULL, subject TEXT NOT NULL, tier TEXT NOT NULL,
    audience TEXT NOT NULL, state TEXT NOT NULL, since TEXT NOT NULL, due_date TEXT NOT NULL,
    days_overdue INTEGER NOT NULL, facts TEXT NOT NULL, opened_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
    ack_by TEXT NOT NULL, ack_note TEXT NOT NULL, ack_at BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS alerts_authority_state ON alerts (authority_id, state);
CREATE INDEX IF NOT EXISTS alerts_young_person ON alerts (young_person_id);
CREATE TABLE IF NOT EXISTS alert_history (id TEXT PRIMARY KEY, alert_id TEXT NOT NULL, at BIGINT NOT NULL,
    event TEXT NOT NULL, from_state TEXT NOT NULL, to_state TEXT NOT NULL, tier TEXT NOT NULL,
    staff_id TEXT NOT NULL, note TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS alert_history_alert ON alert_history (alert_id, at);
CREATE TABLE IF NOT EXISTS alert_outbox (id TEXT PRIMARY KEY, event_id TEXT NOT NULL, channel TEXT NOT NULL,
    recipient TEXT NOT NULL, payload TEXT NOT NULL, due_at BIGINT NOT NULL, attempts INTEGER NOT NULL,
    next_attempt_at BIGINT NOT NULL, delivered_at BIGINT, last_error TEXT NOT NULL,
    UNIQUE (event_id, channel, recipient));
CREATE INDEX IF NOT EXISTS alert_outbox_pending ON alert_outbox (delivered_at, next_attempt_at);
CREATE TABLE IF NOT EXISTS alert_case_summary (young_person_id TEXT PRIMARY KEY, authority_id TEXT NOT NULL,
    summary TEXT NOT NULL, version BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS alert_case_summary_authority ON alert_case_summary (authority_id);
CREATE TABLE IF NOT EXISTS alert_sweep_state (authority_id TEXT PRIMARY KEY, seq_cursor BIGINT NOT NULL,
    holder TEXT NOT NULL, lease_until BIGINT NOT NULL, generation BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS alert_staff_prefs (staff_id TEXT PRIMARY KEY, email_mode TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS alert_due (young_person_id TEXT PRIMARY KEY, authority_id TEXT NOT NULL,
    next_change_at BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS alert_due_next ON alert_due (authority_id, next_change_at);
CREATE TABLE IF NOT EXISTS alert_sweep_settings (authority_id TEXT PRIMARY KEY, settings_hash TEXT NOT NULL);
)SQL"_s;

/**
 * Version 2 of the alert tables keeps findings without the day counts that follow from their dates
 * (withoutDayCounts: worked out when read). Stores of version 1 keep their alerts, ids, states and
 * history; only those counts go. The facts expression differs by dialect; the rest is shared.
 */
QString migrationSql(const QString &strip)
{
    return uR"SQL(
CREATE TABLE IF NOT EXISTS alert_schema (id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
INSERT INTO alert_schema (id, version) VALUES (1, 1) ON CONFLICT (id) DO NOTHING;
UPDATE alerts SET days_overdue = 0, facts = CASE rule_code
    WHEN 'no_contact' THEN %1 WHEN 'move_visit' THEN %2 WHEN 'health_handover' THEN %3 ELSE facts END
    WHERE rule_code <> 'contact_request' AND (SELECT version FROM alert_schema WHERE id = 1) < 2;
UPDATE alert_schema SET version = 2 WHERE id = 1 AND version < 2;
)SQL"_s.arg(strip.arg(u"daysSinceContact"_s), strip.arg(u"daysSinceMove"_s), strip.arg(u"daysToDue"_s));
}

const auto alertColumns = u"id, alert_key, authority_id, young_person_id, rule_code, subject, tier, audience, state, "
                          "since, due_date, days_overdue, facts, opened_at, updated_at, ack_by, ack_note, ack_at"_s;

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

StoredAlert alertFrom(const SqlRows &r, qsizetype i)
{
    StoredAlert s;
    s.id = r.text(i, 0);
    s.authorityId = r.text(i, 2);
    s.alert.youngPersonId = r.text(i, 3);
    s.alert.ruleCode = r.text(i, 4);
    s.alert.subject = r.text(i, 5);
    s.alert.tier = alertTierFromCode(r.text(i, 6)).value_or(AlertTier::Warning);
    s.alert.audience = alertAudienceFromCode(r.text(i, 7)).value_or(AlertAudience::PersonalAdviser);
    s.state = alertStateFromCode(r.text(i, 8)).value_or(AlertState::Open);
    s.alert.since = QDate::fromString(r.text(i, 9), Qt::ISODate);
    s.alert.dueDate = QDate::fromString(r.text(i, 10), Qt::ISODate);
    s.alert.daysOverdue = static_cast<int>(r.int64(i, 11));
    s.alert.facts = jsonObject(r.text(i, 12));
    s.openedAt = r.int64(i, 13);
    s.updatedAt = r.int64(i, 14);
    s.ackBy = r.text(i, 15);
    s.ackNote = r.text(i, 16);
    s.ackAt = r.int64(i, 17);
    return s;
}

OutboxItem outboxFrom(const SqlRows &r, qsizetype i)
{
    OutboxItem o;
    o.id = r.text(i, 0);
    o.eventId = r.text(i, 1);
    o.channel = r.text(i, 2);
    o.recipient = r.text(i, 3);
    o.payload = jsonObject(r.text(i, 4));
    o.dueAt = r.int64(i, 5);
    o.attempts = static_cast<int>(r.int64(i, 6));
    o.nextAttemptAt = r.int64(i, 7);
    if (!r.isNull(i, 8)) {
        o.deliveredAt = r.int64(i, 8);
    }
    o.lastError = r.text(i, 9);
    return o;
}

const auto outboxColumns
    = u"id, event_id, channel, recipient, payload, due_at, attempts, next_attempt_at, delivered_at, last_error"_s;

} // namespace

QString toCode(AlertState s)
{
    switch (s) {
    case AlertState::Open:
        return u"open"_s;
    case AlertState::Acknowledged:
        return u"acknowledged"_s;
    case AlertState::Resolved:
        return u"resolved"_s;
    }
    return {};
}

std::optional<AlertState> alertStateFromCode(const QString &code)
{
    for (auto s : {AlertState::Open, AlertState::Acknowledged, AlertState::Resolved}) {
        if (toCode(s) == code) {
            return s;
        }
    }
    return std::nullopt;
}

StoredAlert StoredAlert::asOf(const QDate &today) const
{
    StoredAlert out = *this;
    out.alert = withDayCounts(alert, today);
    return out;
}

QJsonObject StoredAlert::toJson(const QDate &today) const
{
    QJsonObject o = withDayCounts(alert, today).toJson();
    o.insert(u"id"_s, id);
    o.insert(u"state"_s, toCode(state));
    o.insert(u"openedAt"_s, QDateTime::fromMSecsSinceEpoch(openedAt, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(u"updatedAt"_s, QDateTime::fromMSecsSinceEpoch(updatedAt, Qt::UTC).toString(Qt::ISODateWithMs));
    if (!ackBy.isEmpty()) {
        o.insert(u"acknowledgedBy"_s, ackBy);
        o.insert(u"acknowledgedNote"_s, ackNote);
        o.insert(u"acknowledgedAt"_s, QDateTime::fromMSecsSinceEpoch(ackAt, Qt::UTC).toString(Qt::ISODateWithMs));
    }
    return o;
}

void AlertStore::registerSchema()
{
    static std::once_flag once;
    std::call_once(once, [] {
        SqlServerStore::addSchema({u"alerts"_s, schemaSql + migrationSql(u"json_remove(facts, '$.%1')"_s),
                                   schemaSql + migrationSql(u"(facts::jsonb - '%1')::text"_s)});
    });
}

bool AlertStore::tryAcquireLease(
    SqlConnection &db, const QString &authorityId, const QString &holder, qint64 nowMs, qint64 leaseMs)
{
    SqlRows r;
    const auto rc = db.exec(
        u"INSERT INTO alert_sweep_state (authority_id, seq_cursor, holder, lease_until, "
        "generation) VALUES (?, 0, ?, ?, 0) ON CONFLICT (authority_id) DO UPDATE SET holder = excluded.holder, "
        "lease_until = excluded.lease_until WHERE alert_sweep_state.lease_until < ? "
        "OR alert_sweep_state.holder = excluded.holder RETURNING holder"_s,
        {authorityId, holder, nowMs + leaseMs, nowMs}, &r);
    return rc == SqlError::Ok && r.size() == 1 && r.text(0, 0) == holder;
}

void AlertStore::releaseLease(SqlConnection &db, const QString &authorityId, const QString &holder)
{
    db.exec(u"UPDATE alert_sweep_state SET lease_until = 0 WHERE authority_id = ? AND holder = ?"_s,
            {authorityId, holder});
}

qint64 AlertStore::seqCursor(SqlConnection &db, const QString &authorityId)
{
    SqlRows r;
    db.exec(u"SELECT seq_cursor FROM alert_sweep_state WHERE authority_id = ?"_s, {authorityId}, &r);
    return r.isEmpty() ? 0 : r.int64(0, 0);
}

bool AlertStore::setSeqCursor(SqlConnection &db, const QString &authorityId, qint64 cursor)
{
    return db.exec(u"UPDATE alert_sweep_state SET seq_cursor = ? WHERE authority_id = ?"_s, {cursor, authorityId})
        == SqlError::Ok;
}

bool AlertStore::upsertSummary(SqlConnection &db,
                               const QString &authorityId,
                               const CaseSummary &summary,
                               qint64 version)
{
    return db.exec(u"INSERT INTO alert_case_summary (young_person_id, authority_id, summary, version) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT (young_person_id) DO UPDATE SET authority_id = "
                   "excluded.authority_id, summary = excluded.summary, version = excluded.version"_s,
                   {summary.youngPersonId, authorityId, jsonText(summary.toJson()), version})
        == SqlError::Ok;
}

QHash<QString, qint64> AlertStore::summaryVersions(SqlConnection &db, const QString &authorityId)
{
    SqlRows r;
    db.exec(u"SELECT young_person_id, version FROM alert_case_summary WHERE authority_id = ?"_s, {authorityId}, &r);
    QHash<QString, qint64> out;
    out.reserve(r.size());
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.insert(r.text(i, 0), r.int64(i, 1));
    }
    return out;
}

QList<std::pair<CaseSummary, qint64>> AlertStore::summariesOf(SqlConnection &db, const QStringList &youngPersonIds)
{
    QList<std::pair<CaseSummary, qint64>> out;
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < youngPersonIds.size(); start += batch) {
        QList<SqlValue> params;
        QStringList marks;
        for (qsizetype i = start; i < std::min(youngPersonIds.size(), start + batch); ++i) {
            params.append(youngPersonIds.at(i));
            marks.append(u"?"_s);
        }
        SqlRows r;
        db.exec(u"SELECT summary, version FROM alert_case_summary WHERE young_person_id IN ("_s + marks.join(u", "_s)
                    + u")"_s,
                params, &r);
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (auto s = CaseSummary::fromJson(jsonObject(r.text(i, 0)))) {
                out.append({std::move(*s), r.int64(i, 1)});
            }
        }
    }
    return out;
}

qint64 AlertStore::lockGeneration(SqlConnection &db, const QString &authorityId)
{
    SqlRows r;
    db.exec(u"UPDATE alert_sweep_state SET generation = generation WHERE authority_id = ? RETURNING generation"_s,
            {authorityId}, &r);
    return r.isEmpty() ? 0 : r.int64(0, 0);
}

qint64 AlertStore::bumpGeneration(SqlConnection &db, const QString &authorityId)
{
    SqlRows r;
    db.exec(u"UPDATE alert_sweep_state SET generation = generation + 1 WHERE authority_id = ? RETURNING generation"_s,
            {authorityId}, &r);
    return r.isEmpty() ? 0 : r.int64(0, 0);
}

bool AlertStore::deleteSummary(SqlConnection &db, const QString &youngPersonId)
{
    return db.exec(u"DELETE FROM alert_case_summary WHERE young_person_id = ?"_s, {youngPersonId}) == SqlError::Ok;
}

bool AlertStore::markDue(SqlConnection &db, const QString &authorityId, const QString &youngPersonId)
{
    return db.exec(u"INSERT INTO alert_due (young_person_id, authority_id, next_change_at) VALUES (?, ?, 0) "
                   "ON CONFLICT (young_person_id) DO UPDATE SET authority_id = excluded.authority_id, "
                   "next_change_at = 0"_s,
                   {youngPersonId, authorityId})
        == SqlError::Ok;
}

bool AlertStore::markAllDue(SqlConnection &db, const QString &authorityId)
{
    // Everyone with a summary, and anyone with an unresolved alert (whatever became of them).
    return db.exec(u"INSERT INTO alert_due (young_person_id, authority_id, next_change_at) "
                   "SELECT young_person_id, authority_id, 0 FROM alert_case_summary WHERE authority_id = ? "
                   "UNION SELECT DISTINCT young_person_id, authority_id, 0 FROM alerts WHERE authority_id = ? "
                   "AND state <> 'resolved' "
                   "ON CONFLICT (young_person_id) DO UPDATE SET next_change_at = 0"_s,
                   {authorityId, authorityId})
        == SqlError::Ok;
}

QStringList AlertStore::dueYoungPeople(SqlConnection &db, const QString &authorityId, qint64 nowMs)
{
    SqlRows r;
    db.exec(u"SELECT young_person_id FROM alert_due WHERE authority_id = ? AND next_change_at <= ?"_s,
            {authorityId, nowMs}, &r);
    QStringList out;
    out.reserve(r.size());
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.append(r.text(i, 0));
    }
    return out;
}

bool AlertStore::setNextChange(SqlConnection &db, const QHash<QString, qint64> &nextByYoungPerson)
{
    for (auto it = nextByYoungPerson.begin(); it != nextByYoungPerson.end(); ++it) {
        const auto rc = it.value() < 0
            ? db.exec(u"DELETE FROM alert_due WHERE young_person_id = ?"_s, {it.key()})
            : db.exec(u"UPDATE alert_due SET next_change_at = ? WHERE young_person_id = ?"_s, {it.value(), it.key()});
        if (rc != SqlError::Ok) {
            return false;
        }
    }
    return true;
}

QString AlertStore::settingsHash(SqlConnection &db, const QString &authorityId)
{
    SqlRows r;
    db.exec(u"SELECT settings_hash FROM alert_sweep_settings WHERE authority_id = ?"_s, {authorityId}, &r);
    return r.isEmpty() ? QString() : r.text(0, 0);
}

bool AlertStore::setSettingsHash(SqlConnection &db, const QString &authorityId, const QString &hash)
{
    return db.exec(u"INSERT INTO alert_sweep_settings (authority_id, settings_hash) VALUES (?, ?) "
                   "ON CONFLICT (authority_id) DO UPDATE SET settings_hash = excluded.settings_hash"_s,
                   {authorityId, hash})
        == SqlError::Ok;
}

QHash<QString, StoredAlert> AlertStore::alertsOfYoungPeople(SqlConnection &db, const QStringList &youngPersonIds)
{
    QHash<QString, StoredAlert> out;
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < youngPersonIds.size(); start += batch) {
        QList<SqlValue> params;
        QStringList marks;
        for (qsizetype i = start; i < std::min(youngPersonIds.size(), start + batch); ++i) {
            params.append(youngPersonIds.at(i));
            marks.append(u"?"_s);
        }
        SqlRows r;
        db.exec(u"SELECT "_s + alertColumns + u" FROM alerts WHERE young_person_id IN ("_s + marks.join(u", "_s)
                    + u")"_s,
                params, &r);
        for (qsizetype i = 0; i < r.size(); ++i) {
            out.insert(r.text(i, 1), alertFrom(r, i));
        }
    }
    return out;
}

QHash<QString, StoredAlert> AlertStore::alertsByKey(SqlConnection &db, const QString &authorityId)
{
    SqlRows r;
    db.exec(u"SELECT "_s + alertColumns + u" FROM alerts WHERE authority_id = ?"_s, {authorityId}, &r);
    QHash<QString, StoredAlert> out;
    out.reserve(r.size());
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.insert(r.text(i, 1), alertFrom(r, i));
    }
    return out;
}

std::optional<StoredAlert> AlertStore::alertById(SqlConnection &db, const QString &id)
{
    SqlRows r;
    db.exec(u"SELECT "_s + alertColumns + u" FROM alerts WHERE id = ?"_s, {id}, &r);
    if (r.isEmpty()) {
        return std::nullopt;
    }
    return alertFrom(r, 0);
}

bool AlertStore::insertAlert(SqlConnection &db, const StoredAlert &stored)
{
    StoredAlert a = stored;
    a.alert = withoutDayCounts(stored.alert);
    return db.exec(u"INSERT INTO alerts ("_s + alertColumns
                       + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {a.id, a.alert.key(), a.authorityId, a.alert.youngPersonId, a.alert.ruleCode, a.alert.subject,
                    toCode(a.alert.tier), toCode(a.alert.audience), toCode(a.state),
                    a.alert.since.toString(Qt::ISODate), a.alert.dueDate.toString(Qt::ISODate),
                    qint64(a.alert.daysOverdue), jsonText(a.alert.facts), a.openedAt, a.updatedAt, a.ackBy, a.ackNote,
                    a.ackAt})
        == SqlError::Ok;
}

bool AlertStore::updateAlert(SqlConnection &db, const StoredAlert &stored)
{
    StoredAlert a = stored;
    a.alert = withoutDayCounts(stored.alert);
    return db.exec(u"UPDATE alerts SET tier = ?, audience = ?, state = ?, since = ?, due_date = ?, days_overdue = ?, "
                   "facts = ?, opened_at = ?, updated_at = ?, ack_by = ?, ack_note = ?, ack_at = ? WHERE id = ?"_s,
                   {toCode(a.alert.tier), toCode(a.alert.audience), toCode(a.state),
                    a.alert.since.toString(Qt::ISODate), a.alert.dueDate.toString(Qt::ISODate),
                    qint64(a.alert.daysOverdue), jsonText(a.alert.facts), a.openedAt, a.updatedAt, a.ackBy, a.ackNote,
                    a.ackAt, a.id})
        == SqlError::Ok;
}

bool AlertStore::addHistory(SqlConnection &db, const AlertHistoryEntry &h)
{
    return db.exec(u"INSERT INTO alert_history (id, alert_id, at, event, from_state, to_state, tier, staff_id, note) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {h.id, h.alertId, h.at, h.event, h.fromState, h.toState, h.tier, h.staffId, h.note})
        == SqlError::Ok;
}

QList<AlertHistoryEntry> AlertStore::history(SqlConnection &db, const QString &alertId)
{
    SqlRows r;
    db.exec(u"SELECT id, alert_id, at, event, from_state, to_state, tier, staff_id, note FROM alert_history "
            "WHERE alert_id = ? ORDER BY at, id"_s,
            {alertId}, &r);
    QList<AlertHistoryEntry> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.append({r.text(i, 0), r.text(i, 1), r.int64(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5), r.text(i, 6),
                    r.text(i, 7), r.text(i, 8)});
    }
    return out;
}

QList<StoredAlert>
AlertStore::alertsOf(SqlConnection &db, const QString &authorityId, const QString &state, const QString &audience)
{
    SqlRows r;
    db.exec(u"SELECT "_s + alertColumns
                + u" FROM alerts WHERE authority_id = ? AND (? = '' AND state <> 'resolved' OR state = ?) "
                  "AND (? = '' OR audience = ?) ORDER BY young_person_id, rule_code, subject"_s,
            {authorityId, state, state, audience, audience}, &r);
    QList<StoredAlert> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.append(alertFrom(r, i));
    }
    return out;
}

bool AlertStore::setEmailMode(SqlConnection &db, const QString &staffId, const QString &mode)
{
    return db.exec(u"INSERT INTO alert_staff_prefs (staff_id, email_mode) VALUES (?, ?) ON CONFLICT (staff_id) "
                   "DO UPDATE SET email_mode = excluded.email_mode"_s,
                   {staffId, mode})
        == SqlError::Ok;
}

bool AlertStore::enqueue(SqlConnection &db, const OutboxItem &item)
{
    return db.exec(
               u"INSERT INTO alert_outbox ("_s + outboxColumns
                   + u") VALUES (?, ?, ?, ?, ?, ?, 0, ?, NULL, '') "
                     "ON CONFLICT (event_id, channel, recipient) DO NOTHING"_s,
               {item.id, item.eventId, item.channel, item.recipient, jsonText(item.payload), item.dueAt, item.dueAt})
        == SqlError::Ok;
}

QList<OutboxItem> AlertStore::dueItems(SqlConnection &db, qint64 nowMs, int limit)
{
    SqlRows r;
    db.exec(u"SELECT "_s + outboxColumns
                + u" FROM alert_outbox WHERE delivered_at IS NULL AND next_attempt_at <= ? "
                  "ORDER BY next_attempt_at, id LIMIT ?"_s,
            {nowMs, qint64(limit)}, &r);
    QList<OutboxItem> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.append(outboxFrom(r, i));
    }
    return out;
}

bool AlertStore::markDelivered(SqlConnection &db, const QString &id, qint64 nowMs)
{
    return db.exec(u"UPDATE alert_outbox SET delivered_at = ?, attempts = attempts + 1, last_error = '' "
                   "WHERE id = ? AND delivered_at IS NULL"_s,
                   {nowMs, id})
        == SqlError::Ok;
}

bool AlertStore::markFailed(
    SqlConnection &db, const QString &id, int attempts, qint64 nextAttemptAt, const QString &error)
{
    return db.exec(u"UPDATE alert_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"_s,
                   {qint64(attempts), nextAttemptAt, error, id})
        == SqlError::Ok;
}

QList<OutboxItem> AlertStore::allOutbox(SqlConnection &db)
{
    SqlRows r;
    db.exec(u"SELECT "_s + outboxColumns + u" FROM alert_outbox ORDER BY due_at, id"_s, {}, &r);
    QList<OutboxItem> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.append(outboxFrom(r, i));
    }
    return out;
}

} // namespace Pathway::Server
