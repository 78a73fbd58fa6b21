// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/sqlconnection.h"

#include "store/database.h"

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

/** SqlConnection over the store's SQLCipher wrapper (the embedded backend). */
class SqliteConnection final : public SqlConnection
{
public:
    explicit SqliteConnection(Database db)
        : m_db(std::move(db))
    {
    }

    SqlDialect dialect() const override { return SqlDialect::SQLite; }

    SqlError exec(const QString &sql, const QList<SqlValue> &params, SqlRows *out) override
    {
        // Prepared statements are cached per SQL text: a push batch runs the same handful of
        // statements for every change, and parsing them again each time cost more than running them.
        auto found = m_statements.find(sql);
        if (found == m_statements.end()) {
            if (m_statements.size() >= MaxCachedStatements) {
                m_statements.clear(); // dynamic SQL (IN lists) must not grow the cache for ever
            }
            auto prepared = m_db.prepare(sql);
            if (!prepared.isValid()) {
                return fail(m_db.lastStatus());
            }
            found = m_statements.emplace(sql, std::move(prepared)).first;
        }
        Statement &stmt = found->second;
        // Reset on every way out, so no cached statement keeps a read open or old bindings.
        struct ResetOnExit
        {
            Statement &s;
            ~ResetOnExit()
            {
                s.reset();
                s.clearBindings();
            }
        } resetOnExit {stmt};
        for (int i = 0; i < params.size(); ++i) {
            const auto &p = params.at(i);
            if (std::holds_alternative<qint64>(p)) {
                stmt.bind(i + 1, std::get<qint64>(p));
            } else if (std::holds_alternative<QString>(p)) {
                stmt.bind(i + 1, std::get<QString>(p));
            } else {
                stmt.bindNull(i + 1);
            }
        }
        for (;;) {
            const auto step = stmt.step();
            if (step == Statement::Step::Done) {
                break;
            }
            if (step == Statement::Step::Error) {
                return fail(stmt.status());
            }
            if (out) {
                QList<std::optional<QString>> row;
                const int n = stmt.columnCount();
                row.reserve(n);
                for (int c = 0; c < n; ++c) {
                    row.append(stmt.optionalText(c));
                }
                out->rows.append(std::move(row));
            }
        }
        if (out) {
            out->affected = m_db.changes();
        }
        return SqlError::Ok;
    }

    SqlError execScript(const QString &sql) override { return check(m_db.exec(sql)); }
    SqlError begin(bool snapshot) override
    {
        // One connection per process: IMMEDIATE takes the write lock up front; a read-only
        // snapshot only needs a deferred transaction.
        return check(m_db.exec(snapshot ? u"BEGIN DEFERRED"_s : u"BEGIN IMMEDIATE"_s));
    }
    SqlError commit() override { return check(m_db.exec(u"COMMIT"_s)); }
    void rollback() override
    {
        if (m_db.inTransaction()) {
            m_db.exec(u"ROLLBACK"_s);
        }
    }
    QString lastError() const override { return m_lastError; }

private:
    SqlError check(const DbStatus &status) { return status.ok() ? SqlError::Ok : fail(status); }
    SqlError fail(const DbStatus &status)
    {
        m_lastError = status.message;
        switch (status.error) {
        case DbError::Ok:
            return SqlError::Ok;
        case DbError::Constraint:
            return SqlError::UniqueViolation;
        case DbError::Busy:
            return SqlError::Retry;
        default:
            return SqlError::Other;
        }
    }

    static constexpr std::size_t MaxCachedStatements = 128;

    Database m_db;
    QString m_lastError;
    // Declared after m_db: statements are finalized before the database closes.
    std::unordered_map<QString, Statement> m_statements;
};

} // namespace

std::unique_ptr<SqlConnection> openSqlite(const QString &path, const QByteArray &key, QString *error)
{
    Database db;
    // The server's one connection keeps a larger page cache than the app's: every page read from
    // the file is decrypted and checked, so a cache that holds the hot indexes saves that work.
    Database::Options options;
    options.cacheSizeKiB = 64 * 1024;
    const auto status = db.open(path, key, options);
    if (!status.ok()) {
        if (error) {
            *error = status.error == DbError::WrongKeyOrNotADatabase ? u"wrong_key_or_not_a_database"_s
                                                                     : u"cannot_open: "_s + status.message;
        }
        return nullptr;
    }
    // Checkpoint every 16 MiB of WAL rather than 4: pages written by several batches in a row
    // (index pages, the table's last leaf) are copied into the database file once, not each time.
    db.exec(u"PRAGMA wal_autocheckpoint=4000"_s);
    return std::make_unique<SqliteConnection>(std::move(db));
}

} // namespace Pathway::Server
