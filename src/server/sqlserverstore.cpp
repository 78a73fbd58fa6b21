// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/serverstore.h"

#include "server/serverlog.h"
#include "server/storepool.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

std::mutex &extensionsMutex()
{
    static std::mutex m;
    return m;
}

QList<SchemaExtension> &extensions()
{
    static QList<SchemaExtension> list;
    return list;
}

// One schema for both engines: TEXT, BIGINT and INTEGER booleans mean the same in each.
const auto schemaSql = uR"SQL(
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS authorities (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS teams (id TEXT PRIMARY KEY, authority_id TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS staff (id TEXT PRIMARY KEY, authority_id TEXT NOT NULL, team_id TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE, role TEXT NOT NULL, active INTEGER NOT NULL, password_hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS young_people (id TEXT PRIMARY KEY, authority_id TEXT NOT NULL, case_ref TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS young_people_case_ref ON young_people (authority_id, case_ref);
CREATE TABLE IF NOT EXISTS allocations (id TEXT PRIMARY KEY, young_person_id TEXT NOT NULL, staff_id TEXT NOT NULL,
    from_date TEXT NOT NULL, until_date TEXT, deleted INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS allocations_staff ON allocations (staff_id);
CREATE INDEX IF NOT EXISTS allocations_young_person ON allocations (young_person_id);
CREATE TABLE IF NOT EXISTS records (record_type TEXT NOT NULL, record_id TEXT NOT NULL, owner_id TEXT NOT NULL,
    authority_id TEXT NOT NULL, body TEXT NOT NULL, field_hlc TEXT NOT NULL, hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL, staff_only INTEGER NOT NULL, conflict_count INTEGER NOT NULL,
    server_seq BIGINT NOT NULL UNIQUE, PRIMARY KEY (record_type, record_id));
CREATE INDEX IF NOT EXISTS records_owner_seq ON records (owner_id, server_seq);
CREATE INDEX IF NOT EXISTS records_authority_seq ON records (authority_id, owner_id, server_seq);
CREATE TABLE IF NOT EXISTS applied_changes (change_id TEXT PRIMARY KEY, record_type TEXT NOT NULL,
    record_id TEXT NOT NULL, status TEXT NOT NULL, server_seq BIGINT NOT NULL, hlc TEXT NOT NULL,
    device_id TEXT NOT NULL, received_at BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS conflicts (id TEXT PRIMARY KEY, record_type TEXT NOT NULL, record_id TEXT NOT NULL,
    field TEXT NOT NULL, other_value TEXT NOT NULL, other_hlc TEXT NOT NULL, change_id TEXT NOT NULL,
    created_at BIGINT NOT NULL, resolved INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS conflicts_record ON conflicts (record_type, record_id);
CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, subject_kind TEXT NOT NULL, subject_id TEXT NOT NULL,
    created_at BIGINT NOT NULL, revoked_at BIGINT);
CREATE TABLE IF NOT EXISTS tokens (token_hash TEXT PRIMARY KEY, session_id TEXT NOT NULL, kind TEXT NOT NULL,
    subject_kind TEXT NOT NULL, subject_id TEXT NOT NULL, device_id TEXT NOT NULL, expires_at BIGINT NOT NULL,
    revoked_at BIGINT, final_push_used INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS tokens_session ON tokens (session_id);
CREATE INDEX IF NOT EXISTS tokens_device ON tokens (device_id);
CREATE TABLE IF NOT EXISTS enrol_codes (code_hash TEXT PRIMARY KEY, young_person_id TEXT NOT NULL,
    created_by TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT);
CREATE TABLE IF NOT EXISTS login_attempts (throttle_key TEXT PRIMARY KEY, failures INTEGER NOT NULL,
    last_failure BIGINT NOT NULL);
INSERT INTO counters (name, value) VALUES ('server_seq', 0) ON CONFLICT (name) DO NOTHING;
)SQL"_s;

StaffAccount staffFrom(const SqlRows &r, qsizetype i)
{
    return {r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.int64(i, 5) != 0, r.text(i, 6)};
}

AllocationRow allocationFrom(const SqlRows &r, qsizetype i)
{
    AllocationRow a {r.text(i, 0), r.text(i, 1), r.text(i, 2), QDate::fromString(r.text(i, 3), Qt::ISODate), {}};
    if (!r.isNull(i, 4) && !r.text(i, 4).isEmpty()) {
        a.until = QDate::fromString(r.text(i, 4), Qt::ISODate);
    }
    return a;
}

const auto staffColumns = u"id, authority_id, team_id, email, role, active, password_hash"_s;
const auto allocationColumns = u"id, young_person_id, staff_id, from_date, until_date"_s;

} // namespace

SqlServerStore::SqlServerStore(Factory factory, int poolSize, int readers)
    : m_factory(std::move(factory))
    , m_poolSize(std::max(1, poolSize))
    , m_readers(std::max(0, readers))
{
}

SqlServerStore::~SqlServerStore()
{
    close();
}

void SqlServerStore::addSchema(const SchemaExtension &extension)
{
    std::lock_guard lock(extensionsMutex());
    extensions().append(extension);
}

namespace {

/**
 * Creates or brings up to date the store's tables, once: the script's digest is kept in the
 * store, so a second instance starting beside a running one (PostgreSQL) finds the schema
 * current and runs no DDL against the first one's traffic. Instances starting at once are
 * serialised by an advisory lock. A changed script (a new version) runs whole, as before.
 */
SqlError applySchema(SqlConnection &db, const QString &script)
{
    const QString digest
        = QString::fromLatin1(QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256).toHex());
    SqlError e = db.begin();
    if (e != SqlError::Ok) {
        return e;
    }
    const auto fail = [&db](SqlError err) {
        db.rollback();
        return err;
    };
    if (db.dialect() == SqlDialect::PostgreSQL
        && (e = db.exec(u"SELECT pg_advisory_xact_lock(7206001)"_s)) != SqlError::Ok) {
        return fail(e);
    }
    if ((e = db.execScript(u"CREATE TABLE IF NOT EXISTS schema_state (id INTEGER PRIMARY KEY, "
                           "script_sha256 TEXT NOT NULL)"_s))
        != SqlError::Ok) {
        return fail(e);
    }
    SqlRows current;
    if ((e = db.exec(u"SELECT script_sha256 FROM schema_state WHERE id = 1"_s, {}, &current)) != SqlError::Ok) {
        return fail(e);
    }
    if (current.isEmpty() || current.text(0, 0) != digest) {
        if ((e = db.execScript(script)) != SqlError::Ok) {
            return fail(e);
        }
        if ((e = db.exec(u"INSERT INTO schema_state (id, script_sha256) VALUES (1, ?) "
                         "ON CONFLICT (id) DO UPDATE SET script_sha256 = excluded.script_sha256"_s,
                         {digest}))
            != SqlError::Ok) {
            return fail(e);
        }
    }
    if ((e = db.commit()) != SqlError::Ok) {
        return fail(e);
    }
    return SqlError::Ok;
}

} // namespace

bool SqlServerStore::open(QString *error)
{
    auto pool = std::make_unique<Pool>();
    for (int i = 0; i < m_poolSize; ++i) {
        auto conn = m_factory(error);
        if (!conn) {
            return false;
        }
        pool->idle.push_back(std::move(conn));
    }
    auto &db = *pool->idle.front();
    m_dialect = db.dialect();
    QString script = schemaSql;
    {
        std::lock_guard lock(extensionsMutex());
        for (const auto &ext : extensions()) {
            script += m_dialect == SqlDialect::PostgreSQL ? ext.postgres : ext.sqlite;
        }
    }
    // A deadlock with another instance's traffic (its DDL waits on their writes) is retried.
    SqlError applied = SqlError::Retry;
    for (int attempt = 0; attempt < 5 && applied == SqlError::Retry; ++attempt) {
        applied = applySchema(db, script);
    }
    if (applied != SqlError::Ok) {
        if (error) {
            *error = u"schema: "_s + db.lastError();
        }
        return false;
    }
    // Read-only connections to the same file, opened after the schema exists. query_only makes
    // a write through one of them fail instead of racing the writer.
    for (int i = 0; m_dialect == SqlDialect::SQLite && i < m_readers; ++i) {
        auto conn = m_factory(error);
        if (!conn || conn->execScript(u"PRAGMA query_only = ON"_s) != SqlError::Ok) {
            return false;
        }
        pool->readers.push_back(std::move(conn));
    }
    pool->hasReaders = !pool->readers.empty();
    m_pool = std::move(pool);
    return true;
}

void SqlServerStore::close()
{
    m_pool.reset();
}

void SqlServerStore::withConnection(const std::function<void(SqlConnection &)> &fn)
{
    Lease lease(*this);
    fn(lease.db());
}

void SqlServerStore::withReadConnection(const std::function<void(SqlConnection &)> &fn)
{
    Lease lease(*this, Access::Read);
    fn(lease.db());
}

SqlRows SqlServerStore::query(const QString &sql, const QList<SqlValue> &params, Access access)
{
    QElapsedTimer timer;
    timer.start();
    SqlRows rows;
    Lease lease(*this, access);
    if (lease.db().exec(sql, params, &rows) != SqlError::Ok) {
        logEvent(LogLevel::Warning, u"store_error"_s, {{u"detail"_s, lease.db().lastError()}});
        rows = {};
    }
    if (m_latencyObserver) {
        m_latencyObserver(timer.nsecsElapsed() / 1e9);
    }
    return rows;
}

StoreStatus SqlServerStore::run(const QString &sql, const QList<SqlValue> &params, qint64 *affected)
{
    QElapsedTimer timer;
    timer.start();
    SqlRows rows;
    Lease lease(*this);
    const auto rc = lease.db().exec(sql, params, &rows);
    if (m_latencyObserver) {
        m_latencyObserver(timer.nsecsElapsed() / 1e9);
    }
    if (affected) {
        *affected = rows.affected;
    }
    if (rc == SqlError::UniqueViolation) {
        return StoreStatus::Conflict;
    }
    if (rc != SqlError::Ok) {
        logEvent(LogLevel::Warning, u"store_error"_s, {{u"detail"_s, lease.db().lastError()}});
        return StoreStatus::Error;
    }
    return StoreStatus::Ok;
}

// --- Directory ---------------------------------------------------------------------------

StoreStatus SqlServerStore::createAuthority(const QString &id, const QString &name)
{
    return run(u"INSERT INTO authorities (id, name) VALUES (?, ?)"_s, {id, name});
}

StoreStatus SqlServerStore::createTeam(const QString &id, const QString &authorityId, const QString &name)
{
    return run(u"INSERT INTO teams (id, authority_id, name) VALUES (?, ?, ?)"_s, {id, authorityId, name});
}

bool SqlServerStore::authorityExists(const QString &id)
{
    return !query(u"SELECT 1 FROM authorities WHERE id = ?"_s, {id}).isEmpty();
}

bool SqlServerStore::teamExists(const QString &id, const QString &authorityId)
{
    return !query(u"SELECT 1 FROM teams WHERE id = ? AND authority_id = ?"_s, {id, authorityId}).isEmpty();
}

StoreStatus SqlServerStore::createStaff(const StaffAccount &a)
{
    return run(u"INSERT INTO staff (id, authority_id, team_id, email, role, active, password_hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
               {a.id, a.authorityId, a.teamId, a.email.toLower(), a.role, qint64(a.active ? 1 : 0), a.passwordHash});
}

StoreStatus SqlServerStore::setStaffPassword(const QString &staffId, const QString &passwordHash)
{
    qint64 n = 0;
    const auto st = run(u"UPDATE staff SET password_hash = ? WHERE id = ?"_s, {passwordHash, staffId}, &n);
    return st == StoreStatus::Ok && n == 0 ? StoreStatus::NotFound : st;
}

std::optional<StaffAccount> SqlServerStore::staffByEmail(const QString &email)
{
    const auto r = query(u"SELECT "_s + staffColumns + u" FROM staff WHERE email = ?"_s, {email.toLower()});
    return r.isEmpty() ? std::nullopt : std::optional(staffFrom(r, 0));
}

std::optional<StaffAccount> SqlServerStore::staffById(const QString &id)
{
    const auto r = query(u"SELECT "_s + staffColumns + u" FROM staff WHERE id = ?"_s, {id});
    return r.isEmpty() ? std::nullopt : std::optional(staffFrom(r, 0));
}

QList<StaffAccount> SqlServerStore::staffOfTeam(const QString &teamId)
{
    const auto r = query(u"SELECT "_s + staffColumns + u" FROM staff WHERE team_id = ? ORDER BY id"_s, {teamId});
    QList<StaffAccount> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.append(staffFrom(r, i));
    }
    return out;
}

std::optional<YoungPersonRef> SqlServerStore::youngPerson(const QString &id)
{
    const auto r = query(u"SELECT id, authority_id, case_ref FROM young_people WHERE id = ?"_s, {id});
    return r.isEmpty() ? std::nullopt : std::optional(YoungPersonRef {r.text(0, 0), r.text(0, 1), r.text(0, 2)});
}

std::optional<YoungPersonRef> SqlServerStore::youngPersonByCaseRef(const QString &authorityId, const QString &caseRef)
{
    const auto r
        = query(u"SELECT id, authority_id, case_ref FROM young_people WHERE authority_id = ? AND case_ref = ?"_s,
                {authorityId, caseRef});
    return r.isEmpty() ? std::nullopt : std::optional(YoungPersonRef {r.text(0, 0), r.text(0, 1), r.text(0, 2)});
}

QList<YoungPersonRef> SqlServerStore::youngPeopleOfAuthority(const QString &authorityId)
{
    const auto r = query(u"SELECT id, authority_id, case_ref FROM young_people WHERE authority_id = ? ORDER BY id"_s,
                         {authorityId});
    QList<YoungPersonRef> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.append({r.text(i, 0), r.text(i, 1), r.text(i, 2)});
    }
    return out;
}

QList<AllocationRow> SqlServerStore::allocationsOfAuthority(const QString &authorityId)
{
    const auto r = query(u"SELECT a.id, a.young_person_id, a.staff_id, a.from_date, a.until_date FROM allocations a "
                         "JOIN young_people y ON y.id = a.young_person_id "
                         "WHERE y.authority_id = ? AND a.deleted = 0 ORDER BY a.id"_s,
                         {authorityId});
    QList<AllocationRow> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.append(allocationFrom(r, i));
    }
    return out;
}

QList<AllocationRow> SqlServerStore::allocationsOfStaff(const QString &staffId)
{
    const auto r = query(u"SELECT "_s + allocationColumns
                             + u" FROM allocations WHERE staff_id = ? AND deleted = 0 ORDER BY id"_s,
                         {staffId});
    QList<AllocationRow> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.append(allocationFrom(r, i));
    }
    return out;
}

QList<AllocationRow> SqlServerStore::allocationsOfYoungPerson(const QString &youngPersonId)
{
    const auto r = query(u"SELECT "_s + allocationColumns
                             + u" FROM allocations WHERE young_person_id = ? AND deleted = 0 ORDER BY id"_s,
                         {youngPersonId});
    QList<AllocationRow> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        out.append(allocationFrom(r, i));
    }
    return out;
}

// --- Devices, tokens, codes, throttling --------------------------------------------------

StoreStatus SqlServerStore::upsertDevice(const DeviceRow &d)
{
    return run(u"INSERT INTO devices (id, subject_kind, subject_id, created_at, revoked_at) VALUES (?, ?, ?, ?, NULL) "
               "ON CONFLICT (id) DO NOTHING"_s,
               {d.id, d.subjectKind, d.subjectId, d.createdAt});
}

std::optional<DeviceRow> SqlServerStore::device(const QString &id)
{
    const auto r
        = query(u"SELECT id, subject_kind, subject_id, created_at, revoked_at FROM devices WHERE id = ?"_s, {id});
    if (r.isEmpty()) {
        return std::nullopt;
    }
    DeviceRow d {r.text(0, 0), r.text(0, 1), r.text(0, 2), r.int64(0, 3), {}};
    if (!r.isNull(0, 4)) {
        d.revokedAt = r.int64(0, 4);
    }
    return d;
}

QList<DeviceRow> SqlServerStore::devices()
{
    const auto r
        = query(u"SELECT id, subject_kind, subject_id, created_at, revoked_at FROM devices ORDER BY created_at"_s, {});
    QList<DeviceRow> out;
    for (qsizetype i = 0; i < r.size(); ++i) {
        DeviceRow d {r.text(i, 0), r.text(i, 1), r.text(i, 2), r.int64(i, 3), {}};
        if (!r.isNull(i, 4)) {
            d.revokedAt = r.int64(i, 4);
        }
        out.append(d);
    }
    return out;
}

StoreStatus SqlServerStore::revokeDevice(const QString &id, qint64 nowMs)
{
    qint64 n = 0;
    auto st = run(u"UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s, {nowMs, id}, &n);
    if (st != StoreStatus::Ok) {
        return st;
    }
    st = run(u"UPDATE tokens SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL"_s, {nowMs, id});
    return st == StoreStatus::Ok && n == 0 && !device(id) ? StoreStatus::NotFound : st;
}

StoreStatus SqlServerStore::insertToken(const TokenRow &t)
{
    return run(u"INSERT INTO tokens (token_hash, session_id, kind, subject_kind, subject_id, device_id, expires_at, "
               "revoked_at, final_push_used) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0)"_s,
               {t.tokenHash, t.sessionId, t.kind, t.subjectKind, t.subjectId, t.deviceId, t.expiresAt});
}

std::optional<TokenRow> SqlServerStore::token(const QString &tokenHash)
{
    const auto r = query(u"SELECT token_hash, session_id, kind, subject_kind, subject_id, device_id, expires_at, "
                         "revoked_at, final_push_used FROM tokens WHERE token_hash = ?"_s,
                         {tokenHash});
    if (r.isEmpty()) {
        return std::nullopt;
    }
    TokenRow t {r.text(0, 0), r.text(0, 1),  r.text(0, 2), r.text(0, 3),      r.text(0, 4),
                r.text(0, 5), r.int64(0, 6), {},           r.int64(0, 8) != 0};
    if (!r.isNull(0, 7)) {
        t.revokedAt = r.int64(0, 7);
    }
    return t;
}

StoreStatus SqlServerStore::revokeSession(const QString &sessionId, qint64 nowMs, bool allowFinalPush)
{
    return run(u"UPDATE tokens SET revoked_at = COALESCE(revoked_at, ?), final_push_used = ? WHERE session_id = ?"_s,
               {nowMs, qint64(allowFinalPush ? 0 : 1), sessionId});
}

StoreStatus SqlServerStore::insertEnrolCode(
    const QString &codeHash, const QString &youngPersonId, const QString &createdBy, qint64 nowMs, qint64 expiresAtMs)
{
    return run(u"INSERT INTO enrol_codes (code_hash, young_person_id, created_by, created_at, expires_at, used_at) "
               "VALUES (?, ?, ?, ?, ?, NULL)"_s,
               {codeHash, youngPersonId, createdBy, nowMs, expiresAtMs});
}

std::optional<QString> SqlServerStore::consumeEnrolCode(const QString &codeHash, qint64 nowMs)
{
    // One UPDATE decides: two devices racing for one code cannot both win.
    const auto r = query(u"UPDATE enrol_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL "
                         "AND expires_at > ? RETURNING young_person_id"_s,
                         {nowMs, codeHash, nowMs}, Access::Write);
    return r.isEmpty() ? std::nullopt : std::optional(r.text(0, 0));
}

std::optional<QString> SqlServerStore::enrolCodeOwner(const QString &codeHash, qint64 nowMs)
{
    const auto r = query(u"SELECT young_person_id FROM enrol_codes WHERE code_hash = ? AND used_at IS NULL "
                         "AND expires_at > ?"_s,
                         {codeHash, nowMs});
    return r.isEmpty() ? std::nullopt : std::optional<QString>(r.text(0, 0));
}

std::pair<int, qint64> SqlServerStore::loginFailures(const QString &key)
{
    const auto r = query(u"SELECT failures, last_failure FROM login_attempts WHERE throttle_key = ?"_s, {key});
    return r.isEmpty() ? std::pair<int, qint64> {0, 0} : std::pair<int, qint64> {int(r.int64(0, 0)), r.int64(0, 1)};
}

void SqlServerStore::recordLoginFailure(const QString &key, qint64 nowMs)
{
    run(u"INSERT INTO login_attempts (throttle_key, failures, last_failure) VALUES (?, 1, ?) "
        "ON CONFLICT (throttle_key) DO UPDATE SET failures = login_attempts.failures + 1, last_failure = excluded.last_failure"_s,
        {key, nowMs});
}

void SqlServerStore::clearLoginFailures(const QString &key)
{
    run(u"DELETE FROM login_attempts WHERE throttle_key = ?"_s, {key});
}

qint64 SqlServerStore::appliedChangeCount()
{
    const auto r = query(u"SELECT COUNT(*) FROM applied_changes"_s, {});
    return r.isEmpty() ? 0 : r.int64(0, 0);
}

} // namespace Pathway::Server
