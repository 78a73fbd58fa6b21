// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/validation.h"
#include "protocol/protocol.h"
#include "server/serverstore.h"
#include "server/sqlconnection.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Pathway::Server {

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
        bool dirty = false; ///< in m_dirty (a list search per change made a batch quadratic)
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

} // namespace Pathway::Server
