// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/batchapplier.h"
#include "domain/bodyvalidation.h"
#include "protocol/jsonwriter.h"
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
        if (!e.dirty) {
            e.dirty = true;
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

} // namespace Pathway::Server
