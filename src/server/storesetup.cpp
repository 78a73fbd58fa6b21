// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/storesetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

QByteArray fromHexKey(const QString &hex)
{
    const QByteArray raw = QByteArray::fromHex(hex.trimmed().toLatin1());
    return raw.size() == 32 && hex.trimmed().size() == 64 ? raw : QByteArray();
}

const auto secretsSchemaSql = uR"SQL(
CREATE TABLE IF NOT EXISTS installation_secrets (name TEXT PRIMARY KEY, secret TEXT NOT NULL);
)SQL"_s;

const bool secretsSchemaRegistered = [] {
    SqlServerStore::addSchema({u"installation_secrets"_s, secretsSchemaSql, secretsSchemaSql});
    return true;
}();

constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/** The embedded store's files are the owner's alone: the directory 0700, the database files 0600. */
bool restrictDataFiles(const QString &dataDir, QString *error)
{
    if (!QFile::setPermissions(dataDir, OwnerOnlyFile | QFileDevice::ExeOwner)) {
        *error = u"cannot_restrict_data_dir: "_s + dataDir;
        return false;
    }
    const QString db = QDir(dataDir).filePath(u"pathway-server.db"_s);
    for (const QString &path : QStringList {db, db + u"-wal"_s, db + u"-shm"_s, db + u"-journal"_s}) {
        if (QFileInfo::exists(path) && !QFile::setPermissions(path, OwnerOnlyFile)) {
            *error = u"cannot_restrict_data_file: "_s + path;
            return false;
        }
    }
    return true;
}

} // namespace

QByteArray installationSecret(ServerStore &store, const QString &name)
{
    Q_UNUSED(secretsSchemaRegistered)
    QByteArray fresh(32, Qt::Uninitialized);
    randombytes_buf(fresh.data(), size_t(fresh.size()));
    QByteArray secret;
    store.withConnection([&](SqlConnection &db) {
        SqlRows row;
        // The first instance to ask makes it; every other one reads that one.
        if (db.exec(u"INSERT INTO installation_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"_s,
                    {name, QString::fromLatin1(fresh.toHex())})
                != SqlError::Ok
            || db.exec(u"SELECT secret FROM installation_secrets WHERE name = ?"_s, {name}, &row) != SqlError::Ok
            || row.isEmpty()) {
            return;
        }
        secret = QByteArray::fromHex(row.text(0, 0).toLatin1());
    });
    return secret.size() == 32 ? secret : QByteArray();
}

QByteArray loadOrCreateStoreKey(const ServerConfig &config, QString *error)
{
    if (!config.dbKeyHex.isEmpty()) {
        const auto key = fromHexKey(config.dbKeyHex);
        if (key.isEmpty()) {
            *error = u"bad_db_key: PATHWAY_DB_KEY must be 64 hex digits"_s;
        }
        return key;
    }
    const QString keyPath
        = config.dbKeyFile.isEmpty() ? QDir(config.dataDir).filePath(u"server.key"_s) : config.dbKeyFile;
    const QString dbPath = QDir(config.dataDir).filePath(u"pathway-server.db"_s);
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(keyPath).constData(), &st) == 0) {
        if (st.st_mode & (S_IRWXG | S_IRWXO)) {
            *error = u"insecure_key_file: %1 is readable by group or others; run chmod 600 on it"_s.arg(keyPath);
            return {};
        }
        QFile f(keyPath);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = u"cannot_read_key_file: "_s + keyPath;
            return {};
        }
        const auto key = fromHexKey(QString::fromLatin1(f.readAll()));
        if (key.isEmpty()) {
            *error = u"bad_key_file: %1 must hold 64 hex digits"_s.arg(keyPath);
        }
        return key;
    }
    if (QFileInfo::exists(dbPath)) {
        *error = u"missing_key: %1 exists but no key was given (PATHWAY_DB_KEY or %2)"_s.arg(dbPath, keyPath);
        return {};
    }
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    QFile f(keyPath);
    // Create with 0600 from the start: no window in which the key is readable by others.
    const mode_t old = ::umask(077);
    const bool opened = f.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    ::umask(old);
    if (!opened || f.write(key.toHex() + '\n') != 65 || !f.flush()) {
        *error = u"cannot_write_key_file: "_s + keyPath;
        return {};
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return key;
}

std::unique_ptr<SqlServerStore> openConfiguredStore(const ServerConfig &config, QString *error)
{
    std::unique_ptr<SqlServerStore> store;
    if (!config.databaseUri.isEmpty()) {
        const QString uri = config.databaseUri;
        store = std::make_unique<SqlServerStore>([uri](QString *e) { return openPostgres(uri, e); }, config.poolSize);
    } else {
        if (config.dataDir.isEmpty()) {
            *error = u"missing_data_dir: give --data DIR or --database postgresql://..."_s;
            return nullptr;
        }
        if (!QDir().mkpath(config.dataDir)) {
            *error = u"cannot_create_data_dir: "_s + config.dataDir;
            return nullptr;
        }
        const QByteArray key = loadOrCreateStoreKey(config, error);
        if (key.isEmpty()) {
            return nullptr;
        }
        const QString path = QDir(config.dataDir).filePath(u"pathway-server.db"_s);
        if (!restrictDataFiles(config.dataDir, error)) {
            return nullptr;
        }
        // One writer (SQLite has one), and pool_size read-only connections beside it for logins,
        // token checks and pulls, so they do not wait behind a push batch or an alert sweep.
        store = std::make_unique<SqlServerStore>([path, key](QString *e) { return openSqlite(path, key, e); }, 1,
                                                 config.poolSize);
    }
    // SQLite gives the -wal and -shm files the database file's mode: the database is made 0600
    // from its creation, and everything is checked again once open.
    const mode_t old = ::umask(077);
    const bool opened = store->open(error);
    ::umask(old);
    if (!opened || (config.databaseUri.isEmpty() && !restrictDataFiles(config.dataDir, error))) {
        return nullptr;
    }
    return store;
}

} // namespace Pathway::Server
