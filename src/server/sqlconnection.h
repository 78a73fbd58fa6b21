// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace Pathway::Server {

/** A statement parameter: NULL, an integer or text. */
using SqlValue = std::variant<std::monostate, qint64, QString>;

/** Result rows of one statement, every value as text (NULL as nullopt), plus the affected-row count. */
struct SqlRows
{
    QList<QList<std::optional<QString>>> rows;
    qint64 affected = 0;

    qsizetype size() const { return rows.size(); }
    bool isEmpty() const { return rows.isEmpty(); }
    QString text(qsizetype row, int column) const { return rows.at(row).value(column).value_or(QString()); }
    qint64 int64(qsizetype row, int column) const { return text(row, column).toLongLong(); }
    bool isNull(qsizetype row, int column) const { return !rows.at(row).value(column).has_value(); }
};

/** Error classes the store layer reacts to. */
enum class SqlError
{
    Ok,
    UniqueViolation,
    Retry,
    ConnectionLost,
    Other
};

enum class SqlDialect
{
    SQLite,
    PostgreSQL
};

/**
 * One database connection with a tiny uniform API over SQLCipher and libpq, so ServerStore's SQL
 * is written once. Statements use '?' placeholders (rewritten to $n for PostgreSQL) and
 * parameters are always bound, never spliced into SQL. Not thread-safe: one thread at a time.
 */
class SqlConnection
{
public:
    virtual ~SqlConnection() = default;
    virtual SqlDialect dialect() const = 0;
    /** Runs one statement with bound parameters; rows (if any) go to `out`. */
    virtual SqlError exec(const QString &sql, const QList<SqlValue> &params = {}, SqlRows *out = nullptr) = 0;
    /** Runs a script of statements without parameters (schema). */
    virtual SqlError execScript(const QString &sql) = 0;
    /** Starts a transaction; `snapshot` asks for one consistent snapshot for all its reads. */
    virtual SqlError begin(bool snapshot = false) = 0;
    virtual SqlError commit() = 0;
    virtual void rollback() = 0;
    /** The last error's untranslated message, for operators' logs (never contains parameters). */
    virtual QString lastError() const = 0;
};

/** Opens an embedded SQLCipher database with a raw 32-byte key. */
std::unique_ptr<SqlConnection> openSqlite(const QString &path, const QByteArray &key, QString *error);
/** Connects to PostgreSQL with a libpq connection URI. */
std::unique_ptr<SqlConnection> openPostgres(const QString &uri, QString *error);

} // namespace Pathway::Server
