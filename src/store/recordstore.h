// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain/clock.h"
#include "domain/validation.h"
#include "hlc.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Pathway {

/** What a store call can fail with. Codes only; the UI words them. */
enum class StoreError
{
    Ok,
    Invalid, ///< the domain value failed validation (see StoreResult::validation)
    AppendOnly, ///< contact_log / contact_amendment ids can be saved once only
    NotFound,
    BadInput, ///< e.g. an empty id or record type
    Database, ///< SQLite failed (see StoreResult::db)
};

/** The outcome of a write: an error code, validation errors or the SQLite status, and the change made. */
struct StoreResult
{
    StoreError error = StoreError::Ok;
    ValidationErrors validation;
    DbStatus db;
    QString changeId; ///< the outbox change written ("" when nothing changed)
    QString hlc; ///< the record's HLC after the write
    bool ok() const { return error == StoreError::Ok; }
    explicit operator bool() const { return ok(); }
};

/** A local write: create/update fields, or soft-delete. */
enum class WriteOp
{
    Upsert,
    Delete,
    /** An upsert that writes every given field even when its value is unchanged: settling a conflict
       the server holds needs a change that rewrites the field, having seen its current version. */
    Rewrite
};

/**
 * The records table keeps field_hlc compact: a field of the body whose HLC equals the record's
 * HLC has no entry (after a first sync, no field has one), so a pulled record is stored without
 * a copy of its HLC per field. Entries for fields not in the body ("deleted", removed fields)
 * are always kept. compactFieldHlc() and expandFieldHlc() are each other's inverse for any map
 * with an entry for every field of the body, which every writer of the table produces.
 */
QJsonObject compactFieldHlc(const QJsonObject &fieldHlc, const QJsonObject &body, const QString &hlc);
/** The full field -> HLC map of a stored (compact) field_hlc: body fields without an entry take @p hlc. */
QJsonObject expandFieldHlc(QJsonObject stored, const QJsonObject &body, const QString &hlc);

/** One record row as stored locally. */
struct StoredRecord
{
    QString recordType;
    QString recordId;
    QString ownerId;
    QJsonObject body;
    QJsonObject fieldHlc; ///< field -> HLC of its last change (every field of the body has one)
    QString hlc; ///< the greatest field HLC
    bool deleted = false;
    QString syncState; ///< local, sent, synced, conflict, rejected
    std::optional<qint64> serverSeq;
    QString updatedAt;
};

/** One change in the outbox (docs/records-and-changes.md). */
struct OutboxChange
{
    qint64 seq = 0;
    QString changeId;
    QString recordType;
    QString recordId;
    QString ownerId;
    QString op; ///< "upsert" or "delete"
    QString hlc;
    QString baseHlc;
    QJsonObject fields;
    QString createdAt;
    int attempts = 0;
    QString lastError;
    QString state; ///< pending, sent, rejected
    /** The change as it goes on the wire. */
    QJsonObject toJson() const;
};

/** A record as the server sends it, for applyRemote(). */
struct RemoteRecord
{
    QString recordType;
    QString recordId;
    QString ownerId;
    QJsonObject body; ///< the fields the server has (all of them, or those that changed)
    QJsonObject fieldHlc; ///< field -> HLC; a field without one takes the record's hlc
    QString hlc;
    bool deleted = false;
    std::optional<qint64> serverSeq;
};

/** What applyRemote() did. */
enum class ApplyOutcome
{
    Inserted, ///< new locally
    Merged, ///< newer remote fields taken (per field, last writer wins)
    Unchanged, ///< nothing newer in the remote copy
    Conflict, ///< a pending local free-text edit lost to a newer remote one: both kept, conflict row written
    Failed,
};

/** A visible conflict between two versions of a free-text field. */
struct ConflictRow
{
    qint64 id = 0;
    QString recordType;
    QString recordId;
    QString field;
    QJsonValue localValue;
    QJsonValue remoteValue;
    QString localHlc;
    QString remoteHlc;
    QString createdAt;
    QString ownerId;
};

/** One line of a PA's caseload overview. */
struct CaseloadEntry
{
    QString youngPersonId;
    QString displayName;
    std::optional<QDateTime> lastContactAt; ///< last contact log that counts as contact, after its amendments
    int pendingChanges = 0; ///< outbox changes not yet acknowledged by the server
};

/**
 * Generic record persistence with the outbox: every local write stores the record row and its
 * change in one transaction. All calls open their own Transaction, which nests (as a savepoint)
 * inside a caller's, so the sync engine can combine several calls atomically.
 */
class RecordStore
{
public:
    RecordStore(Database &db, const Clock &clock, const QString &nodeId);

    Database &database() { return m_db; }
    HybridLogicalClock &clock() { return m_hlc; }
    /**
     * Whether this device's user settles conflicting texts (staff do; a young person never is asked:
     * their PA settles it and they see the outcome). When false, no conflict is recorded here.
     */
    void setSettlesConflicts(bool settles) { m_settlesConflicts = settles; }
    bool settlesConflicts() const { return m_settlesConflicts; }

    /** True for record types that may be saved once only (contact_log, contact_amendment). */
    static bool isAppendOnly(const QString &recordType);
    /** Free-text fields that keep both versions on a conflict instead of last writer wins. */
    static bool isFreeTextField(const QString &field);

    /**
     * Writes a local change: merges @p fields into the record (a null value removes a field),
     * stamps each changed field with a new HLC, marks the record 'local' and appends the change
     * to the outbox, all in one transaction. Fields equal to the stored ones are left out of
     * the change; an update that changes nothing writes nothing.
     */
    StoreResult saveLocal(const QString &recordType,
                          const QString &recordId,
                          const QString &ownerId,
                          const QJsonObject &fields,
                          WriteOp op = WriteOp::Upsert);

    std::optional<StoredRecord> get(const QString &recordType, const QString &recordId);
    QList<StoredRecord> listByType(const QString &recordType, bool includeDeleted = false);
    QList<StoredRecord> listByOwner(const QString &recordType, const QString &ownerId, bool includeDeleted = false);

    // Outbox
    QList<OutboxChange> pendingChanges(int limit = -1);
    int pendingCount();
    /** Whether the record has a change not yet acknowledged (pending or sent). */
    bool hasUnacknowledgedChange(const QString &recordType, const QString &recordId);
    StoreResult markSent(const QStringList &changeIds);
    /** Puts sent changes back to pending after a failed upload, counting the attempt. */
    StoreResult markFailed(const QStringList &changeIds, const QString &error);
    /** The server accepted the change: it leaves the outbox; the record is 'synced' once nothing else is pending. */
    StoreResult markAcknowledged(const QString &changeId, std::optional<qint64> serverSeq = std::nullopt);
    /** The server refused the change for good (e.g. "append_only", "forbidden"): kept, marked rejected. */
    StoreResult markRejected(const QString &changeId, const QString &reason);
    /** Changes the server refused (kept until the user undoes them), oldest first. */
    QList<OutboxChange> rejectedChanges();
    int rejectedCount();
    /**
     * Undoes a refused change on this device: the change leaves the outbox; a record the server never
     * had is removed; otherwise, when no other change of the record is waiting, the local copy is
     * removed and every pull cursor reset, so the next sync brings the server's version back.
     * `needsResync` in the result says whether that happened.
     */
    StoreResult discardRejected(const QString &changeId, bool *needsResync = nullptr);

    // Sync primitives
    /** Applies a record pulled from the server (see ApplyOutcome). */
    ApplyOutcome applyRemote(const RemoteRecord &remote);
    std::optional<QString> cursor(const QString &scope);
    StoreResult setCursor(const QString &scope, const QString &cursor);
    /** setCursor() for each scope -> cursor, with one statement. */
    StoreResult setCursors(const QMap<QString, QString> &cursors);
    QList<ConflictRow> openConflicts();
    int openConflictCount();
    /** Marks a conflict resolved ("local", "remote" or "merged"); write the chosen text with saveLocal(). */
    StoreResult resolveConflict(qint64 conflictId, const QString &resolution);
    /** Drops an owner's records locally (not a change: e.g. a young person moved off this caseload). */
    StoreResult removeOwnerLocally(const QString &ownerId);
    /** Erases every record, outbox entry, conflict and cursor (device revoked). Not a change. */
    StoreResult wipe();
    /** The record's sync state, if it exists. */
    std::optional<QString> syncState(const QString &recordType, const QString &recordId);
    QList<std::pair<QString, QString>> cursors();
    std::optional<QString> meta(const QString &key);
    StoreResult setMeta(const QString &key, const QString &value);

    /**
     * Per young person (all of them when @p youngPersonIds is empty): last contact, pending changes.
     * A contact log counts as read after its amendments (applyAmendments, ContactLog::countsAsContact).
     */
    QList<CaseloadEntry> caseloadSummary(const QStringList &youngPersonIds = {});

private:
    StoreResult dbFailure(const DbStatus &status);
    QString nowText() const;
    QList<StoredRecord> query(const QString &sql, const QStringList &args);

    Database &m_db;
    const Clock &m_clock;
    HybridLogicalClock m_hlc;
    bool m_settlesConflicts = true;
};

} // namespace Pathway
