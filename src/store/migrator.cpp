// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "migrator.h"

#include "storelog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

// Step 1: records and the outbox of local changes (docs/records-and-changes.md).
const auto schemaV1 = uR"sql(
CREATE TABLE records (
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    owner_id    TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '{}',
    field_hlc   TEXT NOT NULL DEFAULT '{}',
    hlc         TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    sync_state  TEXT NOT NULL DEFAULT 'local'
                CHECK (sync_state IN ('local', 'sent', 'synced', 'conflict', 'rejected')),
    server_seq  INTEGER,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id)
) WITHOUT ROWID;
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id   TEXT NOT NULL UNIQUE,
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    owner_id    TEXT NOT NULL DEFAULT '',
    op          TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    hlc         TEXT NOT NULL,
    base_hlc    TEXT NOT NULL DEFAULT '',
    fields      TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected'))
);
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);
)sql"_s;

// Step 2: indexes for the app's queries: by owner and type, contact time, a record's pending changes.
// Every index is one more encrypted page written per save, so the outbox (small: acknowledged
// changes leave it) has only the one the sync engine needs per record.
const auto schemaV2 = uR"sql(
CREATE INDEX records_owner_type ON records (owner_id, record_type);
CREATE INDEX records_contact_at ON records (owner_id, json_extract(body, '$.at'))
    WHERE record_type = 'contact_log';
CREATE INDEX outbox_record ON outbox (record_type, record_id, state);
)sql"_s;

// Step 3: what sync needs: visible conflicts on free text and pull cursors.
const auto schemaV3 = uR"sql(
CREATE TABLE conflicts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    record_type  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    field        TEXT NOT NULL,
    local_value  TEXT,
    remote_value TEXT,
    local_hlc    TEXT NOT NULL DEFAULT '',
    remote_hlc   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    resolved_at  TEXT,
    resolution   TEXT CHECK (resolution IS NULL OR resolution IN ('local', 'remote', 'merged'))
);
CREATE INDEX conflicts_open ON conflicts (record_type, record_id) WHERE resolved_at IS NULL;
CREATE TABLE sync_cursors (
    scope  TEXT PRIMARY KEY,
    cursor TEXT NOT NULL
);
)sql"_s;

// Step 4: the outbox without AUTOINCREMENT. AUTOINCREMENT rewrote the sqlite_sequence page on
// every save: one more encrypted page per write (of about nine). seq is still increasing while
// changes are pending (a new rowid is one more than the largest in the table); a value can be
// used again only after the change that had it left the outbox, and changes are named by
// change_id, never by seq.
const auto schemaV4 = uR"sql(
CREATE TABLE outbox_v4 (
    seq         INTEGER PRIMARY KEY,
    change_id   TEXT NOT NULL UNIQUE,
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    owner_id    TEXT NOT NULL DEFAULT '',
    op          TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    hlc         TEXT NOT NULL,
    base_hlc    TEXT NOT NULL DEFAULT '',
    fields      TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected'))
);
INSERT INTO outbox_v4 (seq, change_id, record_type, record_id, owner_id, op, hlc, base_hlc, fields, created_at,
                       attempts, last_error, state)
    SELECT seq, change_id, record_type, record_id, owner_id, op, hlc, base_hlc, fields, created_at,
           attempts, last_error, state FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v4 RENAME TO outbox;
CREATE INDEX outbox_record ON outbox (record_type, record_id, state);
)sql"_s;

// Step 5: records as an ordinary (rowid) table. In a WITHOUT ROWID table a row longer than about
// 1000 bytes (a quarter of a page) spills into an overflow page, and a contact log with its
// per-field HLCs is about that long: every save wrote the overflow page too, and every update
// freed one (zeroed under secure_delete). A rowid table keeps rows up to about 4000 bytes in
// the leaf, and new records go to its last leaf, which is usually already cached.
const auto schemaV5 = uR"sql(
CREATE TABLE records_v5 (
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    owner_id    TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '{}',
    field_hlc   TEXT NOT NULL DEFAULT '{}',
    hlc         TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    sync_state  TEXT NOT NULL DEFAULT 'local'
                CHECK (sync_state IN ('local', 'sent', 'synced', 'conflict', 'rejected')),
    server_seq  INTEGER,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id)
);
INSERT INTO records_v5 (record_type, record_id, owner_id, body, field_hlc, hlc, deleted, sync_state, server_seq,
                        updated_at)
    SELECT record_type, record_id, owner_id, body, field_hlc, hlc, deleted, sync_state, server_seq, updated_at
    FROM records ORDER BY updated_at, record_type, record_id;
DROP TABLE records;
ALTER TABLE records_v5 RENAME TO records;
CREATE INDEX records_owner_type ON records (owner_id, record_type);
CREATE INDEX records_contact_at ON records (owner_id, json_extract(body, '$.at'))
    WHERE record_type = 'contact_log';
)sql"_s;

// Step 6: the same tables with their CHECKs on state written as comparisons. SQLite evaluates a
// CHECK "x IN (three or more values)" by building a temporary b-tree of the values for every row
// written (a CHECK cannot reuse it between rows); on a first sync that was a tenth of the time
// spent storing each pulled record.
const auto schemaV6 = uR"sql(
CREATE TABLE records_v6 (
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    owner_id    TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '{}',
    field_hlc   TEXT NOT NULL DEFAULT '{}',
    hlc         TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    sync_state  TEXT NOT NULL DEFAULT 'local'
                CHECK (sync_state = 'local' OR sync_state = 'sent' OR sync_state = 'synced'
                       OR sync_state = 'conflict' OR sync_state = 'rejected'),
    server_seq  INTEGER,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id)
);
INSERT INTO records_v6 (rowid, record_type, record_id, owner_id, body, field_hlc, hlc, deleted, sync_state,
                        server_seq, updated_at)
    SELECT rowid, record_type, record_id, owner_id, body, field_hlc, hlc, deleted, sync_state, server_seq, updated_at
    FROM records ORDER BY rowid;
DROP TABLE records;
ALTER TABLE records_v6 RENAME TO records;
CREATE INDEX records_owner_type ON records (owner_id, record_type);
CREATE INDEX records_contact_at ON records (owner_id, json_extract(body, '$.at'))
    WHERE record_type = 'contact_log';
CREATE TABLE outbox_v6 (
    seq         INTEGER PRIMARY KEY,
    change_id   TEXT NOT NULL UNIQUE,
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    owner_id    TEXT NOT NULL DEFAULT '',
    op          TEXT NOT NULL CHECK (op = 'upsert' OR op = 'delete'),
    hlc         TEXT NOT NULL,
    base_hlc    TEXT NOT NULL DEFAULT '',
    fields      TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state = 'pending' OR state = 'sent' OR state = 'rejected')
);
INSERT INTO outbox_v6 (seq, change_id, record_type, record_id, owner_id, op, hlc, base_hlc, fields, created_at,
                       attempts, last_error, state)
    SELECT seq, change_id, record_type, record_id, owner_id, op, hlc, base_hlc, fields, created_at,
           attempts, last_error, state FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v6 RENAME TO outbox;
CREATE INDEX outbox_record ON outbox (record_type, record_id, state);
)sql"_s;

// Step 7: contact logs leave the owner index. They have their own (records_contact_at, by owner
// and time), so every new contact log wrote two index pages where one will do: about 1.3 of
// the 9 pages a contact log's save wrote (bench_store).
const auto schemaV7 = uR"sql(
DROP INDEX records_owner_type;
CREATE INDEX records_owner_type ON records (owner_id, record_type) WHERE record_type <> 'contact_log';
)sql"_s;

} // namespace

const QList<Migration> &Migrator::storeMigrations()
{
    static const QList<Migration> migrations = {
        {1, u"create_records_and_outbox"_s, schemaV1},
        {2, u"add_record_and_outbox_indexes"_s, schemaV2},
        {3, u"create_conflicts_and_sync_cursors"_s, schemaV3},
        {4, u"outbox_without_autoincrement"_s, schemaV4},
        {5, u"records_as_rowid_table"_s, schemaV5},
        {6, u"state_checks_without_in_lists"_s, schemaV6},
        {7, u"contact_logs_out_of_the_owner_index"_s, schemaV7},
    };
    return migrations;
}

int Migrator::latestVersion()
{
    return storeMigrations().constLast().version;
}

Migrator::Migrator(Database &db, const Clock &clock, QList<Migration> migrations)
    : m_db(db)
    , m_clock(clock)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

DbStatus Migrator::ensureTable()
{
    return m_db.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                     u"version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
}

int Migrator::currentVersion()
{
    Statement q
        = m_db.prepare(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"_s);
    if (q.step() != Statement::Step::Row || q.int64(0) == 0)
        return 0;
    q = m_db.prepare(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s);
    return q.step() == Statement::Step::Row ? int(q.int64(0)) : 0;
}

Migrator::Result Migrator::migrate(int targetVersion)
{
    Result result;
    if (DbStatus st = ensureTable(); !st) {
        result.error = Error::Database;
        result.db = st;
        return result;
    }
    const int known = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    if (targetVersion < 0)
        targetVersion = known;
    result.fromVersion = currentVersion();
    result.toVersion = result.fromVersion;
    if (result.fromVersion > known) {
        qCWarning(lcStore) << "database schema version" << result.fromVersion << "is newer than this build knows ("
                           << known << ")";
        result.error = Error::NewerThanKnown;
        return result;
    }
    for (const Migration &m : std::as_const(m_migrations)) {
        if (m.version <= result.toVersion || m.version > targetVersion)
            continue;
        Transaction tx(m_db);
        DbStatus st = tx.status();
        if (st)
            st = m_db.exec(m.sql);
        if (st) {
            Statement rec
                = m_db.prepare(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s);
            rec.bind(1, m.version).bind(2, m.name).bind(3, m_clock.now().toUTC().toString(Qt::ISODateWithMs));
            st = rec.isValid() ? rec.run() : m_db.lastStatus();
        }
        if (st)
            st = tx.commit();
        if (!st) {
            qCWarning(lcStore) << "migration" << m.version << m.name << "failed:" << st.message;
            result.error = Error::StepFailed;
            result.db = st;
            return result;
        }
        qCDebug(lcStore) << "applied migration" << m.version << m.name;
        result.toVersion = m.version;
    }
    return result;
}

} // namespace Pathway
