// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/merge.h"
#include "protocol/protocol.h"
#include "server/changefeed.h"
#include "server/sqlconnection.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

/**
 * Server storage. Extension points: ServerStore is the interface the HTTP handlers use; a
 * feature that needs its own tables (alerts, say) adds them with addSchema() before open()
 * and runs its own prepared statements through withConnection(), inside the same database.
 */
namespace Pathway::Server {

/** A staff login and its place in the authority. The display name lives in the staff record. */
struct StaffAccount
{
    QString id;
    QString authorityId;
    QString teamId;
    QString email; ///< lower case
    QString role; ///< "pa", "manager", "admin"
    bool active = true;
    QString passwordHash; ///< crypto_pwhash_str (Argon2id)
};

/** What the server indexes about a young person (the rest is in their young_person record). */
struct YoungPersonRef
{
    QString id;
    QString authorityId;
    QString caseRef;
};

/** One PA allocation period (projection of allocation records). */
struct AllocationRow
{
    QString id;
    QString youngPersonId;
    QString staffId;
    QDate from;
    std::optional<QDate> until;
};

/** A stored token (access or refresh); only its hash is kept. */
struct TokenRow
{
    QString tokenHash;
    QString sessionId;
    QString kind; ///< "access" or "refresh"
    QString subjectKind; ///< "staff" or "young_person"
    QString subjectId;
    QString deviceId;
    qint64 expiresAt = 0; ///< ms since epoch, server time
    std::optional<qint64> revokedAt;
    bool finalPushUsed = false;
};

/** A device that holds (or held) tokens. */
struct DeviceRow
{
    QString id;
    QString subjectKind;
    QString subjectId;
    qint64 createdAt = 0;
    std::optional<qint64> revokedAt;
};

/** One record as stored: merged state, ownership, sequence number and open conflicts. */
struct ServerRecord
{
    QString recordType;
    QString recordId;
    QString ownerId;
    QString authorityId;
    Sync::RecordState state;
    bool staffOnly = false;
    qint64 serverSeq = 0;
    QList<Sync::ConflictInfo> conflicts;

    Sync::PulledRecord toPulled() const;
};

/** Decides inside the write transaction whether a change may be applied; returns "" or a reject reason. */
using ChangeAuthorizer = std::function<QString(const Sync::Change &change, const ServerRecord *current)>;

/** Who is applying changes and how they are authorised. */
struct ApplyContext
{
    QString deviceId;
    qint64 nowMs = 0;
    ChangeAuthorizer authorize; ///< empty: everything allowed (admin CLI, demo seed)
    /** Whose change ids these are ("staff:<id>", "young_person:<id>"; empty: the server's own writes). */
    QString changeScope;
};

/** One pull page query: a cursor per young person ("" = the authority scope). */
struct PullQuery
{
    QString authorityId;
    QMap<QString, qint64> ownerCursors;
    int limit = Sync::DefaultPullLimit;
};

/** One pull page: rows in server_seq order up to a safe horizon. */
struct PullPage
{
    QList<ServerRecord> rows;
    bool hasMore = false;
    qint64 pageEnd = 0; ///< every scope is complete up to here
};

/** Result of a store call that can fail for infrastructure reasons. */
enum class StoreStatus
{
    Ok,
    NotFound,
    Conflict,
    Error
};

/** Server-side persistence: directory, auth state, records and their sequence. Thread-safe. */
class ServerStore
{
public:
    virtual ~ServerStore() = default;

    // Directory
    virtual StoreStatus createAuthority(const QString &id, const QString &name) = 0;
    virtual StoreStatus createTeam(const QString &id, const QString &authorityId, const QString &name) = 0;
    virtual bool authorityExists(const QString &id) = 0;
    virtual bool teamExists(const QString &id, const QString &authorityId) = 0;
    virtual StoreStatus createStaff(const StaffAccount &account) = 0;
    virtual StoreStatus setStaffPassword(const QString &staffId, const QString &passwordHash) = 0;
    virtual std::optional<StaffAccount> staffByEmail(const QString &email) = 0;
    virtual std::optional<StaffAccount> staffById(const QString &id) = 0;
    virtual QList<StaffAccount> staffOfTeam(const QString &teamId) = 0;
    virtual std::optional<YoungPersonRef> youngPerson(const QString &id) = 0;
    virtual std::optional<YoungPersonRef> youngPersonByCaseRef(const QString &authorityId, const QString &caseRef) = 0;
    virtual QList<YoungPersonRef> youngPeopleOfAuthority(const QString &authorityId) = 0;
    /** Every allocation period (ended ones too) of the given young people, or all of an authority's. */
    virtual QList<AllocationRow> allocationsOfAuthority(const QString &authorityId) = 0;
    virtual QList<AllocationRow> allocationsOfStaff(const QString &staffId) = 0;
    virtual QList<AllocationRow> allocationsOfYoungPerson(const QString &youngPersonId) = 0;

    // Devices, tokens, enrolment codes, login throttling
    virtual StoreStatus upsertDevice(const DeviceRow &device) = 0;
    virtual std::optional<DeviceRow> device(const QString &id) = 0;
    virtual QList<DeviceRow> devices() = 0;
    /** Marks the device revoked and its tokens revoked (each may still push one final batch). */
    virtual StoreStatus revokeDevice(const QString &id, qint64 nowMs) = 0;
    virtual StoreStatus insertToken(const TokenRow &token) = 0;
    virtual std::optional<TokenRow> token(const QString &tokenHash) = 0;
    /** Revokes every token of a login session; `allowFinalPush` false means no final batch either. */
    virtual StoreStatus revokeSession(const QString &sessionId, qint64 nowMs, bool allowFinalPush) = 0;
    virtual StoreStatus insertEnrolCode(const QString &codeHash,
                                        const QString &youngPersonId,
                                        const QString &createdBy,
                                        qint64 nowMs,
                                        qint64 expiresAtMs)
        = 0;
    /** Atomically marks an unexpired, unused code used and returns its young person. */
    virtual std::optional<QString> consumeEnrolCode(const QString &codeHash, qint64 nowMs) = 0;
    /** The young person of an unexpired, unused code, without using it. */
    virtual std::optional<QString> enrolCodeOwner(const QString &codeHash, qint64 nowMs) = 0;
    /** Failures so far and the time of the last one, for a throttle key (hash of account + IP). */
    virtual std::pair<int, qint64> loginFailures(const QString &key) = 0;
    virtual void recordLoginFailure(const QString &key, qint64 nowMs) = 0;
    virtual void clearLoginFailures(const QString &key) = 0;

    // Records
    /** Applies one change in its own transaction: duplicate detection, authorisation, merge, numbering. */
    virtual Sync::PushResult applyChange(const Sync::Change &change, const ApplyContext &context) = 0;
    /**
     * Applies a push batch in one transaction with a savepoint per change: a change that is
     * rejected or fails is undone alone and the others commit. One result per change, in order.
     */
    virtual QList<Sync::PushResult> applyBatch(const QList<Sync::Change> &changes, const ApplyContext &context) = 0;
    virtual PullPage pull(const PullQuery &query) = 0;
    virtual std::optional<ServerRecord> record(const QString &recordType, const QString &recordId) = 0;
    /** All records in server_seq order (tests compare dumps; admin export). */
    virtual QList<ServerRecord> allRecords() = 0;
    virtual qint64 appliedChangeCount() = 0;

    // Extension
    /** Runs `fn` with a connection of its own (serialised with other users of that connection). */
    virtual void withConnection(const std::function<void(SqlConnection &)> &fn) = 0;
    /** Like withConnection, for reads only: on the embedded store it may run beside a writer. */
    virtual void withReadConnection(const std::function<void(SqlConnection &)> &fn) { withConnection(fn); }
};

/** Extra tables a feature adds: one script per dialect, run idempotently at open(). */
struct SchemaExtension
{
    QString name;
    QString sqlite;
    QString postgres;
};

/**
 * ServerStore over SqlConnection: the same SQL on the embedded SQLCipher file and on PostgreSQL.
 * A small pool of connections: for SQLite one writer plus `readers` read-only connections (WAL
 * lets reads run beside the writer, so a long push or sweep does not hold up logins and pulls);
 * for PostgreSQL N connections that do both.
 */
class SqlServerStore final : public ServerStore
{
public:
    using Factory = std::function<std::unique_ptr<SqlConnection>(QString *error)>;
    SqlServerStore(Factory factory, int poolSize, int readers = 0);
    ~SqlServerStore() override;

    static void addSchema(const SchemaExtension &extension);
    /** Opens the pool and creates or updates the schema; false with a message on failure. */
    bool open(QString *error);
    void close();
    SqlDialect dialect() const { return m_dialect; }

    StoreStatus createAuthority(const QString &id, const QString &name) override;
    StoreStatus createTeam(const QString &id, const QString &authorityId, const QString &name) override;
    bool authorityExists(const QString &id) override;
    bool teamExists(const QString &id, const QString &authorityId) override;
    StoreStatus createStaff(const StaffAccount &account) override;
    StoreStatus setStaffPassword(const QString &staffId, const QString &passwordHash) override;
    std::optional<StaffAccount> staffByEmail(const QString &email) override;
    std::optional<StaffAccount> staffById(const QString &id) override;
    QList<StaffAccount> staffOfTeam(const QString &teamId) override;
    std::optional<YoungPersonRef> youngPerson(const QString &id) override;
    std::optional<YoungPersonRef> youngPersonByCaseRef(const QString &authorityId, const QString &caseRef) override;
    QList<YoungPersonRef> youngPeopleOfAuthority(const QString &authorityId) override;
    QList<AllocationRow> allocationsOfAuthority(const QString &authorityId) override;
    QList<AllocationRow> allocationsOfStaff(const QString &staffId) override;
    QList<AllocationRow> allocationsOfYoungPerson(const QString &youngPersonId) override;

    StoreStatus upsertDevice(const DeviceRow &device) override;
    std::optional<DeviceRow> device(const QString &id) override;
    QList<DeviceRow> devices() override;
    StoreStatus revokeDevice(const QString &id, qint64 nowMs) override;
    StoreStatus insertToken(const TokenRow &token) override;
    std::optional<TokenRow> token(const QString &tokenHash) override;
    StoreStatus revokeSession(const QString &sessionId, qint64 nowMs, bool allowFinalPush) override;
    StoreStatus insertEnrolCode(const QString &codeHash,
                                const QString &youngPersonId,
                                const QString &createdBy,
                                qint64 nowMs,
                                qint64 expiresAtMs) override;
    std::optional<QString> consumeEnrolCode(const QString &codeHash, qint64 nowMs) override;
    std::optional<QString> enrolCodeOwner(const QString &codeHash, qint64 nowMs) override;
    std::pair<int, qint64> loginFailures(const QString &key) override;
    void recordLoginFailure(const QString &key, qint64 nowMs) override;
    void clearLoginFailures(const QString &key) override;

    Sync::PushResult applyChange(const Sync::Change &change, const ApplyContext &context) override;
    QList<Sync::PushResult> applyBatch(const QList<Sync::Change> &changes, const ApplyContext &context) override;
    PullPage pull(const PullQuery &query) override;
    std::optional<ServerRecord> record(const QString &recordType, const QString &recordId) override;
    QList<ServerRecord> allRecords() override;
    qint64 appliedChangeCount() override;

    void withConnection(const std::function<void(SqlConnection &)> &fn) override;
    void withReadConnection(const std::function<void(SqlConnection &)> &fn) override;

    /** Mean store call latency observer (metrics): called with seconds per call. */
    void setLatencyObserver(std::function<void(double)> observer) { m_latencyObserver = std::move(observer); }
    /** Called after each committed write batch with the record versions it made (feeds the ChangeFeed). */
    void setCommitObserver(std::function<void(const QList<CommittedRecord> &)> observer)
    {
        m_commitObserver = std::move(observer);
    }
    /**
     * PostgreSQL: each write batch also sends NOTIFY on NotifyChannel, in its transaction (so on
     * commit), with ChangeFeed::encodeNotice(@p instanceId, ...) as payload; other instances'
     * PgChangeListener wake their long-polls with it. Empty: no NOTIFY.
     */
    void setNotifyInstance(const QString &instanceId) { m_notifyInstance = instanceId; }
    static constexpr const char *NotifyChannel = "pathway_records";

private:
    class Lease;
    friend class Lease;
    struct Pool;
    /** How one attempt at a push batch ended: committed, raced (run it again), or failed (run per change). */
    enum class ApplyOutcome
    {
        Done,
        Retry,
        Fallback
    };
    /** One transaction over `changes`; `isolated` (a single change) turns a failure into "server_error". */
    ApplyOutcome applyBatchOnce(SqlConnection &db,
                                const QList<Sync::Change> &changes,
                                const ApplyContext &context,
                                bool isolated,
                                QList<Sync::PushResult> &results,
                                QList<CommittedRecord> &committed);
    enum class Access
    {
        Read,
        Write
    };
    SqlRows query(const QString &sql, const QList<SqlValue> &params, Access access = Access::Read);
    StoreStatus run(const QString &sql, const QList<SqlValue> &params, qint64 *affected = nullptr);

    Factory m_factory;
    int m_poolSize;
    int m_readers = 0;
    SqlDialect m_dialect = SqlDialect::SQLite;
    std::unique_ptr<Pool> m_pool;
    std::function<void(double)> m_latencyObserver;
    std::function<void(const QList<CommittedRecord> &)> m_commitObserver;
    QString m_notifyInstance;
};

} // namespace Pathway::Server
