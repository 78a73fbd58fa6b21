// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// RecordStore: the primitives the sync engine builds on (remote records, cursors, conflicts)
// and the caseload overview.
#include "recordstore.h"

#include "domain/contact.h"
#include "storelog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString valueToText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
}

QJsonValue valueFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

StoreResult failed(StoreError e)
{
    StoreResult r;
    r.error = e;
    return r;
}

} // namespace

ApplyOutcome RecordStore::applyRemote(const RemoteRecord &remote)
{
    if (remote.recordType.isEmpty() || remote.recordId.isEmpty())
        return ApplyOutcome::Failed;
    Transaction tx(m_db);
    if (!tx.isActive())
        return ApplyOutcome::Failed;
    m_hlc.receive(remote.hlc);
    const auto remoteHlcOf = [&remote](const QString &field) {
        return remote.fieldHlc.value(field).toString(remote.hlc);
    };
    const std::optional<StoredRecord> existing = get(remote.recordType, remote.recordId);
    const QString now = nowText();

    if (!existing) {
        QJsonObject fieldHlc;
        for (auto it = remote.body.constBegin(); it != remote.body.constEnd(); ++it)
            fieldHlc.insert(it.key(), remoteHlcOf(it.key()));
        if (remote.deleted)
            fieldHlc.insert(u"deleted"_s, remoteHlcOf(u"deleted"_s));
        Statement ins = m_db.prepare(u"INSERT INTO records (record_type, record_id, owner_id, body, field_hlc, hlc, "
                                     u"deleted, sync_state, server_seq, updated_at) "
                                     u"VALUES (?, ?, ?, ?, ?, ?, ?, 'synced', ?, ?)"_s);
        ins.bind(1, remote.recordType).bind(2, remote.recordId).bind(3, remote.ownerId).bind(4, toText(remote.body));
        ins.bind(5, toText(compactFieldHlc(fieldHlc, remote.body, remote.hlc)))
            .bind(6, remote.hlc)
            .bind(7, remote.deleted)
            .bind(8, remote.serverSeq);
        ins.bind(9, now);
        if (!ins.run() || !tx.commit())
            return ApplyOutcome::Failed;
        return ApplyOutcome::Inserted;
    }

    // Fields with a local change the server has not acknowledged yet, with the oldest base HLC
    // among those changes (the version the local edit started from).
    QMap<QString, QString> pendingBase;
    Statement pending = m_db.prepare(u"SELECT fields, base_hlc, op FROM outbox WHERE record_type = ? "
                                     u"AND record_id = ? AND state IN ('pending', 'sent') ORDER BY seq"_s);
    pending.bind(1, remote.recordType).bind(2, remote.recordId);
    while (pending.step() == Statement::Step::Row) {
        const QJsonObject fields = QJsonDocument::fromJson(pending.text(0).toUtf8()).object();
        QStringList keys = fields.keys();
        if (pending.text(2) == u"delete"_s)
            keys.append(u"deleted"_s);
        for (const QString &k : std::as_const(keys)) {
            if (!pendingBase.contains(k))
                pendingBase.insert(k, pending.text(1));
        }
    }

    QJsonObject body = existing->body;
    QJsonObject fieldHlc = existing->fieldHlc;
    bool deleted = existing->deleted;
    bool changed = false;
    bool conflict = false;

    Statement hasConflict = m_db.prepare(u"SELECT 1 FROM conflicts WHERE record_type = ? AND record_id = ? AND "
                                         u"field = ? AND remote_hlc = ?"_s);
    Statement addConflict = m_db.prepare(u"INSERT INTO conflicts (record_type, record_id, field, local_value, "
                                         u"remote_value, local_hlc, remote_hlc, created_at) "
                                         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);

    const bool appendOnly = isAppendOnly(remote.recordType);
    for (auto it = remote.body.constBegin(); it != remote.body.constEnd() && !appendOnly; ++it) {
        const QString &k = it.key();
        const QString rh = remoteHlcOf(k);
        const QString lh = fieldHlc.value(k).toString();
        const QJsonValue lv = body.value(k);
        const QJsonValue rv = it.value();
        if (rv == lv) {
            if (rh > lh)
                fieldHlc.insert(k, rh);
            continue;
        }
        if (pendingBase.contains(k)) {
            // Never overwrite an unsent local edit. A newer remote edit of free text is a conflict: keep both.
            if (m_settlesConflicts && isFreeTextField(k) && rh > pendingBase.value(k)) {
                hasConflict.reset();
                hasConflict.bind(1, remote.recordType).bind(2, remote.recordId).bind(3, k).bind(4, rh);
                if (hasConflict.step() == Statement::Step::Done) {
                    addConflict.reset();
                    addConflict.bind(1, remote.recordType).bind(2, remote.recordId).bind(3, k);
                    addConflict.bind(4, valueToText(lv)).bind(5, valueToText(rv)).bind(6, lh).bind(7, rh);
                    addConflict.bind(8, now);
                    if (!addConflict.run())
                        return ApplyOutcome::Failed;
                }
                conflict = true;
            }
            continue;
        }
        if (rh > lh) {
            if (rv.isNull())
                body.remove(k);
            else
                body.insert(k, rv);
            fieldHlc.insert(k, rh);
            changed = true;
        }
    }
    const QString rhDeleted = remoteHlcOf(u"deleted"_s);
    if (remote.deleted != deleted && !pendingBase.contains(u"deleted"_s)
        && rhDeleted > fieldHlc.value(u"deleted"_s).toString()) {
        deleted = remote.deleted;
        fieldHlc.insert(u"deleted"_s, rhDeleted);
        changed = true;
    }

    const bool hasPending = !pendingBase.isEmpty();
    QString state = existing->syncState;
    if (conflict)
        state = u"conflict"_s;
    else if (!hasPending && state != u"conflict"_s && state != u"rejected"_s)
        state = u"synced"_s;
    const QString hlc = std::max(existing->hlc, remote.hlc);
    Statement up = m_db.prepare(u"UPDATE records SET body = ?, field_hlc = ?, hlc = ?, deleted = ?, sync_state = ?, "
                                u"server_seq = coalesce(?, server_seq), updated_at = ? "
                                u"WHERE record_type = ? AND record_id = ?"_s);
    up.bind(1, toText(body))
        .bind(2, toText(compactFieldHlc(fieldHlc, body, hlc)))
        .bind(3, hlc)
        .bind(4, deleted)
        .bind(5, state);
    up.bind(6, remote.serverSeq).bind(7, changed ? now : existing->updatedAt);
    up.bind(8, remote.recordType).bind(9, remote.recordId);
    if (!up.run() || !tx.commit())
        return ApplyOutcome::Failed;
    if (conflict)
        return ApplyOutcome::Conflict;
    if (changed)
        return ApplyOutcome::Merged;
    return ApplyOutcome::Unchanged;
}

std::optional<QString> RecordStore::cursor(const QString &scope)
{
    Statement q = m_db.prepare(u"SELECT cursor FROM sync_cursors WHERE scope = ?"_s);
    q.bind(1, scope);
    if (q.step() != Statement::Step::Row)
        return std::nullopt;
    return q.text(0);
}

QList<std::pair<QString, QString>> RecordStore::cursors()
{
    QList<std::pair<QString, QString>> out;
    Statement q = m_db.prepare(u"SELECT scope, cursor FROM sync_cursors ORDER BY scope"_s);
    while (q.step() == Statement::Step::Row)
        out.append({q.text(0), q.text(1)});
    return out;
}

StoreResult RecordStore::setCursor(const QString &scope, const QString &cursorValue)
{
    Statement q = m_db.prepare(u"INSERT INTO sync_cursors (scope, cursor) VALUES (?, ?) "
                               u"ON CONFLICT (scope) DO UPDATE SET cursor = excluded.cursor"_s);
    q.bind(1, scope).bind(2, cursorValue);
    if (DbStatus st = q.run(); !st)
        return dbFailure(st);
    return {};
}

StoreResult RecordStore::setCursors(const QMap<QString, QString> &cursors)
{
    Statement q = m_db.prepare(u"INSERT INTO sync_cursors (scope, cursor) VALUES (?, ?) "
                               u"ON CONFLICT (scope) DO UPDATE SET cursor = excluded.cursor"_s);
    for (auto it = cursors.constBegin(); it != cursors.constEnd(); ++it) {
        q.bind(1, it.key()).bind(2, it.value());
        if (DbStatus st = q.isValid() ? q.run() : m_db.lastStatus(); !st)
            return dbFailure(st);
        q.reset();
    }
    return {};
}

std::optional<QString> RecordStore::meta(const QString &key)
{
    Statement q = m_db.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.bind(1, key);
    if (q.step() != Statement::Step::Row)
        return std::nullopt;
    return q.text(0);
}

StoreResult RecordStore::setMeta(const QString &key, const QString &value)
{
    Statement q = m_db.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                               u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.bind(1, key).bind(2, value);
    if (DbStatus st = q.run(); !st)
        return dbFailure(st);
    return {};
}

QList<ConflictRow> RecordStore::openConflicts()
{
    QList<ConflictRow> out;
    Statement q = m_db.prepare(
        u"SELECT c.id, c.record_type, c.record_id, c.field, c.local_value, c.remote_value, c.local_hlc, "
        u"c.remote_hlc, c.created_at, coalesce(r.owner_id, '') FROM conflicts c LEFT JOIN records r "
        u"ON r.record_type = c.record_type AND r.record_id = c.record_id WHERE c.resolved_at IS NULL ORDER BY c.id"_s);
    while (q.step() == Statement::Step::Row) {
        ConflictRow c;
        c.id = q.int64(0);
        c.recordType = q.text(1);
        c.recordId = q.text(2);
        c.field = q.text(3);
        c.localValue = valueFromText(q.text(4));
        c.remoteValue = valueFromText(q.text(5));
        c.localHlc = q.text(6);
        c.remoteHlc = q.text(7);
        c.createdAt = q.text(8);
        c.ownerId = q.text(9);
        out.append(c);
    }
    return out;
}

int RecordStore::openConflictCount()
{
    Statement q = m_db.prepare(u"SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"_s);
    return q.step() == Statement::Step::Row ? int(q.int64(0)) : 0;
}

StoreResult RecordStore::resolveConflict(qint64 conflictId, const QString &resolution)
{
    if (resolution != u"local"_s && resolution != u"remote"_s && resolution != u"merged"_s)
        return failed(StoreError::BadInput);
    Transaction tx(m_db);
    Statement q = m_db.prepare(u"UPDATE conflicts SET resolved_at = ?, resolution = ? "
                               u"WHERE id = ? AND resolved_at IS NULL"_s);
    q.bind(1, nowText()).bind(2, resolution).bind(3, conflictId);
    if (DbStatus st = q.run(); !st)
        return dbFailure(st);
    if (m_db.changes() == 0)
        return failed(StoreError::NotFound);
    // The record leaves the 'conflict' state once none of its conflicts is open.
    Statement rec = m_db.prepare(
        u"UPDATE records SET sync_state = CASE WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.record_type = "
        u"records.record_type AND o.record_id = records.record_id) THEN 'local' ELSE 'synced' END "
        u"WHERE sync_state = 'conflict' AND (record_type, record_id) = (SELECT record_type, record_id FROM conflicts "
        u"WHERE id = ?1) AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.record_type = records.record_type AND "
        u"c.record_id = records.record_id AND c.resolved_at IS NULL)"_s);
    rec.bind(1, conflictId);
    if (DbStatus st = rec.run(); !st)
        return dbFailure(st);
    if (DbStatus st = tx.commit(); !st)
        return dbFailure(st);
    return {};
}

StoreResult RecordStore::removeOwnerLocally(const QString &ownerId)
{
    if (ownerId.isEmpty())
        return failed(StoreError::BadInput);
    Transaction tx(m_db);
    Statement c = m_db.prepare(u"DELETE FROM conflicts WHERE (record_type, record_id) IN "
                               u"(SELECT record_type, record_id FROM records WHERE owner_id = ?)"_s);
    c.bind(1, ownerId);
    Statement r = m_db.prepare(u"DELETE FROM records WHERE owner_id = ?"_s);
    r.bind(1, ownerId);
    Statement o = m_db.prepare(u"DELETE FROM outbox WHERE owner_id = ?"_s);
    o.bind(1, ownerId);
    for (Statement *s : {&c, &r, &o}) {
        if (DbStatus st = s->run(); !st)
            return dbFailure(st);
    }
    if (DbStatus st = tx.commit(); !st)
        return dbFailure(st);
    return {};
}

StoreResult RecordStore::wipe()
{
    Transaction tx(m_db);
    if (DbStatus st = m_db.exec(u"DELETE FROM conflicts; DELETE FROM outbox; DELETE FROM records; "
                                u"DELETE FROM sync_cursors;"_s);
        !st)
        return dbFailure(st);
    if (DbStatus st = tx.commit(); !st)
        return dbFailure(st);
    return {};
}

std::optional<QString> RecordStore::syncState(const QString &recordType, const QString &recordId)
{
    Statement q = m_db.prepare(u"SELECT sync_state FROM records WHERE record_type = ? AND record_id = ?"_s);
    q.bind(1, recordType).bind(2, recordId);
    if (q.step() != Statement::Step::Row)
        return std::nullopt;
    return q.text(0);
}

QList<CaseloadEntry> RecordStore::caseloadSummary(const QStringList &youngPersonIds)
{
    // Contact logs are append-only: a correction is a contact_amendment, which may change whether
    // (successful, kind) and when (at) a contact counts. The few amended logs are read through the
    // domain's own rules (applyAmendments, countsAsContact); every other log is counted in SQL.
    struct AmendedLog
    {
        QString ownerId;
        QJsonObject body;
        QList<ContactAmendment> amendments;
    };
    QHash<QString, AmendedLog> amended;
    Statement a = m_db.prepare(u"SELECT c.record_id, c.owner_id, c.body, a.body FROM records a "
                               u"JOIN records c ON c.record_type = 'contact_log' "
                               u"AND c.record_id = json_extract(a.body, '$.contactLogId') AND c.deleted = 0 "
                               u"WHERE a.record_type = 'contact_amendment' AND a.deleted = 0"_s);
    while (a.step() == Statement::Step::Row) {
        AmendedLog &log = amended[a.text(0)];
        if (log.ownerId.isEmpty()) {
            log.ownerId = a.text(1);
            log.body = QJsonDocument::fromJson(a.text(2).toUtf8()).object();
        }
        if (auto amendment = ContactAmendment::fromJson(QJsonDocument::fromJson(a.text(3).toUtf8()).object()))
            log.amendments.append(std::move(*amendment));
    }
    QHash<QString, QDateTime> lastAmendedContact; // owner -> latest amended log that counts
    for (const AmendedLog &log : std::as_const(amended)) {
        const std::optional<ContactLog> original = ContactLog::fromJson(log.body);
        if (!original)
            continue;
        const ContactLog current = applyAmendments(*original, log.amendments);
        if (!current.countsAsContact() || !current.at.isValid())
            continue;
        QDateTime &latest = lastAmendedContact[log.ownerId];
        if (!latest.isValid() || current.at > latest)
            latest = current.at.toUTC();
    }

    // The ids go in as JSON array parameters (json_each), never spliced into the SQL. The last
    // contact walks records_contact_at newest first and stops at the first one that counts; the
    // pending counts come from one pass over the outbox, not one per young person.
    QList<CaseloadEntry> out;
    Statement q
        = m_db.prepare(u"WITH pending AS MATERIALIZED (SELECT owner_id, count(*) AS n FROM outbox "
                       u" WHERE state IN ('pending', 'sent') GROUP BY owner_id) "
                       u"SELECT yp.record_id, json_extract(yp.body, '$.displayName'), "
                       u"(SELECT json_extract(c.body, '$.at') FROM records c WHERE c.record_type = 'contact_log' "
                       u" AND c.owner_id = yp.record_id AND c.deleted = 0 "
                       u" AND coalesce(json_extract(c.body, '$.successful'), 1) = 1 "
                       u" AND coalesce(json_extract(c.body, '$.kind'), 'visit') NOT IN ('attempted', 'letter') "
                       u" AND coalesce(json_extract(c.body, '$.enteredInError'), 0) = 0 "
                       u" AND c.record_id NOT IN (SELECT value FROM json_each(?3)) "
                       u" ORDER BY json_extract(c.body, '$.at') DESC LIMIT 1), "
                       u"coalesce((SELECT n FROM pending p WHERE p.owner_id = yp.record_id), 0) "
                       u"FROM records yp WHERE yp.record_type = 'young_person' AND yp.deleted = 0 "
                       u"AND (?1 = 0 OR yp.record_id IN (SELECT value FROM json_each(?2))) "
                       u"ORDER BY json_extract(yp.body, '$.displayName'), yp.record_id"_s);
    const auto jsonArray = [](const QStringList &list) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    };
    q.bind(1, qint64(youngPersonIds.size()));
    q.bind(2, jsonArray(youngPersonIds));
    q.bind(3, jsonArray(amended.keys()));
    while (q.step() == Statement::Step::Row) {
        CaseloadEntry e;
        e.youngPersonId = q.text(0);
        e.displayName = q.text(1);
        if (!q.isNull(2)) {
            const QDateTime at = QDateTime::fromString(q.text(2), Qt::ISODateWithMs);
            if (at.isValid())
                e.lastContactAt = at.toUTC();
        }
        if (const QDateTime amendedAt = lastAmendedContact.value(e.youngPersonId);
            amendedAt.isValid() && (!e.lastContactAt || amendedAt > *e.lastContactAt))
            e.lastContactAt = amendedAt;
        e.pendingChanges = int(q.int64(3));
        out.append(e);
    }
    return out;
}

} // namespace Pathway
