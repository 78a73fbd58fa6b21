#include "server/serverlog.h"
#include "server/serverstore.h"
#include "server/storepool.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const auto recordColumns = u"record_type, record_id, owner_id, authority_id, body, field_hlc, hlc, deleted, "
                           "staff_only, conflict_count, server_seq"_s;

StoredRecord recordFrom(const SqlRows &r, qsizetype i)
{
    StoredRecord s;
    s.recordType = r.text(i, 0);
    s.recordId = r.text(i, 1);
    s.ownerId = r.text(i, 2);
    s.authorityId = r.text(i, 3);
    s.state.exists = true;
    s.state.body = objectFrom(r.text(i, 4));
    s.state.fieldHlc = objectFrom(r.text(i, 5));
    s.state.hlc = r.text(i, 6);
    s.state.deleted = r.int64(i, 7) != 0;
    s.staffOnly = r.int64(i, 8) != 0;
    s.serverSeq = r.int64(i, 10);
    return s;
}

bool loadConflicts(SqlConnection &db, StoredRecord &rec)
{
    SqlRows c;
    if (db.exec(u"SELECT id, field, other_value, other_hlc, change_id FROM conflicts WHERE record_type = ? AND "
                "record_id = ? AND resolved = 0 ORDER BY created_at, id"_s,
                {rec.recordType, rec.recordId}, &c)
        != SqlError::Ok) {
        return false;
    }
    for (qsizetype i = 0; i < c.size(); ++i) {
        const auto wrapped = QJsonDocument::fromJson(c.text(i, 2).toUtf8()).object();
        rec.conflicts.append({c.text(i, 0), c.text(i, 1), wrapped.value(u"v"_s), c.text(i, 3), c.text(i, 4)});
    }
    return true;
}

/** Whether a record is hidden from the young person it belongs to (staff-only). */
bool isStaffOnly(SqlConnection &db, const QString &recordType, const QJsonObject &body)
{
    if (recordType == "contact_log"_L1) {
        return body.value(u"confidential"_s).toBool(false);
    }
    if (recordType == "contact_amendment"_L1) {
        if (body.value(u"changes"_s).toObject().value(u"confidential"_s).toBool(false)) {
            return true;
        }
        SqlRows r;
        db.exec(u"SELECT staff_only FROM records WHERE record_type = 'contact_log' AND record_id = ?"_s,
                {body.value(u"contactLogId"_s).toString()}, &r);
        return !r.isEmpty() && r.int64(0, 0) != 0;
    }
    return false;
}

/** Keeps the server's indexes (young people, allocations, staff roles) in step with records. */
bool updateProjections(SqlConnection &db, const Sync::Change &change, const QJsonObject &body, bool deleted)
{
    if (change.recordType == "young_person"_L1) {
        return db.exec(u"INSERT INTO young_people (id, authority_id, case_ref) VALUES (?, ?, ?) ON CONFLICT (id) "
                       "DO UPDATE SET case_ref = excluded.case_ref"_s,
                       {change.recordId, body.value(u"authorityId"_s).toString(),
                        body.value(u"caseSystemRef"_s).toString()})
            == SqlError::Ok;
    }
    if (change.recordType == "allocation"_L1) {
        const auto until = body.value(u"until"_s).toString();
        return db.exec(u"INSERT INTO allocations (id, young_person_id, staff_id, from_date, until_date, deleted) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET staff_id = excluded.staff_id, "
                       "from_date = excluded.from_date, until_date = excluded.until_date, deleted = excluded.deleted"_s,
                       {change.recordId, change.ownerId, body.value(u"staffId"_s).toString(),
                        body.value(u"from"_s).toString(), until.isEmpty() ? SqlValue {} : SqlValue {until},
                        qint64(deleted ? 1 : 0)})
            == SqlError::Ok;
    }
    if (change.recordType == "staff"_L1) {
        // Team, role and active flag follow the staff record; the login (email, password) does not.
        return db.exec(u"UPDATE staff SET team_id = COALESCE(?, team_id), role = COALESCE(?, role), "
                       "active = COALESCE(?, active) WHERE id = ?"_s,
                       {body.contains(u"teamId"_s) ? SqlValue {body.value(u"teamId"_s).toString()} : SqlValue {},
                        body.contains(u"role"_s) ? SqlValue {body.value(u"role"_s).toString()} : SqlValue {},
                        body.contains(u"active"_s) ? SqlValue {qint64(body.value(u"active"_s).toBool() ? 1 : 0)}
                                                   : SqlValue {},
                        change.recordId})
            == SqlError::Ok;
    }
    return true;
}

Sync::PushResult rejected(const Sync::Change &change, const QString &reason)
{
    return {change.changeId, Sync::PushStatus::Rejected, reason, 0, {}};
}

} // namespace

Sync::PulledRecord StoredRecord::toPulled() const
{
    return {recordType, recordId, ownerId, state.body, state.hlc, state.fieldHlc, state.deleted, serverSeq, conflicts};
}

Sync::PushResult SqlServerStore::applyChange(const Sync::Change &change, const ApplyContext &context)
{
    return applyBatch({change}, context).value(0);
}

QList<Sync::PushResult> SqlServerStore::applyBatch(const QList<Sync::Change> &changes, const ApplyContext &context)
{
    QElapsedTimer timer;
    timer.start();
    QList<Sync::PushResult> results;
    if (changes.isEmpty()) {
        return results;
    }
    Lease lease(*this);
    auto &db = lease.db();
    // The whole batch is one transaction with a savepoint per change: one commit (and one fsync)
    // per batch instead of per change. A unique violation, serialization failure or deadlock
    // means another instance (or connection) raced us: roll the batch back and run it again,
    // the next attempt sees the other side's rows (its changes then answer "duplicate").
    bool done = false;
    for (int attempt = 0; attempt < 5 && !done; ++attempt) {
        done = applyBatchOnce(db, changes, context, results) == ApplyOutcome::Done;
    }
    if (!done) {
        // Still racing after several attempts: fall back to one transaction per change, so one
        // change that keeps failing never blocks the rest of the batch.
        results.clear();
        for (const auto &change : changes) {
            Sync::PushResult result = rejected(change, u"retry"_s);
            for (int attempt = 0; attempt < 5; ++attempt) {
                QList<Sync::PushResult> one;
                if (applyBatchOnce(db, {change}, context, one) == ApplyOutcome::Done) {
                    result = one.value(0);
                    break;
                }
            }
            results.append(result);
        }
    }
    if (m_latencyObserver) {
        m_latencyObserver(timer.nsecsElapsed() / 1e9);
    }
    return results;
}

SqlServerStore::ApplyOutcome SqlServerStore::applyBatchOnce(SqlConnection &db,
                                                            const QList<Sync::Change> &changes,
                                                            const ApplyContext &context,
                                                            QList<Sync::PushResult> &results)
{
    results.clear();
    if (auto rc = db.begin(); rc != SqlError::Ok) {
        db.rollback();
        return ApplyOutcome::Retry;
    }
    // Read (on PostgreSQL: lock) the sequence counter up front, see applyOnce. Push batches then
    // run one at a time per database and always take their locks counter-first, so two instances
    // writing the same records never deadlock (SQLite's BEGIN IMMEDIATE serialises writers
    // already). Numbers are handed out from `lastSeq` and the counter is written once at the end.
    SqlRows counter;
    if (db.exec(db.dialect() == SqlDialect::PostgreSQL
                    ? u"SELECT value FROM counters WHERE name = 'server_seq' FOR UPDATE"_s
                    : u"SELECT value FROM counters WHERE name = 'server_seq'"_s,
                {}, &counter)
            != SqlError::Ok
        || counter.isEmpty()) {
        db.rollback();
        return ApplyOutcome::Retry;
    }
    const qint64 firstSeq = counter.int64(0, 0);
    qint64 lastSeq = firstSeq;
    // SQLite: through exec, so the connection's prepared-statement cache serves them.
    const bool pgDb = db.dialect() == SqlDialect::PostgreSQL;
    auto run = [&](const QString &sql) {
        return pgDb ? db.execScript(sql) : db.exec(sql);
    };
    for (const auto &change : changes) {
        if (run(u"SAVEPOINT change"_s) != SqlError::Ok) {
            db.rollback();
            return ApplyOutcome::Retry;
        }
        Sync::PushResult result;
        const qint64 seqBefore = lastSeq;
        const auto step = applyOnce(db, change, context, result, lastSeq);
        if (step == StepOutcome::Retry) {
            db.rollback();
            return ApplyOutcome::Retry;
        }
        if (step == StepOutcome::Undo) {
            // Undo only this change's writes (and its number); the others in the batch stay and commit.
            lastSeq = seqBefore;
            if (run(u"ROLLBACK TO SAVEPOINT change"_s) != SqlError::Ok) {
                db.rollback();
                return ApplyOutcome::Retry;
            }
        }
        if (run(u"RELEASE SAVEPOINT change"_s) != SqlError::Ok) {
            db.rollback();
            return ApplyOutcome::Retry;
        }
        results.append(result);
    }
    if (lastSeq != firstSeq
        && db.exec(u"UPDATE counters SET value = ? WHERE name = 'server_seq'"_s, {lastSeq}) != SqlError::Ok) {
        db.rollback();
        return ApplyOutcome::Retry;
    }
    if (auto rc = db.commit(); rc != SqlError::Ok) {
        db.rollback();
        if (rc != SqlError::UniqueViolation && rc != SqlError::Retry && rc != SqlError::ConnectionLost) {
            logEvent(LogLevel::Warning, u"store_error"_s, {{u"detail"_s, db.lastError()}});
        }
        return ApplyOutcome::Retry;
    }
    return ApplyOutcome::Done;
}

SqlServerStore::StepOutcome SqlServerStore::applyOnce(SqlConnection &db,
                                                      const Sync::Change &change,
                                                      const ApplyContext &context,
                                                      Sync::PushResult &result,
                                                      qint64 &lastSeq)
{
    const bool pg = db.dialect() == SqlDialect::PostgreSQL;
    // Runs inside the batch transaction, under a savepoint the caller releases or rolls back to.
    auto abort = [&](SqlError rc) {
        if (rc == SqlError::UniqueViolation || rc == SqlError::Retry || rc == SqlError::ConnectionLost) {
            return StepOutcome::Retry;
        }
        logEvent(LogLevel::Warning, u"store_error"_s, {{u"detail"_s, db.lastError()}});
        result = rejected(change, u"server_error"_s);
        return StepOutcome::Undo;
    };
    SqlRows dup;
    if (auto rc = db.exec(u"SELECT status, server_seq, hlc FROM applied_changes WHERE change_id = ?"_s,
                          {change.changeId}, &dup);
        rc != SqlError::Ok) {
        return abort(rc);
    }
    if (!dup.isEmpty()) {
        result = {change.changeId, Sync::PushStatus::Duplicate, dup.text(0, 0), dup.int64(0, 1), dup.text(0, 2)};
        return StepOutcome::Undo;
    }
    SqlRows cur;
    if (auto rc = db.exec(u"SELECT "_s + recordColumns + u" FROM records WHERE record_type = ? AND record_id = ?"_s
                              + (pg ? u" FOR UPDATE"_s : QString()),
                          {change.recordType, change.recordId}, &cur);
        rc != SqlError::Ok) {
        return abort(rc);
    }
    std::optional<StoredRecord> current;
    if (!cur.isEmpty()) {
        current = recordFrom(cur, 0);
    }
    // Ownership never changes, and every owned record belongs to a known young person.
    QString authorityId;
    if (current) {
        if (current->ownerId != change.ownerId) {
            result = rejected(change, QString::fromLatin1(Sync::Reason::OwnerMismatch));
            return StepOutcome::Undo;
        }
        authorityId = current->authorityId;
    } else if (Sync::isAuthorityWideType(change.recordType)
               || (change.recordType == "young_person"_L1 && change.ownerId == change.recordId)) {
        authorityId = change.fields.value(u"authorityId"_s).toString();
    } else {
        SqlRows yp;
        db.exec(u"SELECT authority_id FROM young_people WHERE id = ?"_s, {change.ownerId}, &yp);
        authorityId = yp.isEmpty() ? QString() : yp.text(0, 0);
    }
    if (change.recordType == "young_person"_L1 && change.ownerId != change.recordId) {
        result = rejected(change, QString::fromLatin1(Sync::Reason::OwnerMismatch));
        return StepOutcome::Undo;
    }
    if (authorityId.isEmpty()) {
        result = rejected(change, QString::fromLatin1(Sync::Reason::UnknownOwner));
        return StepOutcome::Undo;
    }
    if (context.authorize) {
        const QString reason = context.authorize(change, current ? &*current : nullptr);
        if (!reason.isEmpty()) {
            result = rejected(change, reason);
            return StepOutcome::Undo;
        }
    }
    const auto merged = Sync::mergeChange(current ? current->state : Sync::RecordState {}, change);
    if (merged.outcome == Sync::MergeOutcome::Rejected) {
        result = rejected(change, merged.reason);
        return StepOutcome::Undo;
    }
    qint64 seq = current ? current->serverSeq : 0;
    if (merged.changed) {
        // Serialised sequence allocation. The counter row is read (on PostgreSQL locked) at the
        // start of the push batch and stays locked until the batch's transaction commits, so the
        // next writer (any instance) waits for the whole batch: server_seq values become visible
        // strictly in order and a reader's snapshot never holds seq N+1 without N. That makes
        // "everything up to the counter value in my snapshot" a safe pull horizon with no xid
        // bookkeeping. The price is one batch commit at a time per database, which is far above
        // what an authority's devices produce. (SQLite has one writer anyway.)
        seq = ++lastSeq;
        // Resolve open conflicts on fields this change rewrote having seen the current version.
        const bool hadConflicts = current && cur.int64(0, 9) > 0;
        for (auto it = change.fields.begin(); hadConflicts && it != change.fields.end(); ++it) {
            const auto fieldHlc = current ? current->state.fieldHlc.value(it.key()).toString() : QString();
            if (current && !change.baseHlc.isEmpty() && change.baseHlc >= fieldHlc) {
                db.exec(u"UPDATE conflicts SET resolved = 1 WHERE record_type = ? AND record_id = ? AND field = ?"_s,
                        {change.recordType, change.recordId, it.key()});
            }
        }
        for (const auto &c : merged.conflicts) {
            const QJsonObject wrapped {{u"v"_s, c.otherValue}};
            if (auto rc
                = db.exec(u"INSERT INTO conflicts (id, record_type, record_id, field, other_value, other_hlc, "
                          "change_id, created_at, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"_s,
                          {QUuid::createUuid().toString(QUuid::WithoutBraces), change.recordType, change.recordId,
                           c.field, toJsonText(wrapped), c.otherHlc, change.changeId, context.nowMs});
                rc != SqlError::Ok) {
                return abort(rc);
            }
        }
        // Open conflicts: only counted in the table when the record already had some (the usual
        // new or conflict-free record saves a statement per change).
        qint64 openConflicts = merged.conflicts.size();
        if (hadConflicts) {
            SqlRows open;
            db.exec(u"SELECT COUNT(*) FROM conflicts WHERE record_type = ? AND record_id = ? AND resolved = 0"_s,
                    {change.recordType, change.recordId}, &open);
            openConflicts = open.isEmpty() ? 0 : open.int64(0, 0);
        }
        const bool staffOnly = isStaffOnly(db, change.recordType, merged.state.body);
        const QList<SqlValue> values {change.recordType,
                                      change.recordId,
                                      change.ownerId,
                                      authorityId,
                                      toJsonText(merged.state.body),
                                      toJsonText(merged.state.fieldHlc),
                                      merged.state.hlc,
                                      qint64(merged.state.deleted ? 1 : 0),
                                      qint64(staffOnly ? 1 : 0),
                                      openConflicts,
                                      seq};
        const auto sql = current ? u"UPDATE records SET owner_id = ?3, authority_id = ?4, body = ?5, field_hlc = ?6, "
                                   "hlc = ?7, deleted = ?8, staff_only = ?9, conflict_count = ?10, server_seq = ?11 "
                                   "WHERE record_type = ?1 AND record_id = ?2"_s
                                 : u"INSERT INTO records (record_type, record_id, owner_id, authority_id, body, "
                                   "field_hlc, hlc, deleted, staff_only, conflict_count, server_seq) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"_s;
        if (auto rc = db.exec(sql, values); rc != SqlError::Ok) {
            return abort(rc);
        }
        if (!updateProjections(db, change, merged.state.body, merged.state.deleted)) {
            return abort(SqlError::Other);
        }
    }
    result.changeId = change.changeId;
    result.status
        = merged.outcome == Sync::MergeOutcome::Conflict ? Sync::PushStatus::Conflict : Sync::PushStatus::Applied;
    result.reason = merged.reason;
    result.serverSeq = seq;
    result.hlc = merged.state.hlc;
    if (auto rc = db.exec(u"INSERT INTO applied_changes (change_id, record_type, record_id, status, server_seq, hlc, "
                          "device_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {change.changeId, change.recordType, change.recordId, Sync::toCode(result.status), seq,
                           result.hlc, context.deviceId, context.nowMs});
        rc != SqlError::Ok) {
        return abort(rc);
    }
    return StepOutcome::Keep;
}

PullPage SqlServerStore::pull(const PullQuery &q)
{
    QElapsedTimer timer;
    timer.start();
    PullPage page;
    Lease lease(*this);
    auto &db = lease.db();
    if (db.begin(true) != SqlError::Ok) {
        return page;
    }
    SqlRows h;
    db.exec(u"SELECT value FROM counters WHERE name = 'server_seq'"_s, {}, &h);
    const qint64 horizon = h.isEmpty() ? 0 : h.int64(0, 0);
    // Scopes that share a cursor value (the usual case after the first sync) share one query.
    QMap<qint64, QStringList> byCursor;
    for (auto it = q.ownerCursors.begin(); it != q.ownerCursors.end(); ++it) {
        byCursor[it.value()].append(it.key());
    }
    const int limit = std::clamp(q.limit, 1, Sync::MaxPullLimit);
    QList<StoredRecord> rows;
    for (auto it = byCursor.begin(); it != byCursor.end(); ++it) {
        QStringList owners = it.value();
        const bool authority = owners.removeAll(QString()) > 0;
        QList<SqlValue> params {it.key(), horizon};
        QStringList conds;
        if (!owners.isEmpty()) {
            QStringList marks;
            for (const auto &o : owners) {
                marks.append(u"?"_s);
                params.append(o);
            }
            conds.append(u"owner_id IN ("_s + marks.join(u',') + u')');
        }
        if (authority) {
            conds.append(u"(owner_id = '' AND authority_id = ?)"_s);
            params.append(q.authorityId);
        }
        params.append(qint64(limit + 1));
        SqlRows r;
        if (db.exec(u"SELECT "_s + recordColumns + u" FROM records WHERE server_seq > ? AND server_seq <= ? AND ("_s
                        + conds.join(u" OR "_s) + u") ORDER BY server_seq LIMIT ?"_s,
                    params, &r)
            != SqlError::Ok) {
            db.rollback();
            return {};
        }
        for (qsizetype i = 0; i < r.size(); ++i) {
            auto rec = recordFrom(r, i);
            if (r.int64(i, 9) > 0) {
                loadConflicts(db, rec);
            }
            rows.append(std::move(rec));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.serverSeq < b.serverSeq; });
    if (rows.size() > limit) {
        rows.resize(limit);
        page.hasMore = true;
        page.pageEnd = rows.constLast().serverSeq;
    } else {
        page.pageEnd = horizon;
    }
    db.commit();
    page.rows = std::move(rows);
    if (m_latencyObserver) {
        m_latencyObserver(timer.nsecsElapsed() / 1e9);
    }
    return page;
}

std::optional<StoredRecord> SqlServerStore::record(const QString &recordType, const QString &recordId)
{
    Lease lease(*this);
    SqlRows r;
    lease.db().exec(u"SELECT "_s + recordColumns + u" FROM records WHERE record_type = ? AND record_id = ?"_s,
                    {recordType, recordId}, &r);
    if (r.isEmpty()) {
        return std::nullopt;
    }
    auto rec = recordFrom(r, 0);
    loadConflicts(lease.db(), rec);
    return rec;
}

QList<StoredRecord> SqlServerStore::allRecords()
{
    Lease lease(*this);
    SqlRows r;
    lease.db().exec(u"SELECT "_s + recordColumns + u" FROM records ORDER BY server_seq"_s, {}, &r);
    QList<StoredRecord> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        auto rec = recordFrom(r, i);
        loadConflicts(lease.db(), rec);
        out.append(std::move(rec));
    }
    return out;
}

} // namespace Pathway::Server
