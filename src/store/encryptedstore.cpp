// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "encryptedstore.h"

#include "storelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

EncryptedStore::Result fromKey(const KeyResult &k)
{
    EncryptedStore::Result r;
    r.retryAfter = k.retryAfter;
    r.failedAttempts = k.failedAttempts;
    switch (k.error) {
    case KeyError::Ok:
        r.error = EncryptedStore::Error::Ok;
        break;
    case KeyError::WrongPassphrase:
        r.error = EncryptedStore::Error::WrongPassphrase;
        break;
    case KeyError::Locked:
        r.error = EncryptedStore::Error::Locked;
        break;
    case KeyError::Corrupt:
        r.error = EncryptedStore::Error::KeyFileCorrupt;
        break;
    case KeyError::NotFound:
        r.error = EncryptedStore::Error::NoStore;
        break;
    case KeyError::AlreadyExists:
        r.error = EncryptedStore::Error::AlreadyExists;
        break;
    case KeyError::KeystoreUnavailable:
        r.error = EncryptedStore::Error::KeystoreUnavailable;
        break;
    case KeyError::Io:
    case KeyError::Crypto:
        r.error = EncryptedStore::Error::Io;
        break;
    }
    return r;
}

void wipe(QByteArray &key)
{
    if (!key.isEmpty())
        sodium_memzero(key.data(), size_t(key.size()));
    key.clear();
}

} // namespace

EncryptedStore::EncryptedStore(QString directory, const Clock &clock, Keystore *keystore, KdfParams kdf)
    : m_dir(std::move(directory))
    , m_clock(clock)
    , m_keys(QDir(m_dir).filePath(keyFileName()), clock, keystore, kdf)
{
}

EncryptedStore::~EncryptedStore()
{
    close();
}

QString EncryptedStore::databasePath() const
{
    return QDir(m_dir).filePath(databaseFileName());
}

QString EncryptedStore::keyFilePath() const
{
    return m_keys.keyFilePath();
}

bool EncryptedStore::exists() const
{
    return m_keys.exists();
}

void EncryptedStore::close()
{
    m_records.reset();
    m_db.close();
}

EncryptedStore::Result EncryptedStore::create(const QString &passphrase)
{
    close();
    if (exists() || QFile::exists(databasePath())) {
        Result r;
        r.error = Error::AlreadyExists;
        return r;
    }
    if (!QDir().mkpath(m_dir)) {
        Result r;
        r.error = Error::Io;
        return r;
    }
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    KeyResult key = m_keys.create(passphrase);
    if (!key.ok())
        return fromKey(key);
    Result r = openDatabase(key.key, Database::OpenMode::CreateIfMissing);
    wipe(key.key);
    return r;
}

bool EncryptedStore::databasePresent() const
{
    // SQLite treats a zero-byte file as an empty database, so an emptied file is as lost as a
    // missing one, unless its WAL still holds the pages (a store killed before a checkpoint).
    const QFileInfo db(databasePath());
    if (!db.exists())
        return false;
    if (db.size() > 0)
        return true;
    const QFileInfo wal(databasePath() + u"-wal"_s);
    return wal.exists() && wal.size() > 0;
}

EncryptedStore::Result EncryptedStore::open(const QString &passphrase)
{
    close();
    if (!exists()) {
        Result r;
        r.error = Error::NoStore;
        return r;
    }
    // Checked before unlocking: the passphrase cannot bring the data back, and the user should
    // hear that the database is missing rather than be asked to retry.
    if (!databasePresent()) {
        qCWarning(lcStore) << "the key file exists but the database file is missing or empty";
        Result r;
        r.error = Error::DatabaseMissing;
        return r;
    }
    KeyResult key = m_keys.unlock(passphrase);
    if (!key.ok())
        return fromKey(key);
    Result r = openDatabase(key.key, Database::OpenMode::ExistingOnly);
    wipe(key.key);
    return r;
}

EncryptedStore::Result EncryptedStore::openWithRawKey(const QByteArray &rawKey32)
{
    close();
    QDir().mkpath(m_dir);
    return openDatabase(rawKey32, Database::OpenMode::CreateIfMissing);
}

EncryptedStore::Result EncryptedStore::changePassphrase(const QString &oldPassphrase, const QString &newPassphrase)
{
    KeyResult key = m_keys.changePassphrase(oldPassphrase, newPassphrase);
    Result r = fromKey(key);
    wipe(key.key);
    return r;
}

EncryptedStore::Result EncryptedStore::openDatabase(const QByteArray &key, Database::OpenMode mode)
{
    Result r;
    Database::Options options;
    options.mode = mode;
    // Decrypting a page costs about 10 us; a PA moving between young people re-reads their
    // scattered contact history, which with the default 8 MiB cache meant ~50 pages read and
    // decrypted per screen once the store outgrew the cache (bench_store). Pages are allocated
    // only as used, so a young person's small store never takes this much.
    options.cacheSizeKiB = 32 * 1024;
    // Every page written or read is authenticated: SHA-256 costs less than half what SHA-512
    // does per page here (bench_store). A store made before is rewritten once, on opening.
    options.sha256Hmac = true;
    r.db = m_db.open(databasePath(), key, options);
    if (r.db && m_db.legacyHmac()) {
        if (const DbStatus migrated = m_db.migrateToSha256Hmac(key); !migrated)
            qCWarning(lcStore) << "the store keeps its SHA-512 page format: rewriting it failed with code"
                               << migrated.sqliteCode;
        r.db = m_db.isOpen() ? DbStatus {} : m_db.open(databasePath(), key, options);
    }
    if (!r.db) {
        if (r.db.error == DbError::WrongKeyOrNotADatabase)
            r.error = Error::WrongKey;
        else if (mode == Database::OpenMode::ExistingOnly && !QFile::exists(databasePath()))
            r.error = Error::DatabaseMissing; // removed between the check in open() and here
        else
            r.error = Error::Database;
        qCWarning(lcStore) << "cannot open the local database, code" << r.db.sqliteCode;
        return r;
    }
    QFile::setPermissions(databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Migrator migrator(m_db, m_clock);
    const Migrator::Result migrated = migrator.migrate();
    if (!migrated.ok()) {
        r.error = migrated.error == Migrator::Error::NewerThanKnown ? Error::SchemaTooNew : Error::Database;
        r.db = migrated.db;
        m_db.close();
        return r;
    }
    // The node id is random per store: it names this device in HLCs without identifying anyone.
    Statement q = m_db.prepare(u"SELECT value FROM meta WHERE key = 'node_id'"_s);
    if (q.step() == Statement::Step::Row) {
        m_nodeId = q.text(0);
    } else {
        QByteArray raw(6, '\0');
        randombytes_buf(raw.data(), size_t(raw.size()));
        m_nodeId = QString::fromLatin1(raw.toHex());
        Statement ins = m_db.prepare(u"INSERT INTO meta (key, value) VALUES ('node_id', ?)"_s);
        ins.bind(1, m_nodeId);
        if (DbStatus st = ins.run(); !st) {
            r.error = Error::Database;
            r.db = st;
            m_db.close();
            return r;
        }
    }
    m_records = std::make_unique<RecordStore>(m_db, m_clock, m_nodeId);
    return r;
}

} // namespace Pathway
