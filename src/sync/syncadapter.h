// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/protocol.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Pathway::Sync {

/** Sync state of one local record (docs/records-and-changes.md; shown next to each record). */
enum class RecordSyncState
{
    Local, ///< "local": saved on this device, not yet sent
    Sent, ///< "sent": sent, no answer yet
    Synced, ///< "synced": the server has it
    Conflict, ///< "conflict": two edits of a long text clashed; both versions kept
    Rejected, ///< "rejected": the server refused the last change (reason kept)
};
QString toCode(RecordSyncState s);
std::optional<RecordSyncState> recordSyncStateFromCode(const QString &code);

/**
 * One open conflict as the conflict screen shows it, side by side: the text written on this
 * device and the one from elsewhere. The record currently holds the newer of the two (LWW).
 */
struct ConflictView
{
    QString conflictId;
    QString recordType;
    QString recordId;
    QString ownerId;
    QString field;
    QJsonValue localValue;
    QJsonValue remoteValue;
    QString localHlc;
    QString remoteHlc;
};

/** What applying one pulled page did (for progress and tests). */
struct PageOutcome
{
    bool ok = false;
    int applied = 0; ///< records written
    int keptLocal = 0; ///< records whose unsent local fields were kept over the server's
    QStringList ownersRemoved;
    QStringList ownersDeferred; ///< removal waits: changes of theirs are still pending
};

/**
 * The local persistence the sync engine needs: the outbox, per-record sync state, pull
 * cursors, conflicts. Each call is atomic: it commits entirely or not at all.
 */
class SyncAdapter
{
public:
    virtual ~SyncAdapter() = default;

    /** Up to @p limit outbox changes still to push (oldest first; rejected ones excluded). */
    virtual QList<Change> pendingChanges(int limit) = 0;
    /** Number of outbox changes still to push. */
    virtual int pendingCount() = 0;
    /** The pushed changes are on their way: their records show "sent". */
    virtual bool markSent(const QStringList &changeIds) = 0;
    /**
     * Records the server's answers in one transaction: applied/duplicate/conflict leave the
     * outbox; rejected changes stay (not pushed again) and their record shows "rejected".
     */
    virtual bool applyPushResults(const QList<PushResult> &results) = 0;

    /** Stored pull cursors per scope. */
    virtual QMap<QString, QString> cursors() = 0;
    /**
     * Applies one pulled page in ONE transaction: its records (never overwriting fields of a
     * record with unsent changes), their conflicts, the new cursors, and removeOwners for
     * young people with no pending changes. Nothing is written when it fails.
     */
    virtual PageOutcome applyPullPage(const PullResponse &page) = 0;
    /** Drops the records of young people whose removal was deferred and who now have no pending changes. */
    virtual QStringList removeOwnersWithoutPending(const QStringList &owners) = 0;
    /** Erases every record, outbox entry, conflict and cursor (device revoked). */
    virtual bool wipe() = 0;

    virtual QList<ConflictView> conflicts() = 0;
    virtual int conflictCount() = 0;
    /** Closes a conflict by writing @p value as a normal local change of its field. */
    virtual bool resolveConflict(const QString &conflictId, const QJsonValue &value) = 0;

    virtual std::optional<RecordSyncState> syncState(const QString &recordType, const QString &recordId) = 0;
    /** The last-sync time persisted with the cursors, if any. */
    virtual QDateTime lastSyncedAt() = 0;
    virtual bool setLastSyncedAt(const QDateTime &when) = 0;
};

} // namespace Pathway::Sync
