// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"
#include "domain/clock.h"
#include "store/keymanager.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace Pathway {

class Keystore;

class Database;

/** Who uses this device: their role and record id, kept inside the encrypted store. */
struct DeviceIdentity
{
    QString role; ///< "young_person", "pa", "manager"
    QString userId; ///< young person id or staff id
    bool demo = false;
};

/**
 * The UI's session with the device's EncryptedStore: has it created or unlocked off the GUI
 * thread (Argon2id), loads every record into a CaseData snapshot, writes
 * records (each write and its outbox change in one transaction) and tells the pages what
 * changed. Closing it (lock) drops the key and the snapshot.
 */
class StoreSession : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        WrongPassphrase,
        RetryLater,
        NoStore,
        AlreadyExists,
        KeystoreUnavailable,
        Storage,
        DatabaseMissing, ///< the key file exists but the database file is gone: never replaced by an empty one
        Invalid,
        NotAllowed ///< the access table (domain/writeaccess.h) does not let this user make this change
    };
    Q_ENUM(Error)
    /** What opening on the worker thread produced (defined in the .cpp). */
    struct OpenResult;

    /** @p secrets: the platform keystore whose secret is mixed into the key wrapping (may be null). */
    StoreSession(
        QString dataDir, const Clock &clock, KdfParams params, QObject *parent = nullptr, Keystore *secrets = nullptr);
    ~StoreSession() override;

    const Clock &clock() const { return m_clock; }
    QString dataDir() const { return m_dataDir; }
    /** Whether a store exists in the data directory (it has a key file). */
    bool exists() const;
    bool isOpen() const;
    bool isBusy() const { return m_busy; }

    /** Creates a new store with @p passphrase, then seeds it (demo) and records the identity. Emits opened() or
     * failed(). */
    void create(const QString &passphrase, const DeviceIdentity &identity, const CaseData &seed = {});
    /** Unlocks the existing store. Emits opened() or failed() (with when to retry). */
    void unlock(const QString &passphrase);
    /** Drops the key and the snapshot. */
    void close();
    /**
     * Closes the store and deletes it from this device (a revoked device): the database and its
     * journals, the key file (overwritten first) and its attempts file, and the keystore secret the
     * key was wrapped with. Afterwards exists() is false and create() makes a new store. Returns
     * false when a file could not be removed.
     */
    bool removeStore();

    const CaseData &data() const { return m_data; }
    DeviceIdentity identity() const { return m_identity; }
    /** Changes waiting to be sent to the server. */
    int pendingChanges() const;

    /** Changes the server refused, oldest first (each with its reason code in lastError). */
    QList<OutboxChange> rejectedChanges() const;
    int rejectedCount() const;
    /** Undoes a refused change on this device; @p needsResync: the server's version must be pulled again. */
    Error undoRejected(const QString &changeId, bool *needsResync);

    /** Conflicts between two versions of a free-text field that the user must settle. */
    QList<ConflictRow> conflicts() const;
    /** Settles a conflict: keeps this device's text (@p keepLocal) or the other one. */
    Error resolveConflict(qint64 conflictId, bool keepLocal);
    /** Re-reads every record (after a sync pulled changes or a conflict was settled). */
    void reload();
    /** The record store, for the sync client; null while locked. */
    RecordStore *recordStore() const { return m_records.get(); }

    /**
     * Saves one record (validated first, and checked against the access table for this device's
     * user, exactly as the server will check it). Returns Error::None on success; emits recordsChanged().
     */
    template<typename T> Error save(const T &record);

    /**
     * Whether this device's user may save @p record as it is now (the change it would make, checked
     * against the access table): what pages use to decide which actions to offer.
     */
    template<typename T> bool allows(const T &record) const
    {
        return allowsWrite(QString::fromLatin1(T::recordType), record.id, record.ownerId(), record.toJson());
    }
    bool
    allowsWrite(const QString &recordType, const QString &id, const QString &ownerId, const QJsonObject &json) const;

Q_SIGNALS:
    void busyChanged();
    void opened();
    /** The store is about to close: the record store is still there (stop what uses it). */
    void aboutToClose();
    void closed();
    void failed(Pathway::StoreSession::Error error, const QDateTime &retryAfter);
    /** Records of @p recordType were written (locally or by sync). */
    void recordsChanged(const QString &recordType);
    void pendingChangesChanged();
    /** A record was written on this device (the sync client sends it soon). */
    void localChangeSaved();

private:
    void finishOpen(const std::shared_ptr<OpenResult> &result);
    void setBusy(bool busy);
    Error writeRecord(const QString &recordType, const QString &id, const QString &ownerId, const QJsonObject &json);

    QString m_dataDir;
    const Clock &m_clock;
    KdfParams m_params;
    Keystore *m_secrets;
    std::unique_ptr<KeyManager> m_keys;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_records;
    CaseData m_data;
    DeviceIdentity m_identity;
    bool m_busy = false;
};

template<typename T> StoreSession::Error StoreSession::save(const T &record)
{
    if (!record.validate().isEmpty())
        return Error::Invalid;
    const Error e = writeRecord(QString::fromLatin1(T::recordType), record.id, record.ownerId(), record.toJson());
    if (e == Error::None) {
        m_data.put(record);
        Q_EMIT recordsChanged(QString::fromLatin1(T::recordType));
        Q_EMIT pendingChangesChanged();
        Q_EMIT localChangeSaved();
    }
    return e;
}

} // namespace Pathway
