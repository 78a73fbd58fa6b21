#include "localstore.h"

#include "storelog.h"

#include <QDir>
#include <QFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

LocalStore::Result fromKey(const KeyResult &k)
{
    LocalStore::Result r;
    r.retryAfter = k.retryAfter;
    r.failedAttempts = k.failedAttempts;
    switch (k.error) {
    case KeyError::Ok:
        r.error = LocalStore::Error::Ok;
        break;
    case KeyError::WrongPassphrase:
        r.error = LocalStore::Error::WrongPassphrase;
        break;
    case KeyError::Locked:
        r.error = LocalStore::Error::Locked;
        break;
    case KeyError::Corrupt:
        r.error = LocalStore::Error::KeyFileCorrupt;
        break;
    case KeyError::NotFound:
        r.error = LocalStore::Error::NoStore;
        break;
    case KeyError::AlreadyExists:
        r.error = LocalStore::Error::AlreadyExists;
        break;
    case KeyError::KeystoreUnavailable:
        r.error = LocalStore::Error::KeystoreUnavailable;
        break;
    case KeyError::Io:
    case KeyError::Crypto:
        r.error = LocalStore::Error::Io;
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

LocalStore::LocalStore(QString directory, const Clock &clock, SecretStore *secretStore, KdfParams kdf)
    : m_dir(std::move(directory))
    , m_clock(clock)
    , m_keys(QDir(m_dir).filePath(keyFileName()), clock, secretStore, kdf)
{
}

LocalStore::~LocalStore()
{
    close();
}

QString LocalStore::databasePath() const
{
    return QDir(m_dir).filePath(databaseFileName());
}

QString LocalStore::keyFilePath() const
{
    return m_keys.keyFilePath();
}

bool LocalStore::exists() const
{
    return m_keys.exists();
}

void LocalStore::close()
{
    m_records.reset();
    m_db.close();
}

LocalStore::Result LocalStore::create(const QString &passphrase)
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
    Result r = openDatabase(key.key);
    wipe(key.key);
    return r;
}

LocalStore::Result LocalStore::open(const QString &passphrase)
{
    close();
    if (!exists()) {
        Result r;
        r.error = Error::NoStore;
        return r;
    }
    KeyResult key = m_keys.unlock(passphrase);
    if (!key.ok())
        return fromKey(key);
    Result r = openDatabase(key.key);
    wipe(key.key);
    return r;
}

LocalStore::Result LocalStore::openWithRawKey(const QByteArray &rawKey32)
{
    close();
    QDir().mkpath(m_dir);
    return openDatabase(rawKey32);
}

LocalStore::Result LocalStore::changePassphrase(const QString &oldPassphrase, const QString &newPassphrase)
{
    KeyResult key = m_keys.changePassphrase(oldPassphrase, newPassphrase);
    Result r = fromKey(key);
    wipe(key.key);
    return r;
}

LocalStore::Result LocalStore::openDatabase(const QByteArray &key)
{
    Result r;
    r.db = m_db.open(databasePath(), key);
    if (!r.db) {
        r.error = r.db.error == DbError::WrongKeyOrNotADatabase ? Error::WrongKey : Error::Database;
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
