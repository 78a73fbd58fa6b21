// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/sqlconnection.h"

#include <libpq-fe.h>

#include <QByteArray>
#include <QHash>

#include <vector>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

/** Rewrites '?' to $1, $2, ... and '?N' to $N (our SQL never has '?' inside literals). */
QByteArray toPgPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c != u'?') {
            out += c;
        } else if (i + 1 < sql.size() && sql.at(i + 1).isDigit()) {
            out += u'$';
        } else {
            out += u'$' + QString::number(++n);
        }
    }
    return out.toUtf8();
}

/** SqlConnection over libpq (the scale-out backend). */
class PgConnection final : public SqlConnection
{
public:
    explicit PgConnection(PGconn *conn)
        : m_conn(conn)
    {
    }
    ~PgConnection() override { PQfinish(m_conn); }
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    SqlDialect dialect() const override { return SqlDialect::PostgreSQL; }

    SqlError exec(const QString &sql, const QList<SqlValue> &params, SqlRows *out) override
    {
        const QByteArray query = toPgPlaceholders(sql);
        std::vector<QByteArray> storage;
        storage.reserve(params.size());
        std::vector<const char *> values;
        values.reserve(params.size());
        for (const auto &p : params) {
            if (std::holds_alternative<qint64>(p)) {
                storage.push_back(QByteArray::number(std::get<qint64>(p)));
                values.push_back(storage.back().constData());
            } else if (std::holds_alternative<QString>(p)) {
                storage.push_back(std::get<QString>(p).toUtf8());
                values.push_back(storage.back().constData());
            } else {
                values.push_back(nullptr);
            }
        }
        PGresult *res = nullptr;
        if (const QByteArray name = preparedName(sql, query); !name.isEmpty()) {
            res = PQexecPrepared(m_conn, name.constData(), static_cast<int>(values.size()), values.data(), nullptr,
                                 nullptr, 0);
        } else {
            res = PQexecParams(m_conn, query.constData(), static_cast<int>(values.size()), nullptr, values.data(),
                               nullptr, nullptr, 0);
        }
        const auto rc = result(res);
        if (rc == SqlError::Ok && out) {
            const int rows = PQntuples(res);
            const int cols = PQnfields(res);
            for (int r = 0; r < rows; ++r) {
                QList<std::optional<QString>> row;
                row.reserve(cols);
                for (int c = 0; c < cols; ++c) {
                    if (PQgetisnull(res, r, c)) {
                        row.append(std::nullopt);
                    } else {
                        row.append(QString::fromUtf8(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
                    }
                }
                out->rows.append(std::move(row));
            }
            out->affected = QByteArray(PQcmdTuples(res)).toLongLong();
        }
        PQclear(res);
        return rc;
    }

    SqlError execScript(const QString &sql) override
    {
        PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
        const auto rc = result(res);
        PQclear(res);
        return rc;
    }

    SqlError begin(bool snapshot) override
    {
        return execScript(snapshot ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s);
    }
    SqlError commit() override { return execScript(u"COMMIT"_s); }
    void rollback() override
    {
        PGresult *res = PQexec(m_conn, "ROLLBACK");
        PQclear(res);
    }
    QString lastError() const override { return m_lastError; }

private:
    /**
     * The server-side prepared statement for this SQL, prepared on first use ("" = run it
     * unprepared: cache full, or preparing failed, e.g. inside an aborted transaction). A push
     * batch runs the same statements for every change; parsing and planning them once per
     * connection saves most of the server's work per statement.
     *
     * A statement with an array parameter (a batch's keys) is planned for its values each time
     * instead: a prepared statement soon switches to a generic plan, which cannot know how many
     * keys the array holds, and one planned while the table was small scans every row and
     * compares it with every key. A push batch of 500 changes then cost PostgreSQL about 120 us
     * of CPU per change, rising with the table; planned for its values, about 30.
     */
    QByteArray preparedName(const QString &sql, const QByteArray &query)
    {
        if (const auto it = m_prepared.constFind(sql); it != m_prepared.cend()) {
            return it.value();
        }
        if (m_prepared.size() >= MaxPrepared || query.contains("[]")) {
            return {};
        }
        const QByteArray name = "pw" + QByteArray::number(m_nextPrepared++);
        PGresult *res = PQprepare(m_conn, name.constData(), query.constData(), 0, nullptr);
        const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
        PQclear(res);
        if (!ok) {
            return {};
        }
        m_prepared.insert(sql, name);
        return name;
    }

    SqlError result(PGresult *res)
    {
        const auto status = PQresultStatus(res);
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            return SqlError::Ok;
        }
        // The primary message only: DETAIL lines can quote row values (personal data).
        const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        m_lastError = QString::fromUtf8(primary ? primary : PQerrorMessage(m_conn)).trimmed();
        if (PQstatus(m_conn) != CONNECTION_OK) {
            PQreset(m_conn);
            m_prepared.clear(); // a new session has no prepared statements
            return SqlError::ConnectionLost;
        }
        const QByteArray state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        if (state == "23505") {
            return SqlError::UniqueViolation;
        }
        if (state == "40001" || state == "40P01") {
            return SqlError::Retry; // serialization failure, deadlock
        }
        return SqlError::Other;
    }

    static constexpr qsizetype MaxPrepared = 128;

    PGconn *m_conn;
    QString m_lastError;
    QHash<QString, QByteArray> m_prepared; ///< SQL text -> prepared statement name
    int m_nextPrepared = 0;
};

} // namespace

std::unique_ptr<SqlConnection> openPostgres(const QString &uri, QString *error)
{
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        if (error) {
            *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        }
        PQfinish(conn);
        return nullptr;
    }
    PGresult *res = PQexec(conn, "SET client_min_messages = warning");
    PQclear(res);
    return std::make_unique<PgConnection>(conn);
}

} // namespace Pathway::Server
