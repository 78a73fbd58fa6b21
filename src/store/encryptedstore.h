// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "keymanager.h"
#include "migrator.h"
#include "recordstore.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace Pathway {

class Keystore;

/**
 * The encrypted store in one directory (pathway.db and its wrapped key, pathway.key): creates or
 * unlocks it with the user's passphrase, migrates the schema and hands out the RecordStore.
 */
class EncryptedStore
{
public:
    enum class Error
    {
        Ok,
        NoStore, ///< open() on a directory without a store
        DatabaseMissing, ///< the key file is there but pathway.db is gone (or empty): never recreated by open()
        AlreadyExists, ///< create() over an existing store
        WrongPassphrase,
        Locked, ///< too many wrong guesses: wait until retryAfter
        KeystoreUnavailable, ///< the platform keystore holding part of the key cannot be read now
        KeyFileCorrupt,
        WrongKey, ///< the key unwrapped but does not open the database (files mixed up)
        SchemaTooNew, ///< written by a newer version of the app
        Database,
        Io,
    };
    struct Result
    {
        Error error = Error::Ok;
        QDateTime retryAfter;
        int failedAttempts = 0;
        DbStatus db;
        bool ok() const { return error == Error::Ok; }
    };

    /** @p keystore (may be null) and @p clock are not owned and must outlive the store. */
    EncryptedStore(QString directory,
                   const Clock &clock,
                   Keystore *keystore = nullptr,
                   KdfParams kdf = KdfParams::interactive());
    ~EncryptedStore();
    EncryptedStore(const EncryptedStore &) = delete;
    EncryptedStore &operator=(const EncryptedStore &) = delete;

    static QString databaseFileName() { return QStringLiteral("pathway.db"); }
    static QString keyFileName() { return QStringLiteral("pathway.key"); }
    QString directory() const { return m_dir; }
    QString databasePath() const;
    QString keyFilePath() const;
    bool exists() const;

    /** Creates the directory, a new key wrapped by @p passphrase and an empty, migrated database. */
    Result create(const QString &passphrase);
    /**
     * Unlocks the key with @p passphrase, opens and migrates the database. Never creates a
     * database: when the key file exists but the database file is missing or empty, this is
     * DatabaseMissing (the data is lost or moved; a fresh empty store over it would hide that).
     */
    Result open(const QString &passphrase);
    /** Opens (creating if needed) with a raw key; an empty key means unencrypted. Benchmarks and tests only. */
    Result openWithRawKey(const QByteArray &rawKey32);
    /** Re-wraps the key; the database file is not touched. */
    Result changePassphrase(const QString &oldPassphrase, const QString &newPassphrase);
    void close();
    bool isOpen() const { return m_records != nullptr; }

    KeyManager &keys() { return m_keys; }
    /** Valid only while open. */
    Database &database() { return m_db; }
    RecordStore &records() { return *m_records; }
    /** This device's random node id (for HLCs), made when the store is created. */
    QString nodeId() const { return m_nodeId; }

private:
    Result openDatabase(const QByteArray &key, Database::OpenMode mode);
    /** Whether pathway.db holds something a store could have written (its WAL counts too). */
    bool databasePresent() const;

    QString m_dir;
    const Clock &m_clock;
    KeyManager m_keys;
    Database m_db;
    std::unique_ptr<RecordStore> m_records;
    QString m_nodeId;
};

} // namespace Pathway
