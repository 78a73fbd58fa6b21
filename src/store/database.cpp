// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "database.h"

#include "storelog.h"

#include <sodium.h>
#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

DbError errorFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return DbError::Ok;
    case SQLITE_NOTADB:
        return DbError::WrongKeyOrNotADatabase;
    case SQLITE_CANTOPEN:
        return DbError::CannotOpen;
    case SQLITE_IOERR:
        return DbError::Io;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DbError::Busy;
    case SQLITE_CONSTRAINT:
        return DbError::Constraint;
    case SQLITE_CORRUPT:
        return DbError::Corrupt;
    case SQLITE_FULL:
        return DbError::DiskFull;
    case SQLITE_READONLY:
        return DbError::ReadOnly;
    default:
        return DbError::Other;
    }
}

/**
 * The "x'<64 hex>'" form hands SQLCipher the raw key, so no PBKDF2 runs on open: the key is
 * already random (and Argon2id guards the passphrase that wraps it). Wipe it after use.
 */
QByteArray rawKeySpec(const QByteArray &rawKey32)
{
    QByteArray keySpec(3 + 64, '\0');
    keySpec[0] = 'x';
    keySpec[1] = '\'';
    sodium_bin2hex(keySpec.data() + 2, 65, reinterpret_cast<const unsigned char *>(rawKey32.constData()), 32);
    keySpec[66] = '\'';
    return keySpec;
}

} // namespace

DbStatus DbStatus::fromSqlite(int rc, const QString &message)
{
    return DbStatus {errorFor(rc), rc, message};
}

// ---------------------------------------------------------------- Statement

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(std::exchange(other.m_db, nullptr))
    , m_status(std::move(other.m_status))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
        m_status = std::move(other.m_status);
    }
    return *this;
}

void Statement::noteBind(int rc)
{
    if (rc != SQLITE_OK && m_status.ok())
        m_status = DbStatus::fromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        noteBind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        noteBind(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        // A null QString binds as '' (not NULL): text columns in the store are never NULL by accident.
        noteBind(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                     SQLITE_UTF8));
    }
    return *this;
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    if (m_stmt)
        noteBind(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                     SQLITE_UTF8));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (m_stmt)
        noteBind(sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        noteBind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement::Step Statement::step()
{
    if (!m_stmt) {
        m_status = DbStatus {DbError::NotOpen, SQLITE_MISUSE, u"invalid statement"_s};
        return Step::Error;
    }
    if (!m_status.ok())
        return Step::Error; // a bind failed: do not run with a missing parameter
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    m_status = DbStatus::fromSqlite(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return Step::Error;
}

DbStatus Statement::run()
{
    for (;;) {
        switch (step()) {
        case Step::Row:
            continue;
        case Step::Done:
            return {};
        case Step::Error:
            return m_status;
        }
    }
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_status = {};
}

void Statement::clearBindings()
{
    if (m_stmt)
        sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QString Statement::text(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::blob(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

// ---------------------------------------------------------------- Database

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_status(std::move(other.m_status))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_status = std::move(other.m_status);
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        // sqlite3_close_v2 defers the close until leftover statements are finalized.
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK)
            qCWarning(lcStore) << "closing the database failed with code" << rc;
        m_db = nullptr;
    }
}

DbStatus Database::fail(int rc)
{
    m_status = DbStatus::fromSqlite(rc, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString());
    return m_status;
}

DbStatus Database::open(const QString &path, const QByteArray &rawKey32)
{
    return open(path, rawKey32, Options {});
}

DbStatus Database::open(const QString &path, const QByteArray &rawKey32, const Options &options)
{
    close();
    m_status = {};
    if (!rawKey32.isEmpty() && rawKey32.size() != 32) {
        m_status = DbStatus {DbError::InvalidKey, SQLITE_MISUSE, u"the database key must be 32 bytes"_s};
        return m_status;
    }
    if (options.mode == OpenMode::ExistingOnly && !QFile::exists(path)) {
        m_status = DbStatus {DbError::CannotOpen, SQLITE_CANTOPEN, u"no database file"_s};
        return m_status;
    }
    m_path = path;
    m_legacyHmac = false;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (options.mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray encodedPath = QFile::encodeName(path);
    int rc = openKeyed(encodedPath, flags, rawKey32, options.sha256Hmac);
    if ((rc & 0xff) == SQLITE_NOTADB && options.sha256Hmac && !rawKey32.isEmpty()) {
        // A store made before pages were authenticated with SHA-256, or a wrong key.
        close();
        rc = openKeyed(encodedPath, flags, rawKey32, false);
        m_legacyHmac = rc == SQLITE_OK;
    }
    if (rc != SQLITE_OK) {
        DbStatus status = fail(rc);
        close();
        return status;
    }

    const QString version = cipherVersion();
    if (!version.startsWith(u"4."_s)) {
        close();
        m_status
            = DbStatus {DbError::UnsupportedCipher, SQLITE_ERROR, u"SQLCipher 4.x required, found '%1'"_s.arg(version)};
        return m_status;
    }

    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
    const QString pragmas = u"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                            u"PRAGMA temp_store=MEMORY; PRAGMA cache_size=-%1;"_s.arg(options.cacheSizeKiB);
    DbStatus status = exec(pragmas);
    if (!status) {
        close();
        return status;
    }
    return {};
}

int Database::openKeyed(const QByteArray &encodedPath, int flags, const QByteArray &rawKey32, bool sha256Hmac)
{
    int rc = sqlite3_open_v2(encodedPath.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_extended_result_codes(m_db, 1);
    // SQLCipher would print decryption failures (a wrong key) to stderr; we report codes instead.
    sqlite3_exec(m_db, "PRAGMA cipher_log_level = NONE;", nullptr, nullptr, nullptr);

    if (!rawKey32.isEmpty()) {
        QByteArray keySpec = rawKeySpec(rawKey32);
        rc = sqlite3_key(m_db, keySpec.constData(), int(keySpec.size()));
        sodium_memzero(keySpec.data(), size_t(keySpec.size()));
        if (rc != SQLITE_OK)
            return rc;
        if (sha256Hmac) {
            rc = sqlite3_exec(m_db, "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;", nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK)
                return rc;
        }
    }

    // Verify the key (or that an unkeyed file is a plain database) before anything else.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? rc : sqlite3_extended_errcode(m_db);
}

DbStatus Database::migrateToSha256Hmac(const QByteArray &rawKey32)
{
    if (!m_db || rawKey32.size() != 32)
        return DbStatus {DbError::NotOpen, SQLITE_MISUSE, u"database not open"_s};
    const QString target = m_path + u"-migrating"_s;
    QFile::remove(target); // what an interrupted attempt left
    QByteArray keySpec = rawKeySpec(rawKey32);
    Statement attach = prepare(u"ATTACH DATABASE ? AS migrating KEY ?"_s);
    attach.bind(1, target).bindText(2, keySpec);
    sodium_memzero(keySpec.data(), size_t(keySpec.size()));
    DbStatus st = attach.isValid() ? attach.run() : m_status;
    attach = Statement();
    if (st)
        st = exec(u"PRAGMA migrating.cipher_hmac_algorithm = HMAC_SHA256"_s);
    if (st)
        st = exec(u"SELECT sqlcipher_export('migrating')"_s);
    exec(u"DETACH DATABASE migrating"_s);
    // Every committed page is in the main file before it is replaced (a WAL left beside the new
    // file would be replayed into it).
    if (st)
        st = exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (st)
        st = exec(u"PRAGMA journal_mode = DELETE"_s);
    const QString path = m_path;
    close();
    if (st && QFile::exists(path + u"-wal"_s) && QFileInfo(path + u"-wal"_s).size() > 0)
        st = DbStatus {DbError::Io, SQLITE_IOERR, u"the write-ahead log was not emptied"_s};
    if (st && std::rename(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) != 0)
        st = DbStatus {DbError::Io, SQLITE_IOERR, u"cannot replace the database file"_s};
    if (!st) {
        QFile::remove(target);
        m_status = st;
        return st;
    }
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    return {};
}

DbStatus Database::exec(const QString &sql)
{
    if (!m_db) {
        m_status = DbStatus {DbError::NotOpen, SQLITE_MISUSE, u"database not open"_s};
        return m_status;
    }
    const QByteArray utf8 = sql.toUtf8();
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        m_status
            = DbStatus::fromSqlite(sqlite3_extended_errcode(m_db), QString::fromUtf8(err ? err : sqlite3_errmsg(m_db)));
        sqlite3_free(err);
        return m_status;
    }
    return {};
}

Statement Database::prepare(const QString &sql)
{
    if (!m_db) {
        m_status = DbStatus {DbError::NotOpen, SQLITE_MISUSE, u"database not open"_s};
        return {};
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), 0, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(sqlite3_extended_errcode(m_db));
        qCWarning(lcStore) << "prepare failed:" << m_status.message;
        return {};
    }
    return Statement(stmt, m_db);
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

int Database::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : m_status.sqliteCode;
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_status.message;
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

QString Database::cipherVersion()
{
    Statement st = prepare(u"PRAGMA cipher_version;"_s);
    if (st.step() == Statement::Step::Row)
        return st.text(0);
    return {};
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Database &db)
    : m_db(db)
{
    static std::atomic_int savepointCounter = 0;
    if (m_db.inTransaction()) {
        m_nested = true;
        m_savepoint = u"sp_%1"_s.arg(++savepointCounter);
        m_status = m_db.exec(u"SAVEPOINT "_s + m_savepoint);
    } else {
        m_status = m_db.exec(u"BEGIN IMMEDIATE"_s);
    }
    m_active = m_status.ok();
}

Transaction::~Transaction()
{
    rollback();
}

DbStatus Transaction::commit()
{
    if (!m_active)
        return m_status.ok() ? DbStatus {DbError::Other, 0, u"transaction not active"_s} : m_status;
    m_status = m_db.exec(m_nested ? u"RELEASE "_s + m_savepoint : u"COMMIT"_s);
    if (m_status.ok())
        m_active = false;
    return m_status;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_nested) {
        // Undo the savepoint's work and drop it; the outer transaction continues.
        m_db.exec(u"ROLLBACK TO "_s + m_savepoint + u"; RELEASE "_s + m_savepoint);
    } else if (m_db.inTransaction()) {
        m_db.exec(u"ROLLBACK"_s);
    }
}

} // namespace Pathway
