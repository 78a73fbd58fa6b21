// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace Pathway {

/** Error codes of the store's SQLite layer. Never translated text: the UI maps them. */
enum class DbError
{
    Ok,
    WrongKeyOrNotADatabase, ///< SQLITE_NOTADB: wrong key, or not an (encrypted) database at all
    CannotOpen, ///< the file cannot be opened or created
    Io, ///< disk I/O error
    Busy, ///< locked by another connection for longer than busy_timeout
    Constraint, ///< UNIQUE / FOREIGN KEY / CHECK / NOT NULL violation
    Corrupt, ///< the database image is malformed
    DiskFull,
    ReadOnly,
    UnsupportedCipher, ///< the linked library is not SQLCipher 4.x
    NotOpen, ///< the Database object holds no connection
    InvalidKey, ///< a key that is not 32 bytes
    Other,
};

/** The outcome of a database call: an error code, the raw SQLite code and an untranslated message. */
struct DbStatus
{
    DbError error = DbError::Ok;
    int sqliteCode = 0;
    QString message;

    bool ok() const { return error == DbError::Ok; }
    explicit operator bool() const { return ok(); }
    static DbStatus fromSqlite(int rc, const QString &message);
};

class Database;

/** One prepared SQL statement; move-only, finalized on destruction. Bind indexes start at 1. */
class Statement
{
public:
    enum class Step
    {
        Row,
        Done,
        Error
    };

    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    /** Binds a BLOB (use bind(i, QString) for text). */
    Statement &bind(int index, const QByteArray &value);
    /** Binds TEXT given as UTF-8 (e.g. JSON written straight to bytes), without a QString round trip. */
    Statement &bindText(int index, const QByteArray &utf8);
    Statement &bind(int index, std::nullopt_t) { return bindNull(index); }
    Statement &bind(int index, const char *) = delete; // ambiguous: use u"..."_s or QByteArray
    template<typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    Statement &bindNull(int index);

    /** Runs the statement to the next row. On Error, the status is in status(). */
    Step step();
    /** Steps until Done; for statements that return no rows. */
    DbStatus run();
    /** Resets the statement so it can run again; bindings are kept unless clearBindings(). */
    void reset();
    void clearBindings();
    /** The status of the last failed bind() or step(), or Ok. */
    const DbStatus &status() const { return m_status; }

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<QString> optionalText(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db)
        : m_stmt(stmt)
        , m_db(db)
    {
    }
    void noteBind(int rc);

    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    DbStatus m_status;
};

/**
 * One connection to an SQLCipher database: keyed before anything else, checked for
 * SQLCipher 4.x, WAL journal. Move-only; closed on destruction.
 *
 * synchronous=NORMAL (not FULL): in WAL mode NORMAL never corrupts the database and never
 * loses a committed transaction when the process dies (SIGKILL, crash); only an OS crash or
 * power loss can lose the most recent commits, and then whole transactions only. A record
 * row and its outbox change are written in one transaction, so they survive or vanish
 * together, and change ids make re-sending an already acknowledged change harmless (the
 * server answers "duplicate"). FULL would add an fsync per commit for no gain in consistency.
 */
class Database
{
public:
    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly
    };
    struct Options
    {
        OpenMode mode = OpenMode::CreateIfMissing;
        int busyTimeoutMs = 5000;
        int cacheSizeKiB = 8192;
        /**
         * Pages authenticated with HMAC-SHA256 instead of SQLCipher's default HMAC-SHA512: with
         * the SHA extensions most CPUs have, SHA-256 costs far less per page written or read. New
         * files are made so; an existing file is tried with it first and then with SHA-512
         * (legacyHmac() then says so, and migrateToSha256Hmac() rewrites it).
         */
        bool sha256Hmac = false;
    };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens (or creates) the database at @p path with a raw 32-byte key. An empty key opens
     * the file unencrypted: for benchmarks and tests only. The key is given to sqlite3_key
     * before any other statement and checked by reading sqlite_master.
     */
    DbStatus open(const QString &path, const QByteArray &rawKey32);
    DbStatus open(const QString &path, const QByteArray &rawKey32, const Options &options);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    /** Runs one or more SQL statements without parameters (schema, pragmas). */
    DbStatus exec(const QString &sql);
    /** Prepares one statement; on failure the result is invalid and lastStatus() says why. */
    Statement prepare(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    int errorCode() const;
    QString errorMessage() const;
    const DbStatus &lastStatus() const { return m_status; }
    /** True while a transaction is open on this connection. */
    bool inTransaction() const;
    /** The value of PRAGMA cipher_version ("" when not SQLCipher). */
    QString cipherVersion();
    /** Opened with Options::sha256Hmac, but the file authenticates its pages with SHA-512. */
    bool legacyHmac() const { return m_legacyHmac; }
    /**
     * Rewrites a legacyHmac() file with HMAC-SHA256 (sqlcipher_export into a new file that then
     * replaces it) and closes the connection: open it again with Options::sha256Hmac. On failure
     * the old file is left as it was.
     */
    DbStatus migrateToSha256Hmac(const QByteArray &rawKey32);

    sqlite3 *handle() const { return m_db; }

private:
    DbStatus fail(int rc);
    /** Opens the handle, gives it the key (and the HMAC choice) and reads sqlite_master; an SQLite code. */
    int openKeyed(const QByteArray &encodedPath, int flags, const QByteArray &rawKey32, bool sha256Hmac);

    sqlite3 *m_db = nullptr;
    QString m_path;
    DbStatus m_status;
    bool m_legacyHmac = false;
};

/**
 * RAII transaction: BEGIN IMMEDIATE, or a SAVEPOINT when a transaction is already open on
 * the connection (so store calls compose inside a caller's transaction). Rolls back in the
 * destructor unless commit() succeeded.
 */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Whether BEGIN (or SAVEPOINT) succeeded. */
    bool isActive() const { return m_active; }
    const DbStatus &status() const { return m_status; }
    DbStatus commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    bool m_nested = false;
    QString m_savepoint;
    DbStatus m_status;
};

} // namespace Pathway
