// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// SqlServerStore's push (through BatchApplier) and pull.
#include "domain/bodyvalidation.h"
#include "protocol/jsonwriter.h"
#include "server/batchapplier.h"
#include "server/recordrows.h"
#include "server/serverlog.h"
#include "server/serverstore.h"
#include "server/storepool.h"
#include "store/recordstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

using namespace RecordRows;

Sync::PulledRecord ServerRecord::toPulled() const
{
    // On the wire too, a field whose HLC is the record's own has no entry (see compactFieldHlc).
    return {recordType,    recordId,  ownerId,  state.body, state.hlc, compactFieldHlc(state),
            state.deleted, serverSeq, conflicts};
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
    // The whole batch is one transaction: one commit (and one fsync) per batch instead of per
    // change. A unique violation, serialization failure or deadlock means another instance (or
    // connection) raced us: roll the batch back and run it again, the next attempt sees the
    // other side's rows (its changes then answer "duplicate").
    QList<CommittedRecord> committed;
    auto outcome = ApplyOutcome::Retry;
    for (int attempt = 0; attempt < 5 && outcome == ApplyOutcome::Retry; ++attempt) {
        outcome = applyBatchOnce(db, changes, context, false, results, committed);
    }
    if (outcome != ApplyOutcome::Done) {
        // A change failed for a reason other than a race, or still racing after several
        // attempts: one transaction per change, so one change that keeps failing never blocks
        // the rest of the batch.
        results.clear();
        committed.clear();
        for (const auto &change : changes) {
            Sync::PushResult result = rejected(change, u"retry"_s);
            for (int attempt = 0; attempt < 5; ++attempt) {
                QList<Sync::PushResult> one;
                QList<CommittedRecord> made;
                if (applyBatchOnce(db, {change}, context, true, one, made) == ApplyOutcome::Done) {
                    result = one.value(0);
                    committed += made;
                    break;
                }
            }
            results.append(result);
        }
    }
    if (m_latencyObserver) {
        m_latencyObserver(timer.nsecsElapsed() / 1e9);
    }
    if (m_commitObserver && !committed.isEmpty()) {
        m_commitObserver(committed);
    }
    return results;
}

SqlServerStore::ApplyOutcome SqlServerStore::applyBatchOnce(SqlConnection &db,
                                                            const QList<Sync::Change> &changes,
                                                            const ApplyContext &context,
                                                            bool isolated,
                                                            QList<Sync::PushResult> &results,
                                                            QList<CommittedRecord> &committed)
{
    results.clear();
    committed.clear();
    // A failure other than a race: alone in its transaction the change is refused with
    // "server_error" (nothing of it is kept); in a batch, the caller re-runs the changes one by one.
    auto failed = [&](SqlError rc) {
        db.rollback();
        committed.clear();
        if (retryable(rc)) {
            return ApplyOutcome::Retry;
        }
        logEvent(LogLevel::Warning, u"store_error"_s, {{u"detail"_s, db.lastError()}});
        if (!isolated) {
            return ApplyOutcome::Fallback;
        }
        results = {rejected(changes.value(0), u"server_error"_s)};
        return ApplyOutcome::Done;
    };
    if (auto rc = db.begin(); rc != SqlError::Ok) {
        db.rollback();
        return ApplyOutcome::Retry;
    }
    BatchApplier batch(db, context);
    if (auto rc = batch.prefetch(changes); rc != SqlError::Ok) {
        return failed(rc);
    }
    for (const auto &change : changes) {
        Sync::PushResult result;
        if (auto rc = batch.apply(change, result); rc != SqlError::Ok) {
            return failed(rc);
        }
        results.append(result);
    }
    batch.prepare();
    // Serialised sequence allocation, last: the counter row is read (on PostgreSQL locked) only
    // now, and stays locked until the batch's transaction commits, so the next writer (any
    // instance) waits for this batch's numbering: server_seq values become visible strictly in
    // order and a reader's snapshot never holds seq N+1 without N. That makes "everything up
    // to the counter value in my snapshot" a safe pull horizon with no xid bookkeeping. Taking
    // it after the merge work keeps the serialised section to the writes and the commit.
    // (SQLite's BEGIN IMMEDIATE serialises whole writers anyway.) The records this batch reads
    // are locked in one order (type, then id) by every batch, so batches touching the same
    // records wait for each other instead of deadlocking.
    SqlRows counter;
    if (auto rc = db.exec(db.dialect() == SqlDialect::PostgreSQL
                              ? u"SELECT value FROM counters WHERE name = 'server_seq' FOR UPDATE"_s
                              : u"SELECT value FROM counters WHERE name = 'server_seq'"_s,
                          {}, &counter);
        rc != SqlError::Ok || counter.isEmpty()) {
        return failed(rc == SqlError::Ok ? SqlError::Retry : rc);
    }
    const qint64 base = counter.int64(0, 0);
    batch.number(base, results);
    if (auto rc = batch.flush(); rc != SqlError::Ok) {
        return failed(rc);
    }
    if (batch.versions() > 0) {
        if (auto rc = db.exec(u"UPDATE counters SET value = ? WHERE name = 'server_seq'"_s, {base + batch.versions()});
            rc != SqlError::Ok) {
            return failed(rc);
        }
        committed = batch.committed();
        // Other instances hear of the batch on commit (NOTIFY is transactional; batches are
        // serialised by the counter row lock already, so its commit-time lock costs nothing more).
        if (!m_notifyInstance.isEmpty() && db.dialect() == SqlDialect::PostgreSQL) {
            if (auto rc = db.exec(u"SELECT pg_notify(?, ?)"_s,
                                  {QString::fromLatin1(NotifyChannel),
                                   QString::fromUtf8(ChangeFeed::encodeNotice(m_notifyInstance, committed))});
                rc != SqlError::Ok) {
                return failed(rc);
            }
        }
    }
    if (auto rc = db.commit(); rc != SqlError::Ok) {
        return failed(rc);
    }
    return ApplyOutcome::Done;
}

PullPage SqlServerStore::pull(const PullQuery &q)
{
    QElapsedTimer timer;
    timer.start();
    PullPage page;
    Lease lease(*this, Access::Read);
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
    // Two steps. First the page's end: the server_seq of its last row, from the owner and
    // authority indexes alone (each owner's range is read in index order, no record is
    // fetched). Asking for whole rows ordered by server_seq with a LIMIT instead made SQLite
    // fetch and sort every remaining row of the device's scopes for each page: a first sync of
    // N rows in pages of P read about N * N / (2 * P) rows. Then the page's rows themselves,
    // bounded by that end.
    struct Group
    {
        qint64 cursor = 0;
        QStringList owners;
        bool authority = false;
    };
    QList<Group> groups;
    for (auto it = byCursor.begin(); it != byCursor.end(); ++it) {
        Group g {it.key(), it.value(), false};
        g.authority = g.owners.removeAll(QString()) > 0;
        groups.append(std::move(g));
    }
    // The rows of one group's scopes with cursor < server_seq <= upTo: the owners' rows through
    // records_owner_seq, the authority's own (owner_id = '') through records_authority_seq.
    const auto select = [&](const Group &g, const QString &columns, qint64 upTo, qint64 rowLimit, SqlRows &out) {
        QList<std::pair<QString, QList<SqlValue>>> parts;
        if (!g.owners.isEmpty()) {
            QList<SqlValue> owners;
            for (const auto &o : g.owners) {
                owners.append(o);
            }
            parts.append({u"owner_id IN ("_s + QStringList(g.owners.size(), u"?"_s).join(u',') + u')', owners});
        }
        if (g.authority) {
            parts.append({u"owner_id = '' AND authority_id = ?"_s, {q.authorityId}});
        }
        for (auto &[condition, params] : parts) {
            QString sql = u"SELECT "_s + columns + u" FROM records WHERE "_s + condition
                + u" AND server_seq > ? AND server_seq <= ?"_s;
            params.append(g.cursor);
            params.append(upTo);
            if (rowLimit > 0) {
                sql += u" ORDER BY server_seq LIMIT ?"_s;
                params.append(rowLimit);
            }
            SqlRows r;
            if (db.exec(sql, params, &r) != SqlError::Ok) {
                return false;
            }
            out.rows.append(std::move(r.rows));
        }
        return true;
    };
    std::vector<qint64> seqs;
    for (const auto &g : groups) {
        SqlRows r;
        if (!select(g, u"server_seq"_s, horizon, limit + 1, r)) {
            db.rollback();
            return {};
        }
        for (qsizetype i = 0; i < r.size(); ++i) {
            seqs.push_back(r.int64(i, 0));
        }
    }
    std::sort(seqs.begin(), seqs.end());
    qint64 end = horizon;
    if (qsizetype(seqs.size()) > limit) {
        end = seqs.at(std::size_t(limit) - 1);
        page.hasMore = true;
    }
    page.pageEnd = end;
    QList<ServerRecord> rows;
    rows.reserve(qsizetype(std::min<std::size_t>(seqs.size(), std::size_t(limit))));
    for (const auto &g : groups) {
        SqlRows r;
        if (!select(g, recordColumns, end, 0, r)) {
            db.rollback();
            return {};
        }
        for (qsizetype i = 0; i < r.size(); ++i) {
            auto rec = recordFrom(r, i, false); // compact field HLCs: they go out as stored
            if (r.int64(i, 9) > 0) {
                loadConflicts(db, rec);
            }
            rows.append(std::move(rec));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.serverSeq < b.serverSeq; });
    db.commit();
    page.rows = std::move(rows);
    if (m_latencyObserver) {
        m_latencyObserver(timer.nsecsElapsed() / 1e9);
    }
    return page;
}

std::optional<ServerRecord> SqlServerStore::record(const QString &recordType, const QString &recordId)
{
    Lease lease(*this, Access::Read);
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

QList<ServerRecord> SqlServerStore::allRecords()
{
    Lease lease(*this, Access::Read);
    SqlRows r;
    lease.db().exec(u"SELECT "_s + recordColumns + u" FROM records ORDER BY server_seq"_s, {}, &r);
    QList<ServerRecord> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        auto rec = recordFrom(r, i);
        loadConflicts(lease.db(), rec);
        out.append(std::move(rec));
    }
    return out;
}

} // namespace Pathway::Server
