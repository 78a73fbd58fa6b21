// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sync/syncadapter.h"

#include <QJsonObject>

namespace Pathway {
class RecordStore;
} // namespace Pathway

namespace Pathway::Sync {

/**
 * SyncAdapter over the encrypted store's RecordStore (records, outbox, conflicts, cursors).
 * Each call is one transaction; a pulled page, its conflicts, its cursors and its owner
 * removals commit together or not at all.
 */
class RecordSyncAdapter final : public SyncAdapter
{
public:
    /** @p store is not owned; its database must be open and migrated. */
    explicit RecordSyncAdapter(RecordStore &store);

    QList<Change> pendingChanges(int limit) override;
    int pendingCount() override;
    bool markSent(const QStringList &changeIds) override;
    bool applyPushResults(const QList<PushResult> &results) override;
    QMap<QString, QString> cursors() override;
    PageOutcome applyPullPage(const PullResponse &page) override;
    QStringList removeOwnersWithoutPending(const QStringList &owners) override;
    bool wipe() override;
    QList<ConflictView> conflicts() override;
    int conflictCount() override;
    bool resolveConflict(const QString &conflictId, const QJsonValue &value) override;
    std::optional<RecordSyncState> syncState(const QString &recordType, const QString &recordId) override;
    QDateTime lastSyncedAt() override;
    bool setLastSyncedAt(const QDateTime &when) override;

    RecordStore &recordStore() { return m_store; }
    /** Changes the server refused (kept after their young person left this device, too). */
    QList<Change> rejectedChanges(const QString &ownerId = {});

private:
    bool applyServerConflicts(const PulledRecord &record);
    bool writeForced(const QString &recordType, const QString &recordId, const QString &field, const QJsonValue &value);

    /** Pages of at least this many records mean a large pull (a first sync): see beginBulkPull(). */
    static constexpr int BulkPageSize = 500;
    void beginBulkPull();
    void endBulkPull();

    RecordStore &m_store;
    bool m_bulkPull = false;
    qint64 m_savedCacheSize = 0;
};

} // namespace Pathway::Sync
