// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "recordstore.h"

#include "domain/record.h"
#include "storelog.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

const QString recordColumns = u"record_type, record_id, owner_id, body, field_hlc, hlc, deleted, sync_state, "
                              u"server_seq, updated_at"_s;

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

StoredRecord readRecord(const Statement &q)
{
    StoredRecord r;
    r.recordType = q.text(0);
    r.recordId = q.text(1);
    r.ownerId = q.text(2);
    r.body = toObject(q.text(3));
    r.hlc = q.text(5);
    r.fieldHlc = expandFieldHlc(toObject(q.text(4)), r.body, r.hlc);
    r.deleted = q.int64(6) != 0;
    r.syncState = q.text(7);
    r.serverSeq = q.optionalInt64(8);
    r.updatedAt = q.text(9);
    return r;
}

OutboxChange readChange(const Statement &q)
{
    OutboxChange c;
    c.seq = q.int64(0);
    c.changeId = q.text(1);
    c.recordType = q.text(2);
    c.recordId = q.text(3);
    c.ownerId = q.text(4);
    c.op = q.text(5);
    c.hlc = q.text(6);
    c.baseHlc = q.text(7);
    c.fields = toObject(q.text(8));
    c.createdAt = q.text(9);
    c.attempts = int(q.int64(10));
    c.lastError = q.text(11);
    c.state = q.text(12);
    return c;
}

const QString changeColumns = u"seq, change_id, record_type, record_id, owner_id, op, hlc, base_hlc, fields, "
                              u"created_at, attempts, last_error, state"_s;

} // namespace

QJsonObject compactFieldHlc(const QJsonObject &fieldHlc, const QJsonObject &body, const QString &hlc)
{
    QJsonObject out;
    for (auto it = fieldHlc.constBegin(); it != fieldHlc.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (!(v.isString() && v.toString() == hlc && body.contains(it.key())))
            out.insert(it.key(), v);
    }
    return out;
}

QJsonObject expandFieldHlc(QJsonObject stored, const QJsonObject &body, const QString &hlc)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!stored.contains(it.key()))
            stored.insert(it.key(), hlc);
    }
    return stored;
}

QJsonObject OutboxChange::toJson() const
{
    return QJsonObject {
        {u"changeId"_s, changeId},
        {u"recordType"_s, recordType},
        {u"recordId"_s, recordId},
        {u"ownerId"_s, ownerId},
        {u"op"_s, op},
        {u"hlc"_s, hlc},
        {u"baseHlc"_s, baseHlc},
        {u"fields"_s, fields},
    };
}

RecordStore::RecordStore(Database &db, const Clock &clock, const QString &nodeId)
    : m_db(db)
    , m_clock(clock)
    , m_hlc(clock, nodeId)
{
    // Continue after the greatest clock value this store has seen, even if the wall clock is behind it.
    Statement q = m_db.prepare(u"SELECT max(hlc) FROM (SELECT max(hlc) AS hlc FROM records "
                               u"UNION ALL SELECT max(hlc) FROM outbox)"_s);
    if (q.step() == Statement::Step::Row && !q.isNull(0)) {
        if (const auto last = HlcTimestamp::parse(q.text(0)))
            m_hlc.restore(*last);
    }
}

bool RecordStore::isAppendOnly(const QString &recordType)
{
    return recordType == u"contact_log"_s || recordType == u"contact_amendment"_s;
}

bool RecordStore::isFreeTextField(const QString &field)
{
    static const QSet<QString> fields {u"notes"_s,   u"ownWords"_s,         u"goal"_s,        u"details"_s,
                                       u"outcome"_s, u"youngPersonViews"_s, u"contingency"_s, u"message"_s};
    return fields.contains(field);
}

StoreResult RecordStore::dbFailure(const DbStatus &status)
{
    qCWarning(lcStore) << "store write failed:" << status.message;
    StoreResult r;
    r.error = StoreError::Database;
    r.db = status;
    return r;
}

QString RecordStore::nowText() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

StoreResult RecordStore::saveLocal(
    const QString &recordType, const QString &recordId, const QString &ownerId, const QJsonObject &fields, WriteOp op)
{
    if (recordType.isEmpty() || recordId.isEmpty()) {
        StoreResult r;
        r.error = StoreError::BadInput;
        return r;
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return dbFailure(tx.status());

    const std::optional<StoredRecord> existing = get(recordType, recordId);
    if ((existing || op == WriteOp::Delete) && isAppendOnly(recordType)) {
        StoreResult r;
        r.error = StoreError::AppendOnly;
        return r;
    }
    if (!existing && op == WriteOp::Delete) {
        StoreResult r;
        r.error = StoreError::NotFound;
        return r;
    }

    QJsonObject body = existing ? existing->body : QJsonObject();
    QJsonObject fieldHlc = existing ? existing->fieldHlc : QJsonObject();
    bool deleted = existing && existing->deleted;
    QJsonObject changed;
    if (op != WriteOp::Delete) {
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const QJsonValue v = it.value();
            if (v.isNull() || v.isUndefined()) {
                if (body.contains(it.key())) {
                    changed.insert(it.key(), QJsonValue::Null);
                    body.remove(it.key());
                }
            } else if (!existing || body.value(it.key()) != v || op == WriteOp::Rewrite) {
                changed.insert(it.key(), v);
                body.insert(it.key(), v);
            }
        }
        if (deleted) {
            deleted = false; // saving a soft-deleted record brings it back
            changed.insert(u"deleted"_s, false);
        }
        if (existing && changed.isEmpty()) {
            StoreResult r;
            r.hlc = existing->hlc;
            return r; // nothing changed: no outbox entry (the transaction rolls back harmlessly)
        }
    } else {
        if (deleted) {
            StoreResult r;
            r.hlc = existing->hlc;
            return r;
        }
        deleted = true;
    }

    const QString hlc = m_hlc.nextString();
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
        fieldHlc.insert(it.key(), hlc);
    if (op == WriteOp::Delete)
        fieldHlc.insert(u"deleted"_s, hlc);
    const QString owner = ownerId.isEmpty() && existing ? existing->ownerId : ownerId;
    const QString now = nowText();

    Statement up = m_db.prepare(
        u"INSERT INTO records (record_type, record_id, owner_id, body, field_hlc, hlc, deleted, sync_state, "
        u"updated_at) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'local', ?8) "
        u"ON CONFLICT (record_type, record_id) DO UPDATE SET owner_id = excluded.owner_id, body = excluded.body, "
        u"field_hlc = excluded.field_hlc, hlc = excluded.hlc, deleted = excluded.deleted, sync_state = 'local', "
        u"updated_at = excluded.updated_at"_s);
    up.bind(1, recordType).bind(2, recordId).bind(3, owner).bind(4, toText(body)).bind(5, toText(fieldHlc));
    up.bind(6, hlc).bind(7, deleted).bind(8, now);
    if (DbStatus st = up.isValid() ? up.run() : m_db.lastStatus(); !st)
        return dbFailure(st);

    StoreResult result;
    result.changeId = newId();
    result.hlc = hlc;
    Statement ob = m_db.prepare(u"INSERT INTO outbox (change_id, record_type, record_id, owner_id, op, hlc, base_hlc, "
                                u"fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    ob.bind(1, result.changeId).bind(2, recordType).bind(3, recordId).bind(4, owner);
    ob.bind(5, op == WriteOp::Delete ? u"delete"_s : u"upsert"_s).bind(6, hlc);
    ob.bind(7, existing ? existing->hlc : QString()).bind(8, toText(op == WriteOp::Delete ? QJsonObject() : changed));
    ob.bind(9, now);
    if (DbStatus st = ob.isValid() ? ob.run() : m_db.lastStatus(); !st)
        return dbFailure(st);
    if (DbStatus st = tx.commit(); !st)
        return dbFailure(st);
    return result;
}

std::optional<StoredRecord> RecordStore::get(const QString &recordType, const QString &recordId)
{
    Statement q
        = m_db.prepare(u"SELECT "_s + recordColumns + u" FROM records WHERE record_type = ? AND record_id = ?"_s);
    q.bind(1, recordType).bind(2, recordId);
    if (q.step() != Statement::Step::Row)
        return std::nullopt;
    return readRecord(q);
}

QList<StoredRecord> RecordStore::query(const QString &sql, const QStringList &args)
{
    QList<StoredRecord> out;
    Statement q = m_db.prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        q.bind(i + 1, args.at(i));
    while (q.step() == Statement::Step::Row)
        out.append(readRecord(q));
    return out;
}

QList<StoredRecord> RecordStore::listByType(const QString &recordType, bool includeDeleted)
{
    return query(u"SELECT "_s + recordColumns
                     + u" FROM records WHERE record_type = ? AND (? OR deleted = 0) "
                       u"ORDER BY updated_at, record_id"_s,
                 {recordType, includeDeleted ? u"1"_s : u"0"_s});
}

QList<StoredRecord> RecordStore::listByOwner(const QString &recordType, const QString &ownerId, bool includeDeleted)
{
    // Without statistics the planner would rather scan every record of the type through the
    // primary key (record_type, record_id) than use the owner index: name the index. Contact
    // logs are in their own index (by owner and time), the rest in the owner index; each
    // partial index is used only when the query's WHERE says literally that its rows qualify.
    if (recordType == u"contact_log"_s) {
        return query(u"SELECT "_s + recordColumns
                         + u" FROM records INDEXED BY records_contact_at WHERE owner_id = ? "
                           u"AND record_type = 'contact_log' AND (? OR deleted = 0) ORDER BY updated_at, record_id"_s,
                     {ownerId, includeDeleted ? u"1"_s : u"0"_s});
    }
    return query(u"SELECT "_s + recordColumns
                     + u" FROM records INDEXED BY records_owner_type WHERE owner_id = ? AND record_type = ? "
                       u"AND record_type <> 'contact_log' AND (? OR deleted = 0) ORDER BY updated_at, record_id"_s,
                 {ownerId, recordType, includeDeleted ? u"1"_s : u"0"_s});
}

// ---------------------------------------------------------------- outbox

QList<OutboxChange> RecordStore::pendingChanges(int limit)
{
    QList<OutboxChange> out;
    Statement q = m_db.prepare(u"SELECT "_s + changeColumns
                               + u" FROM outbox WHERE state IN ('pending', 'sent') ORDER BY seq LIMIT ?"_s);
    q.bind(1, qint64(limit));
    while (q.step() == Statement::Step::Row)
        out.append(readChange(q));
    return out;
}

int RecordStore::pendingCount()
{
    Statement q = m_db.prepare(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')"_s);
    return q.step() == Statement::Step::Row ? int(q.int64(0)) : 0;
}

bool RecordStore::hasUnacknowledgedChange(const QString &recordType, const QString &recordId)
{
    Statement q = m_db.prepare(u"SELECT 1 FROM outbox WHERE record_type = ? AND record_id = ? "
                               u"AND state IN ('pending', 'sent') LIMIT 1"_s);
    q.bind(1, recordType).bind(2, recordId);
    return q.step() == Statement::Step::Row;
}

StoreResult RecordStore::markSent(const QStringList &changeIds)
{
    Transaction tx(m_db);
    Statement ob = m_db.prepare(u"UPDATE outbox SET state = 'sent' WHERE change_id = ? AND state = 'pending'"_s);
    Statement rec = m_db.prepare(u"UPDATE records SET sync_state = 'sent' WHERE sync_state = 'local' AND "
                                 u"(record_type, record_id) = (SELECT record_type, record_id FROM outbox "
                                 u"WHERE change_id = ?)"_s);
    for (const QString &id : changeIds) {
        ob.reset();
        rec.reset();
        ob.bind(1, id);
        rec.bind(1, id);
        if (DbStatus st = ob.run(); !st)
            return dbFailure(st);
        if (DbStatus st = rec.run(); !st)
            return dbFailure(st);
    }
    if (DbStatus st = tx.commit(); !st)
        return dbFailure(st);
    return {};
}

StoreResult RecordStore::markFailed(const QStringList &changeIds, const QString &error)
{
    Transaction tx(m_db);
    Statement ob = m_db.prepare(u"UPDATE outbox SET state = 'pending', attempts = attempts + 1, last_error = ? "
                                u"WHERE change_id = ? AND state IN ('pending', 'sent')"_s);
    for (const QString &id : changeIds) {
        ob.reset();
        ob.bind(1, error).bind(2, id);
        if (DbStatus st = ob.run(); !st)
            return dbFailure(st);
    }
    if (DbStatus st = tx.commit(); !st)
        return dbFailure(st);
    return {};
}

StoreResult RecordStore::markAcknowledged(const QString &changeId, std::optional<qint64> serverSeq)
{
    Transaction tx(m_db);
    Statement find = m_db.prepare(u"SELECT record_type, record_id FROM outbox WHERE change_id = ?"_s);
    find.bind(1, changeId);
    if (find.step() != Statement::Step::Row) {
        StoreResult r;
        r.error = StoreError::NotFound;
        return r;
    }
    const QString type = find.text(0);
    const QString id = find.text(1);
    Statement del = m_db.prepare(u"DELETE FROM outbox WHERE change_id = ?"_s);
    del.bind(1, changeId);
    if (DbStatus st = del.run(); !st)
        return dbFailure(st);
    Statement rec = m_db.prepare(
        u"UPDATE records SET server_seq = coalesce(?3, server_seq), sync_state = CASE "
        u"WHEN sync_state = 'conflict' THEN 'conflict' "
        u"WHEN EXISTS (SELECT 1 FROM outbox WHERE record_type = ?1 AND record_id = ?2 AND state = 'rejected') "
        u"THEN 'rejected' "
        u"WHEN EXISTS (SELECT 1 FROM outbox WHERE record_type = ?1 AND record_id = ?2) THEN sync_state "
        u"ELSE 'synced' END WHERE record_type = ?1 AND record_id = ?2"_s);
    rec.bind(1, type).bind(2, id).bind(3, serverSeq);
    if (DbStatus st = rec.run(); !st)
        return dbFailure(st);
    if (DbStatus st = tx.commit(); !st)
        return dbFailure(st);
    return {};
}

StoreResult RecordStore::markRejected(const QString &changeId, const QString &reason)
{
    Transaction tx(m_db);
    Statement ob = m_db.prepare(u"UPDATE outbox SET state = 'rejected', last_error = ? WHERE change_id = ?"_s);
    ob.bind(1, reason).bind(2, changeId);
    if (DbStatus st = ob.run(); !st)
        return dbFailure(st);
    if (m_db.changes() == 0) {
        StoreResult r;
        r.error = StoreError::NotFound;
        return r;
    }
    Statement rec = m_db.prepare(u"UPDATE records SET sync_state = 'rejected' WHERE (record_type, record_id) = "
                                 u"(SELECT record_type, record_id FROM outbox WHERE change_id = ?)"_s);
    rec.bind(1, changeId);
    if (DbStatus st = rec.run(); !st)
        return dbFailure(st);
    if (DbStatus st = tx.commit(); !st)
        return dbFailure(st);
    return {};
}

QList<OutboxChange> RecordStore::rejectedChanges()
{
    QList<OutboxChange> out;
    Statement q = m_db.prepare(u"SELECT "_s + changeColumns + u" FROM outbox WHERE state = 'rejected' ORDER BY seq"_s);
    while (q.step() == Statement::Step::Row)
        out.append(readChange(q));
    return out;
}

int RecordStore::rejectedCount()
{
    Statement q = m_db.prepare(u"SELECT count(*) FROM outbox WHERE state = 'rejected'"_s);
    return q.step() == Statement::Step::Row ? int(q.int64(0)) : 0;
}

StoreResult RecordStore::discardRejected(const QString &changeId, bool *needsResync)
{
    if (needsResync)
        *needsResync = false;
    Transaction tx(m_db);
    Statement find = m_db.prepare(
        u"SELECT o.record_type, o.record_id, r.server_seq IS NULL FROM outbox o LEFT JOIN records r "
        u"ON (r.record_type, r.record_id) = (o.record_type, o.record_id) WHERE o.change_id = ? AND o.state = 'rejected'"_s);
    find.bind(1, changeId);
    if (find.step() != Statement::Step::Row) {
        StoreResult r;
        r.error = StoreError::NotFound;
        return r;
    }
    const QString type = find.text(0);
    const QString id = find.text(1);
    const bool neverOnServer = find.int64(2) != 0;
    Statement del = m_db.prepare(u"DELETE FROM outbox WHERE change_id = ?"_s);
    del.bind(1, changeId);
    if (DbStatus st = del.run(); !st)
        return dbFailure(st);
    Statement others = m_db.prepare(u"SELECT 1 FROM outbox WHERE record_type = ? AND record_id = ? LIMIT 1"_s);
    others.bind(1, type).bind(2, id);
    const bool othersWaiting = others.step() == Statement::Step::Row;
    if (!othersWaiting) {
        Statement drop = m_db.prepare(u"DELETE FROM records WHERE record_type = ? AND record_id = ?"_s);
        drop.bind(1, type).bind(2, id);
        if (DbStatus st = drop.run(); !st)
            return dbFailure(st);
        if (!neverOnServer) {
            Statement reset = m_db.prepare(u"DELETE FROM sync_cursors"_s);
            if (DbStatus st = reset.run(); !st)
                return dbFailure(st);
            if (needsResync)
                *needsResync = true;
        }
    }
    if (DbStatus st = tx.commit(); !st)
        return dbFailure(st);
    return {};
}

} // namespace Pathway
