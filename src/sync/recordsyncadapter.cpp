// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/recordsyncadapter.h"

#include "domain/record.h"
#include "protocol/jsonwriter.h"
#include "store/recordstore.h"
#include "sync/synclog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Pathway::Sync {

namespace {

const auto LastSyncedKey = u"sync.last_synced_at"_s;

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/** Conflict values are stored the way RecordStore stores them: a one-element JSON array. */
QString valueText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
}

bool run(Statement &s)
{
    if (!s.isValid()) {
        return false;
    }
    const auto st = s.run();
    s.reset();
    if (!st) {
        qCWarning(lcSync) << "store statement failed:" << st.message;
    }
    return st.ok();
}

} // namespace

RecordSyncAdapter::RecordSyncAdapter(RecordStore &store)
    : m_store(store)
{
}

QList<Change> RecordSyncAdapter::pendingChanges(int limit)
{
    QList<Change> out;
    for (const auto &c : m_store.pendingChanges(limit)) {
        Change change;
        change.changeId = c.changeId;
        change.recordType = c.recordType;
        change.recordId = c.recordId;
        change.ownerId = c.ownerId;
        change.op = c.op == "delete"_L1 ? ChangeOp::Delete : ChangeOp::Upsert;
        change.hlc = c.hlc;
        change.baseHlc = c.baseHlc;
        change.fields = c.fields;
        out.append(std::move(change));
    }
    return out;
}

int RecordSyncAdapter::pendingCount()
{
    return m_store.pendingCount();
}

bool RecordSyncAdapter::markSent(const QStringList &changeIds)
{
    return m_store.markSent(changeIds).ok();
}

bool RecordSyncAdapter::applyPushResults(const QList<PushResult> &results)
{
    Transaction tx(m_store.database());
    if (!tx.isActive()) {
        return false;
    }
    for (const auto &r : results) {
        StoreResult res;
        if (r.status == PushStatus::Rejected) {
            res = m_store.markRejected(r.changeId, storedReason(r));
        } else {
            res = m_store.markAcknowledged(r.changeId, r.serverSeq > 0 ? std::optional(r.serverSeq) : std::nullopt);
        }
        if (!res.ok() && res.error != StoreError::NotFound) { // NotFound: acknowledged before
            return false;
        }
    }
    return tx.commit().ok();
}

QMap<QString, QString> RecordSyncAdapter::cursors()
{
    QMap<QString, QString> out;
    for (const auto &[scope, cursor] : m_store.cursors()) {
        out.insert(scope, cursor);
    }
    return out;
}

PageOutcome RecordSyncAdapter::applyPullPage(const PullResponse &page)
{
    PageOutcome outcome;
    Transaction tx(m_store.database());
    if (!tx.isActive()) {
        return outcome;
    }
    Database &db = m_store.database();
    if (!m_bulkPull && page.records.size() >= BulkPageSize) {
        beginBulkPull();
    }
    // Fast path for records new to this device (all of them on a first sync): one reused
    // statement, no merge, and no separate existence probe: the insert does nothing when the
    // record is already here (its unique key), and such records go through
    // RecordStore::applyRemote, which merges per field and never overwrites a field with an
    // unsent local edit. The body goes through the compact JSON writer (not QJsonDocument), and
    // field_hlc is stored compact (compactFieldHlc(): after a first sync, "{}").
    Statement insert = db.prepare(
        u"INSERT INTO records (record_type, record_id, owner_id, body, field_hlc, hlc, deleted, sync_state, "
        "server_seq, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'synced', ?, ?) "
        "ON CONFLICT (record_type, record_id) DO NOTHING"_s);
    if (!insert.isValid()) {
        return outcome;
    }
    insert.bind(9, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray emptyObject = QByteArrayLiteral("{}");
    // The bodies as the page's text held them, when the engine kept them (the same JSON the
    // parsed bodies came from); otherwise each parsed body is written out again.
    const bool haveTexts = page.bodyTexts.size() == page.records.size();
    QString maxHlc;
    for (qsizetype i = 0; i < page.records.size(); ++i) {
        const PulledRecord &rec = page.records.at(i);
        if (rec.recordType.isEmpty() || rec.recordId.isEmpty()) {
            return outcome; // nothing of this page is kept
        }
        const QJsonObject fieldHlc = compactFieldHlc(rec.fieldHlc, rec.body, rec.hlc);
        insert.bind(1, rec.recordType)
            .bind(2, rec.recordId)
            .bind(3, rec.ownerId)
            .bindText(4, haveTexts ? page.bodyTexts.at(i) : compactJson(rec.body))
            .bindText(5, fieldHlc.isEmpty() ? emptyObject : compactJson(fieldHlc))
            .bind(6, rec.hlc)
            .bind(7, rec.deleted)
            .bind(8, rec.serverSeq);
        if (!run(insert)) {
            return outcome;
        }
        if (db.changes() > 0) {
            if (!rec.conflicts.isEmpty() && !applyServerConflicts(rec)) {
                return outcome;
            }
            maxHlc = std::max(maxHlc, rec.hlc);
            ++outcome.applied;
            continue;
        }
        RemoteRecord remote;
        remote.recordType = rec.recordType;
        remote.recordId = rec.recordId;
        remote.ownerId = rec.ownerId;
        remote.body = rec.body;
        remote.fieldHlc = rec.fieldHlc;
        remote.hlc = rec.hlc;
        remote.deleted = rec.deleted;
        remote.serverSeq = rec.serverSeq;
        const bool pending = m_store.hasUnacknowledgedChange(rec.recordType, rec.recordId);
        // A newer remote edit of free text that has an unsent local edit becomes a local conflict row.
        if (m_store.applyRemote(remote) == ApplyOutcome::Failed) {
            return outcome;
        }
        if (pending) {
            ++outcome.keptLocal;
        } else if (!applyServerConflicts(rec)) {
            return outcome;
        }
        ++outcome.applied;
    }
    if (!maxHlc.isEmpty()) {
        m_store.clock().receive(maxHlc); // later local edits order after what was pulled
    }
    if (!m_store.setCursors(page.cursors).ok()) {
        return outcome;
    }
    if (!page.removeOwners.isEmpty()) {
        outcome.ownersRemoved = removeOwnersWithoutPending(page.removeOwners);
        for (const auto &o : page.removeOwners) {
            if (!outcome.ownersRemoved.contains(o)) {
                outcome.ownersDeferred.append(o);
            }
        }
    }
    if (!tx.commit()) {
        outcome.ownersRemoved.clear();
        outcome.ownersDeferred.clear();
        return outcome;
    }
    outcome.ok = true;
    if (m_bulkPull && !page.hasMore) {
        endBulkPull();
    }
    return outcome;
}

void RecordSyncAdapter::beginBulkPull()
{
    // Large pulls (a first sync) insert rows with random ids all over the primary key's b-tree:
    // with the store's usual page cache every insert would re-read and decrypt pages, and with
    // SQLite's usual checkpoint every 1000 WAL pages each page of that index would be copied
    // into the database file (and synced) again after almost every pulled page. Until the last
    // page: a larger cache, and a checkpoint only once the WAL holds 64 MiB. Each page still
    // commits on its own; what is committed is in the WAL (encrypted like the database) and
    // survives a crash the same way.
    Database &db = m_store.database();
    Statement q = db.prepare(u"PRAGMA cache_size"_s);
    m_savedCacheSize = q.step() == Statement::Step::Row ? q.int64(0) : 0;
    db.exec(u"PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384"_s);
    m_bulkPull = true;
}

void RecordSyncAdapter::endBulkPull()
{
    // Back to the usual settings; the WAL is copied into the database and emptied now, so no
    // large WAL file is left behind.
    Database &db = m_store.database();
    db.exec(u"PRAGMA wal_autocheckpoint = 1000; PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (m_savedCacheSize != 0) {
        db.exec(u"PRAGMA cache_size = %1"_s.arg(m_savedCacheSize));
    }
    m_bulkPull = false;
}

bool RecordSyncAdapter::applyServerConflicts(const PulledRecord &rec)
{
    // With nothing pending locally, the server's list of open conflicts is the truth for this record.
    Database &db = m_store.database();
    Statement open = db.prepare(u"SELECT count(*) FROM conflicts WHERE record_type = ? AND record_id = ? "
                                "AND resolved_at IS NULL"_s);
    open.bind(1, rec.recordType).bind(2, rec.recordId);
    const bool hadOpen = open.step() == Statement::Step::Row && open.int64(0) > 0;
    if (!hadOpen && rec.conflicts.isEmpty()) {
        return true;
    }
    Statement clear
        = db.prepare(u"DELETE FROM conflicts WHERE record_type = ? AND record_id = ? AND resolved_at IS NULL"_s);
    clear.bind(1, rec.recordType).bind(2, rec.recordId);
    if (!run(clear)) {
        return false;
    }
    const QString myNode = m_store.clock().nodeId();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Statement add = db.prepare(u"INSERT INTO conflicts (record_type, record_id, field, local_value, remote_value, "
                               "local_hlc, remote_hlc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    int asked = 0;
    for (const auto &c : rec.conflicts) {
        // Tell which side was written here by the node id inside the HLC.
        const auto other = HlcTimestamp::parse(c.otherHlc);
        const bool otherIsMine = other && other->node == myNode;
        const QJsonValue current = rec.body.value(c.field);
        const QString currentHlc = rec.fieldHlc.value(c.field).toString(rec.hlc);
        // Only a party to the conflict settles it: a device that wrote one of the two texts, and
        // never a young person's (their PA settles it; they see the outcome). A manager who never
        // touched the record is not asked.
        const auto currentStamp = HlcTimestamp::parse(currentHlc);
        const bool currentIsMine = currentStamp && currentStamp->node == myNode;
        if (!m_store.settlesConflicts() || (!otherIsMine && !currentIsMine)) {
            continue;
        }
        ++asked;
        add.bind(1, rec.recordType)
            .bind(2, rec.recordId)
            .bind(3, c.field)
            .bind(4, valueText(otherIsMine ? c.otherValue : current))
            .bind(5, valueText(otherIsMine ? current : c.otherValue))
            .bind(6, otherIsMine ? c.otherHlc : currentHlc)
            .bind(7, otherIsMine ? currentHlc : c.otherHlc)
            .bind(8, now);
        if (!run(add)) {
            return false;
        }
    }
    Statement state = db.prepare(u"UPDATE records SET sync_state = ? WHERE record_type = ? AND record_id = ? "
                                 "AND sync_state IN ('synced', 'conflict')"_s);
    state.bind(1, asked == 0 ? u"synced"_s : u"conflict"_s).bind(2, rec.recordType).bind(3, rec.recordId);
    return run(state);
}

QStringList RecordSyncAdapter::removeOwnersWithoutPending(const QStringList &owners)
{
    QStringList removed;
    Database &db = m_store.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return removed;
    }
    Statement count = db.prepare(u"SELECT count(*) FROM outbox WHERE owner_id = ? AND state IN ('pending', 'sent')"_s);
    Statement dropCursor = db.prepare(u"DELETE FROM sync_cursors WHERE scope = ?"_s);
    Statement dropConflicts = db.prepare(u"DELETE FROM conflicts WHERE (record_type, record_id) IN "
                                         "(SELECT record_type, record_id FROM records WHERE owner_id = ?)"_s);
    Statement dropRecords = db.prepare(u"DELETE FROM records WHERE owner_id = ?"_s);
    // Changes the server refused stay (state 'rejected', never pushed): they are this user's own
    // work, and dropping them with the young person's records would lose it silently.
    Statement dropOutbox = db.prepare(u"DELETE FROM outbox WHERE owner_id = ? AND state <> 'rejected'"_s);
    for (const auto &owner : owners) {
        if (owner.isEmpty()) {
            continue;
        }
        count.bind(1, owner);
        const bool pending = count.step() == Statement::Step::Row && count.int64(0) > 0;
        count.reset();
        if (pending) {
            continue; // their changes must be safe on the server first
        }
        dropCursor.bind(1, ownerScope(owner));
        dropConflicts.bind(1, owner);
        dropRecords.bind(1, owner);
        dropOutbox.bind(1, owner);
        if (!run(dropConflicts) || !run(dropRecords) || !run(dropOutbox) || !run(dropCursor)) {
            return {};
        }
        removed.append(owner);
    }
    if (!tx.commit()) {
        return {};
    }
    if (!removed.isEmpty()) {
        qCInfo(lcSync) << "removed the records of" << removed.size() << "young people no longer visible";
    }
    return removed;
}

bool RecordSyncAdapter::wipe()
{
    Database &db = m_store.database();
    {
        Transaction tx(db);
        if (!tx.isActive() || !m_store.wipe().ok() || !db.exec(u"DELETE FROM meta WHERE key <> 'node_id'"_s)
            || !tx.commit()) {
            return false;
        }
    }
    // Rewrite the file so freed pages do not keep the old (encrypted) content.
    db.exec(u"VACUUM"_s);
    return true;
}

QList<ConflictView> RecordSyncAdapter::conflicts()
{
    QList<ConflictView> out;
    for (const auto &c : m_store.openConflicts()) {
        out.append({QString::number(c.id), c.recordType, c.recordId, c.ownerId, c.field, c.localValue, c.remoteValue,
                    c.localHlc, c.remoteHlc});
    }
    return out;
}

int RecordSyncAdapter::conflictCount()
{
    return m_store.openConflictCount();
}

bool RecordSyncAdapter::resolveConflict(const QString &conflictId, const QJsonValue &value)
{
    ConflictView conflict;
    bool found = false;
    for (const auto &c : conflicts()) {
        if (c.conflictId == conflictId) {
            conflict = c;
            found = true;
        }
    }
    if (!found) {
        return false;
    }
    const QString resolution
        = value == conflict.localValue ? u"local"_s : (value == conflict.remoteValue ? u"remote"_s : u"merged"_s);
    Transaction tx(m_store.database());
    if (!tx.isActive()) {
        return false;
    }
    // The choice is always written as a change, even when the record already holds that text:
    // the server closes its conflict only when a change rewrites the field having seen it.
    if (!writeForced(conflict.recordType, conflict.recordId, conflict.field, value)) {
        return false;
    }
    if (!m_store.resolveConflict(conflictId.toLongLong(), resolution).ok()) {
        return false;
    }
    return tx.commit().ok();
}

bool RecordSyncAdapter::writeForced(const QString &recordType,
                                    const QString &recordId,
                                    const QString &field,
                                    const QJsonValue &value)
{
    const auto current = m_store.get(recordType, recordId);
    if (!current) {
        return false;
    }
    if (current->body.value(field) != value) {
        return m_store.saveLocal(recordType, recordId, current->ownerId, QJsonObject {{field, value}}).ok();
    }
    Database &db = m_store.database();
    const QString hlc = m_store.clock().nextString();
    QJsonObject fieldHlc = current->fieldHlc;
    fieldHlc.insert(field, hlc);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Statement up = db.prepare(u"UPDATE records SET field_hlc = ?, hlc = ?, sync_state = 'local', updated_at = ? "
                              "WHERE record_type = ? AND record_id = ?"_s);
    up.bind(1, jsonText(compactFieldHlc(fieldHlc, current->body, hlc)))
        .bind(2, hlc)
        .bind(3, now)
        .bind(4, recordType)
        .bind(5, recordId);
    Statement ob = db.prepare(u"INSERT INTO outbox (change_id, record_type, record_id, owner_id, op, hlc, base_hlc, "
                              "fields, created_at) VALUES (?, ?, ?, ?, 'upsert', ?, ?, ?, ?)"_s);
    ob.bind(1, newId())
        .bind(2, recordType)
        .bind(3, recordId)
        .bind(4, current->ownerId)
        .bind(5, hlc)
        .bind(6, current->hlc)
        .bind(7, jsonText(QJsonObject {{field, value}}))
        .bind(8, now);
    return run(up) && run(ob);
}

QList<Change> RecordSyncAdapter::rejectedChanges(const QString &ownerId)
{
    QList<Change> out;
    Statement q = m_store.database().prepare(
        u"SELECT change_id, record_type, record_id, owner_id, op, hlc, base_hlc, fields FROM outbox "
        "WHERE state = 'rejected' AND (?1 = '' OR owner_id = ?1) ORDER BY seq"_s);
    q.bind(1, ownerId);
    while (q.isValid() && q.step() == Statement::Step::Row) {
        Change c;
        c.changeId = q.text(0);
        c.recordType = q.text(1);
        c.recordId = q.text(2);
        c.ownerId = q.text(3);
        c.op = q.text(4) == "delete"_L1 ? ChangeOp::Delete : ChangeOp::Upsert;
        c.hlc = q.text(5);
        c.baseHlc = q.text(6);
        c.fields = QJsonDocument::fromJson(q.text(7).toUtf8()).object();
        out.append(std::move(c));
    }
    return out;
}

std::optional<RecordSyncState> RecordSyncAdapter::syncState(const QString &recordType, const QString &recordId)
{
    const auto s = m_store.syncState(recordType, recordId);
    return s ? recordSyncStateFromCode(*s) : std::nullopt;
}

QDateTime RecordSyncAdapter::lastSyncedAt()
{
    const auto text = m_store.meta(LastSyncedKey);
    return text ? QDateTime::fromString(*text, Qt::ISODateWithMs) : QDateTime();
}

bool RecordSyncAdapter::setLastSyncedAt(const QDateTime &when)
{
    return m_store.setMeta(LastSyncedKey, when.toUTC().toString(Qt::ISODateWithMs)).ok();
}

} // namespace Pathway::Sync
