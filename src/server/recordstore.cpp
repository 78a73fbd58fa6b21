// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "store/recordstore.h"
#include "domain/bodyvalidation.h"
#include "protocol/jsonwriter.h"
#include "server/serverlog.h"
#include "server/serverstore.h"
#include "server/storepool.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(Sync::compactJson(o));
}

/** Field HLCs as stored and sent: the same compact form as the device's store (store/recordstore.h). */
QJsonObject compactFieldHlc(const Sync::RecordState &state)
{
    return Pathway::compactFieldHlc(state.fieldHlc, state.body, state.hlc);
}

void expandFieldHlc(Sync::RecordState &state)
{
    state.fieldHlc = Pathway::expandFieldHlc(state.fieldHlc, state.body, state.hlc);
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const auto recordColumns = u"record_type, record_id, owner_id, authority_id, body, field_hlc, hlc, deleted, "
                           "staff_only, conflict_count, server_seq"_s;

/** A record from a row of recordColumns; `expand` fills in the field HLCs storage leaves out. */
ServerRecord recordFrom(const SqlRows &r, qsizetype i, bool expand = true)
{
    ServerRecord s;
    s.recordType = r.text(i, 0);
    s.recordId = r.text(i, 1);
    s.ownerId = r.text(i, 2);
    s.authorityId = r.text(i, 3);
    s.state.exists = true;
    s.state.body = objectFrom(r.text(i, 4));
    s.state.fieldHlc = objectFrom(r.text(i, 5));
    s.state.hlc = r.text(i, 6);
    if (expand) {
        expandFieldHlc(s.state);
    }
    s.state.deleted = r.int64(i, 7) != 0;
    s.staffOnly = r.int64(i, 8) != 0;
    s.serverSeq = r.int64(i, 10);
    return s;
}

bool loadConflicts(SqlConnection &db, ServerRecord &rec)
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
    return {change.changeId, Sync::PushStatus::Rejected, reason, 0, {}, {}, {}};
}

/** Refused because the record it would make is not valid: "invalid_field", naming the field. */
Sync::PushResult invalidField(const Sync::Change &change, const ValidationError &error)
{
    return {change.changeId,
            Sync::PushStatus::Rejected,
            QString::fromLatin1(Sync::Reason::InvalidField),
            0,
            {},
            error.field,
            error.code};
}

/**
 * Dates a little ahead of the server's clock are still "not in the future": a device's today
 * (in its own time zone, up to 14 hours ahead of UTC) may be the server's tomorrow.
 */
constexpr qint64 FutureDateGraceSecs = 24 * 60 * 60;

/** The first reason `body` is not a valid record of the change's type, if any. */
std::optional<ValidationError> firstInvalid(const Sync::Change &change, const QJsonObject &body, qint64 nowMs)
{
    const auto now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addSecs(FutureDateGraceSecs);
    const auto errors = validateRecordBody(change.recordType, change.recordId, change.ownerId, body, now);
    if (errors.isEmpty()) {
        return std::nullopt;
    }
    return errors.first();
}

/** The key applied_changes keeps a change under: its id within the scope of who sent it. */
QString scopedChangeKey(const QString &scope, const QString &changeId)
{
    return scope + QChar(0x1f) + changeId;
}

/**
 * IN lists and multi-row VALUES come in a few fixed sizes, so both backends reuse prepared
 * statements (SQLite's per-connection cache, PostgreSQL's server-side PREPARE) instead of
 * parsing a new statement text for every batch size.
 */
constexpr std::array<qsizetype, 4> ChunkSizes {64, 16, 4, 1};

/** Calls `fn(offset, count)` over [0, total) in chunks of ChunkSizes; stops at the first false. */
template<typename Fn> bool forChunks(qsizetype total, Fn &&fn)
{
    qsizetype offset = 0;
    for (const qsizetype size : ChunkSizes) {
        while (total - offset >= size) {
            if (!fn(offset, size)) {
                return false;
            }
            offset += size;
        }
    }
    return true;
}

/** `one` repeated `n` times, comma-separated: "?, ?, ?" or "(?, ?), (?, ?)". */
QString repeated(qsizetype n, const QString &one)
{
    QString out;
    out.reserve(n * (one.size() + 2));
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0) {
            out += u", "_s;
        }
        out += one;
    }
    return out;
}

QString recordKey(const QString &recordType, const QString &recordId)
{
    return recordType + QChar(0x1f) + recordId;
}

/** A PostgreSQL array literal of texts, every element quoted: {"a","b \"c\""}. */
QString pgTextArray(const QStringList &items)
{
    QString out;
    out.reserve(items.size() * 40);
    out += u'{';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += u',';
        }
        out += u'"';
        for (const QChar c : items.at(i)) {
            if (c == u'"' || c == u'\\') {
                out += u'\\';
            }
            out += c;
        }
        out += u'"';
    }
    out += u'}';
    return out;
}

bool retryable(SqlError rc)
{
    return rc == SqlError::UniqueViolation || rc == SqlError::Retry || rc == SqlError::ConnectionLost;
}

/**
 * One push batch inside one transaction. Everything a change needs from the database is read
 * up front in a few statements (earlier results, current records, owners' authorities); the
 * changes are then merged in order against that in-memory picture, and the new record
 * versions and the applied-change rows are written at the end with multi-row statements. On
 * PostgreSQL that turns about seven round trips per change into a handful per batch. The rare
 * side tables (conflicts, allocation and young-person projections) are written as each change
 * is applied, so later changes in the same batch read them back as before.
 *
 * A change that is refused writes nothing, so it needs no savepoint. Any SQL failure aborts
 * the whole attempt; the caller retries it, or re-runs the changes one transaction each so a
 * change that keeps failing never blocks the rest.
 */
class BatchApplier
{
public:
    BatchApplier(SqlConnection &db, const ApplyContext &context)
        : m_db(db)
        , m_context(context)
        , m_pg(db.dialect() == SqlDialect::PostgreSQL)
    {
    }

    SqlError prefetch(const QList<Sync::Change> &changes);
    /** Merges one change; new versions get provisional numbers (-1, -2, ...) until number(). */
    SqlError apply(const Sync::Change &change, Sync::PushResult &result);
    /** How many new versions the batch made (server_seq values it needs). */
    qint64 versions() const { return m_versions; }
    /** The new record versions, once numbered. */
    QList<CommittedRecord> committed();
    /** Serialises the new versions (before the counter is locked, to keep that section short). */
    void prepare();
    /** Turns provisional numbers into real ones after `base` (the counter's value). */
    void number(qint64 base, QList<Sync::PushResult> &results);
    SqlError flush();

private:
    /** A record as this batch sees it: as read from the database, then as changed by the batch. */
    struct Entry
    {
        ServerRecord record;
        qint64 conflictCount = 0;
    };
    struct AppliedRow
    {
        Sync::PushResult result;
        QString recordType;
        QString recordId;
    };

    /** Rows for `keys`: SQLite in chunks of an IN list (`%1` in sqliteSql), PostgreSQL with one array parameter. */
    template<typename OnRows>
    SqlError lookup(const QString &sqliteSql,
                    const QString &pgSql,
                    const QList<SqlValue> &leading,
                    const QStringList &keys,
                    OnRows &&onRows);
    SqlError prefetchResults(const QStringList &changeIds);
    SqlError prefetchRecords(const QString &recordType, const QStringList &recordIds);
    SqlError prefetchOwners(const QStringList &ownerIds);
    SqlError staffOnly(const QString &recordType, const QJsonObject &body, bool &out);
    /** What only the server can check of an allocation: its PA, and that no period overlaps another. */
    SqlError checkAllocation(const Sync::Change &change,
                             const ServerRecord *current,
                             const QJsonObject &body,
                             const QString &authorityId,
                             std::optional<ValidationError> &invalid);
    SqlError writeRecords();
    SqlError writeAppliedRows();

    SqlConnection &m_db;
    const ApplyContext &m_context;
    const bool m_pg;
    qint64 m_versions = 0;
    QList<std::pair<QString, QString>> m_texts; ///< body and field_hlc text of each dirty record
    QHash<QString, Sync::PushResult> m_seen; ///< change id -> its result (earlier batches and this one)
    QHash<QString, Entry> m_records; ///< recordKey -> record (absent: no such record)
    QHash<QString, QString> m_ownerAuthority; ///< young person id -> authority ("" = unknown)
    QStringList m_dirty; ///< recordKeys changed by this batch, in order
    QList<AppliedRow> m_applied;
};

SqlError BatchApplier::prefetch(const QList<Sync::Change> &changes)
{
    QStringList changeIds;
    QMap<QString, QStringList> recordIds; // by type
    QStringList owners;
    QSet<QString> seenChange;
    QSet<QString> seenRecord;
    QSet<QString> seenOwner;
    for (const auto &c : changes) {
        if (!seenChange.contains(c.changeId)) {
            seenChange.insert(c.changeId);
            changeIds.append(c.changeId);
        }
        if (const auto key = recordKey(c.recordType, c.recordId); !seenRecord.contains(key)) {
            seenRecord.insert(key);
            recordIds[c.recordType].append(c.recordId);
        }
        if (!c.ownerId.isEmpty() && !seenOwner.contains(c.ownerId)) {
            seenOwner.insert(c.ownerId);
            owners.append(c.ownerId);
        }
    }
    if (auto rc = prefetchResults(changeIds); rc != SqlError::Ok) {
        return rc;
    }
    for (auto it = recordIds.begin(); it != recordIds.end(); ++it) {
        std::sort(it->begin(), it->end()); // one lock order for every batch, see applyBatchOnce
        if (auto rc = prefetchRecords(it.key(), it.value()); rc != SqlError::Ok) {
            return rc;
        }
    }
    return prefetchOwners(owners);
}

template<typename OnRows>
SqlError BatchApplier::lookup(const QString &sqliteSql,
                              const QString &pgSql,
                              const QList<SqlValue> &leading,
                              const QStringList &keys,
                              OnRows &&onRows)
{
    if (keys.isEmpty()) {
        return SqlError::Ok;
    }
    SqlError rc = SqlError::Ok;
    if (m_pg) {
        // One statement with the keys as one array parameter: one round trip per lookup.
        SqlRows r;
        rc = m_db.exec(pgSql, QList<SqlValue>(leading) << pgTextArray(keys), &r);
        if (rc == SqlError::Ok) {
            onRows(r);
        }
        return rc;
    }
    forChunks(keys.size(), [&](qsizetype offset, qsizetype n) {
        QList<SqlValue> params(leading);
        params.reserve(leading.size() + n);
        for (qsizetype i = 0; i < n; ++i) {
            params.append(keys.at(offset + i));
        }
        SqlRows r;
        rc = m_db.exec(sqliteSql.arg(repeated(n, u"?"_s)), params, &r);
        if (rc == SqlError::Ok) {
            onRows(r);
        }
        return rc == SqlError::Ok;
    });
    return rc;
}

SqlError BatchApplier::prefetchResults(const QStringList &changeIds)
{
    // Change ids are recognised only from the same sender: another user re-sending someone's
    // change id gets no answer about it, and their own change is applied (or refused) on its merits.
    QStringList keys;
    keys.reserve(changeIds.size());
    for (const auto &id : changeIds) {
        keys.append(scopedChangeKey(m_context.changeScope, id));
    }
    const qsizetype prefix = m_context.changeScope.size() + 1;
    return lookup(
        u"SELECT change_id, status, server_seq, hlc FROM applied_changes WHERE change_id IN (%1)"_s,
        u"SELECT change_id, status, server_seq, hlc FROM applied_changes WHERE change_id = ANY(?::text[])"_s, {}, keys,
        [this, prefix](const SqlRows &r) {
            for (qsizetype i = 0; i < r.size(); ++i) {
                // Answered before: "duplicate", with the first answer's status as the reason.
                const QString id = r.text(i, 0).mid(prefix);
                m_seen.insert(id, {id, Sync::PushStatus::Duplicate, r.text(i, 1), r.int64(i, 2), r.text(i, 3), {}, {}});
            }
        });
}

SqlError BatchApplier::prefetchRecords(const QString &recordType, const QStringList &recordIds)
{
    // PostgreSQL: one primary-key lookup (and row lock) per id, in the ids' (sorted) order. A
    // plain "record_id = ANY(...)" lets the planner scan every record of the type when its
    // statistics still think the type is rare, as they do while a new authority's first
    // records arrive faster than autovacuum analyses them.
    return lookup(u"SELECT "_s + recordColumns + u" FROM records WHERE record_type = ? AND record_id IN (%1)"_s,
                  u"SELECT r.* FROM unnest(?2::text[]) WITH ORDINALITY AS k(id, n) CROSS JOIN LATERAL (SELECT "_s
                      + recordColumns
                      + u" FROM records WHERE record_type = ?1 AND record_id = k.id LIMIT 1 FOR UPDATE) r "
                        "ORDER BY k.n"_s,
                  {recordType}, recordIds, [this](const SqlRows &r) {
                      for (qsizetype i = 0; i < r.size(); ++i) {
                          Entry e {recordFrom(r, i), r.int64(i, 9)};
                          m_records.insert(recordKey(e.record.recordType, e.record.recordId), std::move(e));
                      }
                  });
}

SqlError BatchApplier::prefetchOwners(const QStringList &ownerIds)
{
    return lookup(u"SELECT id, authority_id FROM young_people WHERE id IN (%1)"_s,
                  u"SELECT id, authority_id FROM young_people WHERE id = ANY(?::text[])"_s, {}, ownerIds,
                  [this](const SqlRows &r) {
                      for (qsizetype i = 0; i < r.size(); ++i) {
                          m_ownerAuthority.insert(r.text(i, 0), r.text(i, 1));
                      }
                  });
}

SqlError BatchApplier::staffOnly(const QString &recordType, const QJsonObject &body, bool &out)
{
    out = false;
    if (recordType == "contact_log"_L1) {
        out = body.value(u"confidential"_s).toBool(false);
        return SqlError::Ok;
    }
    if (recordType != "contact_amendment"_L1) {
        return SqlError::Ok;
    }
    if (body.value(u"changes"_s).toObject().value(u"confidential"_s).toBool(false)) {
        out = true;
        return SqlError::Ok;
    }
    // An amendment is as hidden as the contact log it amends (possibly written earlier in this batch).
    const auto logId = body.value(u"contactLogId"_s).toString();
    if (const auto it = m_records.constFind(recordKey(u"contact_log"_s, logId)); it != m_records.cend()) {
        out = it->record.staffOnly;
        return SqlError::Ok;
    }
    SqlRows r;
    const auto rc = m_db.exec(u"SELECT staff_only FROM records WHERE record_type = 'contact_log' AND record_id = ?"_s,
                              {logId}, &r);
    out = rc == SqlError::Ok && !r.isEmpty() && r.int64(0, 0) != 0;
    return rc;
}

SqlError BatchApplier::checkAllocation(const Sync::Change &change,
                                       const ServerRecord *current,
                                       const QJsonObject &body,
                                       const QString &authorityId,
                                       std::optional<ValidationError> &invalid)
{
    const QString staffId = body.value(u"staffId"_s).toString();
    // A new PA must be a PA of the young person's authority. A period whose PA has since changed
    // role can still be ended, so the check is for a new record or a new staffId only.
    if (!current || current->state.body.value(u"staffId"_s).toString() != staffId) {
        SqlRows r;
        if (auto rc = m_db.exec(u"SELECT authority_id, role FROM staff WHERE id = ?"_s, {staffId}, &r);
            rc != SqlError::Ok) {
            return rc;
        }
        if (r.isEmpty() || r.text(0, 0) != authorityId || r.text(0, 1) != "pa"_L1) {
            invalid = ValidationError {u"not_a_pa"_s, u"staffId"_s};
            return SqlError::Ok;
        }
    }
    // Periods of one young person never overlap (`until` is the last day, inclusive); the
    // projection already holds the earlier changes of this batch.
    const QString from = body.value(u"from"_s).toString();
    const QString until = body.value(u"until"_s).toString();
    SqlRows r;
    if (auto rc = m_db.exec(u"SELECT id FROM allocations WHERE young_person_id = ? AND id <> ? AND deleted = 0 "
                            "AND from_date <= ? AND (until_date IS NULL OR until_date = '' OR until_date >= ?) "
                            "LIMIT 1"_s,
                            {change.ownerId, change.recordId, until.isEmpty() ? u"9999-12-31"_s : until, from}, &r);
        rc != SqlError::Ok) {
        return rc;
    }
    if (!r.isEmpty()) {
        invalid = ValidationError {u"overlap"_s, until.isEmpty() ? u"from"_s : u"until"_s};
    }
    return SqlError::Ok;
}

SqlError BatchApplier::apply(const Sync::Change &change, Sync::PushResult &result)
{
    if (const auto it = m_seen.constFind(change.changeId); it != m_seen.cend()) {
        result = it.value();
        if (result.status != Sync::PushStatus::Duplicate) {
            // Sent twice in this batch: the second copy is a duplicate of the first.
            result = {change.changeId,
                      Sync::PushStatus::Duplicate,
                      Sync::toCode(result.status),
                      result.serverSeq,
                      result.hlc,
                      {},
                      {}};
        }
        return SqlError::Ok;
    }
    const QString key = recordKey(change.recordType, change.recordId);
    const auto found = m_records.constFind(key);
    const Entry *current = found != m_records.cend() ? &found.value() : nullptr;
    // Ownership never changes, and every owned record belongs to a known young person.
    QString authorityId;
    if (current) {
        if (current->record.ownerId != change.ownerId) {
            result = rejected(change, QString::fromLatin1(Sync::Reason::OwnerMismatch));
            return SqlError::Ok;
        }
        authorityId = current->record.authorityId;
    } else if (Sync::isAuthorityWideType(change.recordType)
               || (change.recordType == "young_person"_L1 && change.ownerId == change.recordId)) {
        authorityId = change.fields.value(u"authorityId"_s).toString();
    } else {
        authorityId = m_ownerAuthority.value(change.ownerId);
    }
    if (change.recordType == "young_person"_L1 && change.ownerId != change.recordId) {
        result = rejected(change, QString::fromLatin1(Sync::Reason::OwnerMismatch));
        return SqlError::Ok;
    }
    if (authorityId.isEmpty()) {
        result = rejected(change, QString::fromLatin1(Sync::Reason::UnknownOwner));
        return SqlError::Ok;
    }
    if (m_context.authorize) {
        const QString reason = m_context.authorize(change, current ? &current->record : nullptr);
        if (!reason.isEmpty()) {
            result = rejected(change, reason);
            return SqlError::Ok;
        }
    }
    const auto merged = Sync::mergeChange(current ? current->record.state : Sync::RecordState {}, change);
    if (merged.outcome == Sync::MergeOutcome::Rejected) {
        result = rejected(change, merged.reason);
        return SqlError::Ok;
    }
    if (change.op == Sync::ChangeOp::Upsert) {
        // The record as it would be stored must be valid, and so must the change's own values
        // (one that loses to a newer value, or is kept as a conflict's other text, included).
        std::optional<ValidationError> invalid = firstInvalid(change, merged.state.body, m_context.nowMs);
        if (!invalid && current) {
            QJsonObject asSent = current->record.state.body;
            for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
                asSent.insert(it.key(), it.value());
            }
            if (asSent != merged.state.body) {
                invalid = firstInvalid(change, asSent, m_context.nowMs);
            }
        }
        if (!invalid && change.recordType == "allocation"_L1 && !merged.state.deleted) {
            if (auto rc = checkAllocation(change, current ? &current->record : nullptr, merged.state.body, authorityId,
                                          invalid);
                rc != SqlError::Ok) {
                return rc;
            }
        }
        if (invalid) {
            result = invalidField(change, *invalid);
            return SqlError::Ok;
        }
    }
    qint64 seq = current ? current->record.serverSeq : 0;
    if (merged.changed) {
        // The real number comes from the sequence counter at the end of the batch, see applyBatchOnce.
        seq = -++m_versions; // provisional, see number()
        const qint64 hadConflicts = current ? current->conflictCount : 0;
        // Resolve open conflicts on fields this change rewrote having seen the current version.
        for (auto it = change.fields.begin(); hadConflicts > 0 && it != change.fields.end(); ++it) {
            const auto fieldHlc = current->record.state.fieldHlc.value(it.key()).toString();
            if (!change.baseHlc.isEmpty() && change.baseHlc >= fieldHlc) {
                if (auto rc = m_db.exec(
                        u"UPDATE conflicts SET resolved = 1 WHERE record_type = ? AND record_id = ? AND field = ?"_s,
                        {change.recordType, change.recordId, it.key()});
                    rc != SqlError::Ok) {
                    return rc;
                }
            }
        }
        for (const auto &c : merged.conflicts) {
            const QJsonObject wrapped {{u"v"_s, c.otherValue}};
            if (auto rc
                = m_db.exec(u"INSERT INTO conflicts (id, record_type, record_id, field, other_value, other_hlc, "
                            "change_id, created_at, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"_s,
                            {QUuid::createUuid().toString(QUuid::WithoutBraces), change.recordType, change.recordId,
                             c.field, toJsonText(wrapped), c.otherHlc, change.changeId, m_context.nowMs});
                rc != SqlError::Ok) {
                return rc;
            }
        }
        // Open conflicts: only counted in the table when the record already had some.
        qint64 openConflicts = merged.conflicts.size();
        if (hadConflicts > 0) {
            SqlRows open;
            if (auto rc = m_db.exec(
                    u"SELECT COUNT(*) FROM conflicts WHERE record_type = ? AND record_id = ? AND resolved = 0"_s,
                    {change.recordType, change.recordId}, &open);
                rc != SqlError::Ok) {
                return rc;
            }
            openConflicts = open.isEmpty() ? 0 : open.int64(0, 0);
        }
        bool hidden = false;
        if (auto rc = staffOnly(change.recordType, merged.state.body, hidden); rc != SqlError::Ok) {
            return rc;
        }
        if (!updateProjections(m_db, change, merged.state.body, merged.state.deleted)) {
            return SqlError::Other;
        }
        if (change.recordType == "young_person"_L1) {
            m_ownerAuthority.insert(change.recordId, authorityId);
        }
        Entry &e = m_records[key];
        if (!current) {
            e.record.recordType = change.recordType;
            e.record.recordId = change.recordId;
            e.record.ownerId = change.ownerId;
            e.record.authorityId = authorityId;
        }
        e.record.state = merged.state;
        e.record.staffOnly = hidden;
        e.record.serverSeq = seq;
        e.conflictCount = openConflicts;
        if (!m_dirty.contains(key)) {
            m_dirty.append(key);
        }
    }
    result.changeId = change.changeId;
    result.status
        = merged.outcome == Sync::MergeOutcome::Conflict ? Sync::PushStatus::Conflict : Sync::PushStatus::Applied;
    result.reason = merged.reason;
    result.serverSeq = seq;
    result.hlc = merged.state.hlc;
    m_seen.insert(change.changeId, result);
    m_applied.append({result, change.recordType, change.recordId});
    return SqlError::Ok;
}

void BatchApplier::prepare()
{
    m_texts.clear();
    m_texts.reserve(m_dirty.size());
    for (const auto &key : std::as_const(m_dirty)) {
        const auto &state = m_records[key].record.state;
        m_texts.append({toJsonText(state.body), toJsonText(compactFieldHlc(state))});
    }
}

void BatchApplier::number(qint64 base, QList<Sync::PushResult> &results)
{
    auto real = [base](qint64 seq) {
        return seq < 0 ? base - seq : seq;
    };
    for (const auto &key : std::as_const(m_dirty)) {
        auto &record = m_records[key].record;
        record.serverSeq = real(record.serverSeq);
    }
    for (auto &a : m_applied) {
        a.result.serverSeq = real(a.result.serverSeq);
    }
    for (auto &r : results) {
        r.serverSeq = real(r.serverSeq);
    }
}

QList<CommittedRecord> BatchApplier::committed()
{
    QList<CommittedRecord> out;
    out.reserve(m_dirty.size());
    for (const auto &key : std::as_const(m_dirty)) {
        const auto &r = m_records[key].record;
        out.append({r.authorityId, r.ownerId, r.recordType, r.serverSeq});
    }
    return out;
}

SqlError BatchApplier::flush()
{
    if (auto rc = writeRecords(); rc != SqlError::Ok) {
        return rc;
    }
    return writeAppliedRows();
}

SqlError BatchApplier::writeRecords()
{
    SqlError rc = SqlError::Ok;
    forChunks(m_dirty.size(), [&](qsizetype offset, qsizetype n) {
        QList<SqlValue> params;
        params.reserve(n * 11);
        for (qsizetype i = 0; i < n; ++i) {
            const Entry &e = m_records[m_dirty.at(offset + i)];
            const auto &r = e.record;
            const auto &text = m_texts.at(offset + i);
            params << r.recordType << r.recordId << r.ownerId << r.authorityId << text.first << text.second
                   << r.state.hlc << qint64(r.state.deleted ? 1 : 0) << qint64(r.staffOnly ? 1 : 0) << e.conflictCount
                   << r.serverSeq;
        }
        rc = m_db.exec(u"INSERT INTO records (record_type, record_id, owner_id, authority_id, body, field_hlc, hlc, "
                       "deleted, staff_only, conflict_count, server_seq) VALUES "_s
                           + repeated(n, u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
                           + u" ON CONFLICT (record_type, record_id) DO UPDATE SET owner_id = excluded.owner_id, "
                             "authority_id = excluded.authority_id, body = excluded.body, field_hlc = "
                             "excluded.field_hlc, hlc = excluded.hlc, deleted = excluded.deleted, staff_only = "
                             "excluded.staff_only, conflict_count = excluded.conflict_count, server_seq = "
                             "excluded.server_seq"_s,
                       params);
        return rc == SqlError::Ok;
    });
    return rc;
}

SqlError BatchApplier::writeAppliedRows()
{
    SqlError rc = SqlError::Ok;
    forChunks(m_applied.size(), [&](qsizetype offset, qsizetype n) {
        QList<SqlValue> params;
        params.reserve(n * 8);
        for (qsizetype i = 0; i < n; ++i) {
            const auto &a = m_applied.at(offset + i);
            params << scopedChangeKey(m_context.changeScope, a.result.changeId) << a.recordType << a.recordId
                   << Sync::toCode(a.result.status) << a.result.serverSeq << a.result.hlc << m_context.deviceId
                   << m_context.nowMs;
        }
        rc = m_db.exec(u"INSERT INTO applied_changes (change_id, record_type, record_id, status, server_seq, hlc, "
                       "device_id, received_at) VALUES "_s
                           + repeated(n, u"(?, ?, ?, ?, ?, ?, ?, ?)"_s),
                       params);
        return rc == SqlError::Ok;
    });
    return rc;
}

} // namespace

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
    QList<ServerRecord> rows;
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
            auto rec = recordFrom(r, i, false); // compact field HLCs: they go out as stored
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
