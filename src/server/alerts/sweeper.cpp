// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/alerts/sweeper.h"

#include "alerts/evaluator.h"
#include "alerts/nextchange.h"
#include "server/serverlog.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** The record types a young person's alerts depend on. */
const auto relevantTypes = u"('young_person', 'allocation', 'contact_log', 'contact_amendment', 'plan_review', "
                           "'chronology_event', 'health_handover', 'document', 'contact_request', 'activity', "
                           "'accommodation')"_s;

constexpr int ownersPerQuery = 200;

/** The same types as a set. Filtered here, not in SQL: "record_type IN (...)" makes SQLite pick the
 *  (record_type, record_id) primary key and scan every contact log of the authority per batch. */
const QSet<QString> &relevantTypeSet()
{
    static const QSet<QString> set {u"young_person"_s,      u"allocation"_s,   u"contact_log"_s,
                                    u"contact_amendment"_s, u"plan_review"_s,  u"chronology_event"_s,
                                    u"health_handover"_s,   u"document"_s,     u"contact_request"_s,
                                    u"activity"_s,          u"accommodation"_s};
    return set;
}

template<typename T> void appendParsed(QList<T> &list, const QJsonObject &body)
{
    if (auto v = T::fromJson(body)) {
        list.append(std::move(*v));
    }
}

/** Builds each owner's records from the rows of one query (owner_id, record_type, body, deleted). */
QHash<QString, CaseRecords> recordsFrom(const SqlRows &rows, QSet<QString> &hasPerson)
{
    QHash<QString, CaseRecords> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString owner = rows.text(i, 0);
        const QString type = rows.text(i, 1);
        if (!relevantTypeSet().contains(type)) {
            continue;
        }
        const bool deleted = rows.int64(i, 3) != 0;
        const QJsonObject body = QJsonDocument::fromJson(rows.text(i, 2).toUtf8()).object();
        CaseRecords &r = out[owner];
        if (type == "young_person"_L1) {
            if (auto yp = YoungPerson::fromJson(body); yp && !deleted) {
                r.youngPerson = *yp;
                hasPerson.insert(owner);
            }
        } else if (deleted && type != "contact_log"_L1 && type != "contact_amendment"_L1) {
            continue; // soft-deleted; contact logs are append-only and never deleted
        } else if (type == "allocation"_L1) {
            appendParsed(r.allocations, body);
        } else if (type == "contact_log"_L1) {
            appendParsed(r.contacts, body);
        } else if (type == "contact_amendment"_L1) {
            appendParsed(r.amendments, body);
        } else if (type == "plan_review"_L1) {
            appendParsed(r.reviews, body);
        } else if (type == "chronology_event"_L1) {
            appendParsed(r.events, body);
        } else if (type == "health_handover"_L1) {
            if (auto h = HealthHandover::fromJson(body)) {
                if (!r.handover || h->isComplete()) {
                    r.handover = *h;
                }
            }
        } else if (type == "document"_L1) {
            appendParsed(r.documents, body);
        } else if (type == "contact_request"_L1) {
            appendParsed(r.requests, body);
        } else if (type == "activity"_L1) {
            appendParsed(r.activities, body);
        } else if (type == "accommodation"_L1) {
            appendParsed(r.accommodations, body);
        }
    }
    return out;
}

/** Stored as the next change of a young person beyond the service (9999-12-31). */
constexpr qint64 never = 253402300799000;

/** Identifies the thresholds and overrides next changes were computed with. */
QString settingsHashOf(const AlertSettings &settings)
{
    const QByteArray json = QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

/** The same finding, whatever day each was counted on (day counts are worked out when read). */
bool sameFinding(const Alert &stored, const Alert &found)
{
    const Alert a = withoutDayCounts(stored);
    const Alert b = withoutDayCounts(found);
    return a.tier == b.tier && a.audience == b.audience && a.since == b.since && a.dueDate == b.dueDate
        && a.daysOverdue == b.daysOverdue && a.facts == b.facts;
}

} // namespace

AlertSweeper::AlertSweeper(ServerStore &store, const Clock &clock, SweepOptions options)
    : m_store(store)
    , m_clock(clock)
    , m_options(std::move(options))
{
    if (m_options.instanceId.isEmpty()) {
        m_options.instanceId = newUuid();
    }
}

void AlertSweeper::setSettings(const QString &authorityId, const AlertSettings &settings)
{
    std::lock_guard lock(m_settingsMutex);
    m_settings.insert(authorityId, settings);
}

AlertSettings AlertSweeper::settingsFor(const QString &authorityId)
{
    std::lock_guard lock(m_settingsMutex);
    return m_settings.value(authorityId);
}

SweepResult AlertSweeper::sweep(const QString &authorityId)
{
    SweepResult result;
    const AlertSettings settings = settingsFor(authorityId);
    m_store.withConnection([&](SqlConnection &db) {
        const QDateTime now = m_clock.now().toUTC();
        if (!AlertStore::tryAcquireLease(db, authorityId, m_options.instanceId, now.toMSecsSinceEpoch(),
                                         m_options.leaseMs)) {
            return;
        }
        if (m_options.onLeaseHeld) {
            m_options.onLeaseHeld();
        }
        QElapsedTimer timer;
        timer.start();
        if (!refreshSummaries(db, authorityId, settingsHashOf(settings), result)) {
            logEvent(LogLevel::Warning, u"alert_sweep_failed"_s, {{u"detail"_s, db.lastError()}});
            AlertStore::releaseLease(db, authorityId, m_options.instanceId);
            return;
        }
        result.refreshMs = timer.restart();

        // Only the young people whose records changed, or whose next change by time has come.
        const qint64 nowMs = now.toMSecsSinceEpoch();
        const QStringList due = AlertStore::dueYoungPeople(db, authorityId, nowMs);
        const QDate today = now.date();
        QList<Alert> alerts;
        QHash<QString, QString> currentPa;
        QHash<QString, qint64> nextChange;
        for (const QString &id : due) {
            nextChange.insert(id, -1); // no summary any more: evaluated as no alerts, then forgotten
        }
        for (const auto &entry : AlertStore::summariesOf(db, due)) {
            const CaseSummary &s = entry.first;
            const AlertThresholds t = settings.forYoungPerson(s.youngPersonId);
            const CaseFacts facts = s.factsOn(today, t);
            currentPa.insert(s.youngPersonId, facts.currentPaId);
            alerts += AlertEvaluator::evaluateFacts(facts, now, t);
            const auto next = nextAlertChange(s, now, t);
            nextChange.insert(s.youngPersonId, next ? next->toMSecsSinceEpoch() : never);
        }
        result.youngPeople = static_cast<int>(due.size());
        result.alerts = static_cast<int>(alerts.size());
        result.evaluateMs = timer.restart();

        if (!due.isEmpty() && !reconcile(db, authorityId, due, alerts, currentPa, nextChange, result)) {
            AlertStore::releaseLease(db, authorityId, m_options.instanceId);
            return;
        }
        result.reconcileMs = timer.elapsed();
        AlertStore::releaseLease(db, authorityId, m_options.instanceId);
        result.ran = true;
    });
    if (result.ran) {
        logEvent(LogLevel::Info, u"alert_sweep"_s,
                 {{u"authority"_s, authorityId},
                  {u"youngPeople"_s, result.youngPeople},
                  {u"alerts"_s, result.alerts},
                  {u"opened"_s, result.opened},
                  {u"reopened"_s, result.reopened},
                  {u"resolved"_s, result.resolved},
                  {u"ms"_s, result.refreshMs + result.evaluateMs + result.reconcileMs}});
    }
    return result;
}

bool AlertSweeper::refreshSummaries(SqlConnection &db,
                                    const QString &authorityId,
                                    const QString &settingsHash,
                                    SweepResult &result)
{
    // Not a read-only snapshot: summaries are written in the same transaction. server_seq values
    // become visible strictly in order, so every record up to the counter read first is visible
    // to the statements after it; rows newer than that are simply seen again next time.
    if (db.begin() != SqlError::Ok) {
        return false;
    }
    // Thresholds changed (or first sweep of this store): every young person is due.
    if (AlertStore::settingsHash(db, authorityId) != settingsHash) {
        if (!AlertStore::markAllDue(db, authorityId) || !AlertStore::setSettingsHash(db, authorityId, settingsHash)) {
            db.rollback();
            return false;
        }
    }
    SqlRows h;
    db.exec(u"SELECT value FROM counters WHERE name = 'server_seq'"_s, {}, &h);
    const qint64 horizon = h.isEmpty() ? 0 : h.int64(0, 0);
    const qint64 cursor = AlertStore::seqCursor(db, authorityId);
    if (horizon <= cursor) {
        db.commit();
        return true;
    }
    SqlRows owners;
    if (db.exec(u"SELECT DISTINCT owner_id FROM records WHERE server_seq > ? AND server_seq <= ? AND "
                "authority_id = ? AND owner_id <> '' AND record_type IN "_s
                    + relevantTypes,
                {cursor, horizon, authorityId}, &owners)
        != SqlError::Ok) {
        db.rollback();
        return false;
    }
    for (qsizetype start = 0; start < owners.size(); start += ownersPerQuery) {
        QList<SqlValue> params;
        QStringList marks;
        for (qsizetype i = start; i < std::min(owners.size(), start + ownersPerQuery); ++i) {
            params.append(owners.text(i, 0));
            marks.append(u"?"_s);
        }
        SqlRows rows;
        if (db.exec(u"SELECT owner_id, record_type, body, deleted FROM records WHERE owner_id IN ("_s
                        + marks.join(u", "_s) + u")"_s,
                    params, &rows)
            != SqlError::Ok) {
            db.rollback();
            return false;
        }
        QSet<QString> hasPerson;
        const auto byOwner = recordsFrom(rows, hasPerson);
        for (const auto &p : params) {
            const QString owner = std::get<QString>(p);
            const bool ok = hasPerson.contains(owner)
                ? AlertStore::upsertSummary(db, authorityId, summarise(byOwner.value(owner)), horizon)
                : AlertStore::deleteSummary(db, owner);
            if (!ok || !AlertStore::markDue(db, authorityId, owner)) {
                db.rollback();
                return false;
            }
            ++result.summariesRefreshed;
        }
    }
    if (!AlertStore::setSeqCursor(db, authorityId, horizon) || db.commit() != SqlError::Ok) {
        db.rollback();
        return false;
    }
    return true;
}

bool AlertSweeper::reconcile(SqlConnection &db,
                             const QString &authorityId,
                             const QStringList &youngPeople,
                             const QList<Alert> &alerts,
                             const QHash<QString, QString> &currentPa,
                             const QHash<QString, qint64> &nextChange,
                             SweepResult &result)
{
    if (db.begin() != SqlError::Ok) {
        return false;
    }
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    // Serialises with acknowledgements (they take the same row first), then reads the alerts of
    // the young people evaluated: nobody else's can change in this sweep.
    AlertStore::lockGeneration(db, authorityId);
    QHash<QString, StoredAlert> stored = AlertStore::alertsOfYoungPeople(db, youngPeople);
    const int changesBefore = result.opened + result.reopened + result.resolved + result.updated;
    QHash<QString, Staff> staff;
    {
        SqlRows r;
        db.exec(
            u"SELECT s.id, s.team_id, s.role, COALESCE(p.email_mode, '') FROM staff s LEFT JOIN alert_staff_prefs p "
            "ON p.staff_id = s.id WHERE s.authority_id = ? AND s.active = 1"_s,
            {authorityId}, &r);
        for (qsizetype i = 0; i < r.size(); ++i) {
            staff.insert(r.text(i, 0), {r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3)});
        }
    }
    bool ok = true;
    auto record = [&](StoredAlert &a, const QString &event, const QString &from, bool notify) {
        AlertHistoryEntry h {newUuid(), a.id, nowMs, event, from, toCode(a.state), toCode(a.alert.tier), {}, {}};
        ok = ok && AlertStore::addHistory(db, h);
        if (notify) {
            queueEvent(db, a, h, currentPa.value(a.alert.youngPersonId), staff, result);
        }
    };
    QSet<QString> seen;
    for (const Alert &found : alerts) {
        const QString key = found.key();
        seen.insert(key);
        auto it = stored.find(key);
        if (it == stored.end()) {
            StoredAlert a;
            a.id = newUuid();
            a.authorityId = authorityId;
            a.alert = found;
            a.openedAt = a.updatedAt = nowMs;
            ok = ok && AlertStore::insertAlert(db, a);
            record(a, u"opened"_s, {}, true);
            stored.insert(key, a);
            ++result.opened;
            continue;
        }
        StoredAlert &a = *it;
        if (a.state == AlertState::Resolved) {
            a.alert = found;
            a.state = AlertState::Open;
            a.openedAt = a.updatedAt = nowMs;
            a.ackBy.clear();
            a.ackNote.clear();
            a.ackAt = 0;
            ok = ok && AlertStore::updateAlert(db, a);
            record(a, u"reopened"_s, u"resolved"_s, true);
            ++result.reopened;
            continue;
        }
        if (sameFinding(a.alert, found)) {
            continue;
        }
        const bool rose = tierRank(found.tier) > tierRank(a.alert.tier);
        const bool tierChanged = found.tier != a.alert.tier;
        a.alert = found;
        a.updatedAt = nowMs;
        ok = ok && AlertStore::updateAlert(db, a);
        ++result.updated;
        if (tierChanged) {
            record(a, u"tier_changed"_s, toCode(a.state), rose);
            result.escalated += rose ? 1 : 0;
        }
    }
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        StoredAlert &a = *it;
        if (a.state == AlertState::Resolved || seen.contains(it.key())) {
            continue;
        }
        const QString from = toCode(a.state);
        a.state = AlertState::Resolved;
        a.updatedAt = nowMs;
        ok = ok && AlertStore::updateAlert(db, a);
        record(a, u"resolved"_s, from, false);
        ++result.resolved;
    }
    if (ok && result.opened + result.reopened + result.resolved + result.updated != changesBefore) {
        AlertStore::bumpGeneration(db, authorityId);
    }
    ok = ok && AlertStore::setNextChange(db, nextChange);
    if (!ok || db.commit() != SqlError::Ok) {
        db.rollback();
        logEvent(LogLevel::Warning, u"alert_sweep_failed"_s, {{u"detail"_s, db.lastError()}});
        result = SweepResult {};
        return false;
    }
    return true;
}

qint64 AlertSweeper::digestTime(qint64 nowMs) const
{
    QDateTime t = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    QDateTime at(t.date(), QTime(m_options.digestHourUtc, 0), Qt::UTC);
    if (at <= t) {
        at = at.addDays(1);
    }
    return at.toMSecsSinceEpoch();
}

void AlertSweeper::queueEvent(SqlConnection &db,
                              const StoredAlert &a,
                              const AlertHistoryEntry &event,
                              const QString &paId,
                              const QHash<QString, Staff> &staff,
                              SweepResult &result)
{
    // Recipients: the PA for PA alerts; their team's managers for manager alerts; with no PA
    // (or a PA without a team manager), every manager of the authority.
    QStringList recipients;
    const Staff pa = staff.value(paId);
    if (a.alert.audience == AlertAudience::PersonalAdviser && !pa.id.isEmpty()) {
        recipients.append(pa.id);
    } else {
        for (const auto &s : staff) {
            if (s.role == "manager"_L1 && !pa.id.isEmpty() && s.teamId == pa.teamId) {
                recipients.append(s.id);
            }
        }
        if (recipients.isEmpty()) {
            for (const auto &s : staff) {
                if (s.role == "manager"_L1) {
                    recipients.append(s.id);
                }
            }
        }
    }
    recipients.sort();
    // No names, notes or dates of birth: internal ids, the rule, the tier and a link.
    const QJsonObject payload {
        {u"eventId"_s, event.id},
        {u"event"_s, event.event},
        {u"alertId"_s, a.id},
        {u"ruleCode"_s, a.alert.ruleCode},
        {u"tier"_s, toCode(a.alert.tier)},
        {u"audience"_s, toCode(a.alert.audience)},
        {u"youngPersonId"_s, a.alert.youngPersonId},
        {u"daysOverdue"_s, a.alert.daysOverdue},
        {u"link"_s, QString(m_options.appBaseUrl + u"/alerts/"_s + a.id)},
    };
    const qint64 nowMs = event.at;
    for (const auto &r : recipients) {
        const QString mode = staff.value(r).emailMode.isEmpty() ? m_options.defaultEmailMode : staff.value(r).emailMode;
        const bool immediate = mode == "immediate"_L1 || a.alert.tier == AlertTier::Immediate;
        OutboxItem item {newUuid(), event.id, u"email"_s, r, payload, immediate ? nowMs : digestTime(nowMs),
                         0,         0,        {},         {}};
        if (AlertStore::enqueue(db, item)) {
            ++result.queued;
        }
    }
    if (m_options.webhook) {
        OutboxItem item {newUuid(), event.id, u"webhook"_s, u"webhook"_s, payload, nowMs, 0, 0, {}, {}};
        if (AlertStore::enqueue(db, item)) {
            ++result.queued;
        }
    }
}

bool AlertSweeper::acknowledge(
    SqlConnection &db, const QString &alertId, const QString &staffId, const QString &note, qint64 nowMs)
{
    if (db.begin() != SqlError::Ok) {
        return false;
    }
    auto a = AlertStore::alertById(db, alertId);
    if (!a) {
        db.rollback();
        return false;
    }
    // Takes the authority's generation row lock first (a sweep holds it while reconciling),
    // then reads the alert again: a sweep that just resolved it wins. Sweepers reload after this.
    AlertStore::bumpGeneration(db, a->authorityId);
    a = AlertStore::alertById(db, alertId);
    if (!a || a->state == AlertState::Resolved) {
        db.rollback();
        return false;
    }
    const QString from = toCode(a->state);
    a->state = AlertState::Acknowledged;
    a->ackBy = staffId;
    a->ackNote = note;
    a->ackAt = nowMs;
    a->updatedAt = nowMs;
    const bool ok = AlertStore::updateAlert(db, *a)
        && AlertStore::addHistory(db,
                                  {newUuid(), a->id, nowMs, u"acknowledged"_s, from, toCode(a->state),
                                   toCode(a->alert.tier), staffId, note});
    if (!ok || db.commit() != SqlError::Ok) {
        db.rollback();
        return false;
    }
    return true;
}

} // namespace Pathway::Server
