// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "storesession.h"

#include "domain/writeaccess.h"

#include "store/database.h"
#include "store/keystore.h"
#include "store/migrator.h"
#include "store/recordstore.h"
#include "uilog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
const auto KeyFileName = u"pathway.key"_s;
const auto DbFileName = u"pathway.db"_s;
const auto NodeIdKey = u"node_id"_s;
const auto IdentityKey = u"device_identity"_s;

template<typename T> void loadType(RecordStore &store, QList<T> &out)
{
    for (const StoredRecord &r : store.listByType(QString::fromLatin1(T::recordType))) {
        if (auto value = T::fromJson(r.body))
            out.append(std::move(*value));
        else
            qCWarning(lcUi) << "unreadable record of type" << r.recordType;
    }
}

CaseData loadAll(RecordStore &store)
{
    CaseData d;
    loadType(store, d.authoritySettings);
    loadType(store, d.youngPeople);
    loadType(store, d.staff);
    loadType(store, d.allocations);
    loadType(store, d.sections);
    loadType(store, d.actions);
    loadType(store, d.reviews);
    loadType(store, d.health);
    loadType(store, d.handovers);
    loadType(store, d.offer);
    loadType(store, d.entitlements);
    loadType(store, d.documents);
    loadType(store, d.contacts);
    loadType(store, d.amendments);
    loadType(store, d.requests);
    loadType(store, d.events);
    loadType(store, d.activities);
    loadType(store, d.accommodations);
    loadType(store, d.inTouch);
    return d;
}

/** Seeds records as if they had come from the server in a first sync: no outbox entries. */
template<typename T> bool seedType(RecordStore &store, const QList<T> &records)
{
    for (const T &r : records) {
        RemoteRecord remote;
        remote.recordType = QString::fromLatin1(T::recordType);
        remote.recordId = r.id;
        remote.ownerId = r.ownerId();
        remote.body = r.toJson();
        remote.hlc = store.clock().nextString();
        if (store.applyRemote(remote) == ApplyOutcome::Failed)
            return false;
    }
    return true;
}

bool seedAll(RecordStore &store, const CaseData &d)
{
    return seedType(store, d.authoritySettings) && seedType(store, d.youngPeople) && seedType(store, d.staff)
        && seedType(store, d.allocations) && seedType(store, d.sections) && seedType(store, d.actions)
        && seedType(store, d.reviews) && seedType(store, d.health) && seedType(store, d.handovers)
        && seedType(store, d.offer) && seedType(store, d.entitlements) && seedType(store, d.documents)
        && seedType(store, d.contacts) && seedType(store, d.amendments) && seedType(store, d.requests)
        && seedType(store, d.events) && seedType(store, d.activities) && seedType(store, d.accommodations)
        && seedType(store, d.inTouch);
}

QString identityToText(const DeviceIdentity &id)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"role"_s, id.role}, {u"userId"_s, id.userId}, {u"demo"_s, id.demo}})
            .toJson(QJsonDocument::Compact));
}

DeviceIdentity identityFromText(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    return {o.value("role"_L1).toString(), o.value("userId"_L1).toString(), o.value("demo"_L1).toBool()};
}
} // namespace

/** What the worker thread hands back: an open database and everything loaded from it. */
struct StoreSession::OpenResult
{
    Error error = Error::None;
    QDateTime retryAfter;
    std::unique_ptr<Database> db;
    QString nodeId;
    CaseData data;
    DeviceIdentity identity;
};

StoreSession::StoreSession(QString dataDir, const Clock &clock, KdfParams params, QObject *parent, Keystore *secrets)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
    , m_params(params)
    , m_secrets(secrets)
    , m_keys(std::make_unique<KeyManager>(QDir(m_dataDir).filePath(KeyFileName), clock, secrets, params))
{
}

StoreSession::~StoreSession()
{
    close();
}

bool StoreSession::exists() const
{
    return m_keys->exists();
}

bool StoreSession::isOpen() const
{
    return m_records != nullptr;
}

int StoreSession::pendingChanges() const
{
    return m_records ? m_records->pendingCount() : 0;
}

void StoreSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

namespace {
StoreSession::Error fromKeyError(KeyError e)
{
    switch (e) {
    case KeyError::Ok:
        return StoreSession::Error::None;
    case KeyError::WrongPassphrase:
        return StoreSession::Error::WrongPassphrase;
    case KeyError::Locked:
        return StoreSession::Error::RetryLater;
    case KeyError::NotFound:
        return StoreSession::Error::NoStore;
    case KeyError::AlreadyExists:
        return StoreSession::Error::AlreadyExists;
    case KeyError::KeystoreUnavailable:
        return StoreSession::Error::KeystoreUnavailable;
    case KeyError::Corrupt:
    case KeyError::Io:
    case KeyError::Crypto:
        break;
    }
    return StoreSession::Error::Storage;
}

/** Runs on a worker thread: derive the key, open and migrate the database, seed, load. */
void openStore(StoreSession::OpenResult &out,
               KeyResult key,
               const QString &dbPath,
               const Clock &clock,
               const std::optional<DeviceIdentity> &newIdentity,
               const CaseData &seed)
{
    if (!key.ok()) {
        out.error = fromKeyError(key.error);
        out.retryAfter = key.retryAfter;
        return;
    }
    // Unlocking must never create a fresh, empty database over a lost one; creating may.
    const bool creating = newIdentity.has_value();
    if (!creating && !QFileInfo(dbPath).exists()) {
        sodium_memzero(key.key.data(), size_t(key.key.size()));
        out.error = StoreSession::Error::DatabaseMissing;
        return;
    }
    Database::Options options;
    options.mode = creating ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly;
    options.cacheSizeKiB = 32768; // a PA's caseload history outgrows SQLCipher's 8 MiB of decrypted pages
    out.db = std::make_unique<Database>();
    const DbStatus st = out.db->open(dbPath, key.key, options);
    sodium_memzero(key.key.data(), size_t(key.key.size()));
    if (!st.ok()) {
        qCWarning(lcUi) << "cannot open the store:" << int(st.error);
        out.error = StoreSession::Error::Storage;
        out.db.reset();
        return;
    }
    Migrator migrator(*out.db, clock);
    if (!migrator.migrate().ok()) {
        out.error = StoreSession::Error::Storage;
        out.db.reset();
        return;
    }
    RecordStore probe(*out.db, clock, u"probe"_s);
    out.nodeId = probe.meta(NodeIdKey).value_or(QString());
    if (out.nodeId.isEmpty()) {
        out.nodeId = QUuid::createUuid().toString(QUuid::Id128).left(12);
        probe.setMeta(NodeIdKey, out.nodeId);
    }
    RecordStore store(*out.db, clock, out.nodeId);
    if (newIdentity) {
        Transaction tx(*out.db);
        if (!seedAll(store, seed) || !store.setMeta(IdentityKey, identityToText(*newIdentity)).ok()
            || !tx.commit().ok()) {
            out.error = StoreSession::Error::Storage;
            out.db.reset();
            return;
        }
    }
    out.identity = identityFromText(store.meta(IdentityKey).value_or(QString()));
    out.data = loadAll(store);
}
} // namespace

void StoreSession::create(const QString &passphrase, const DeviceIdentity &identity, const CaseData &seed)
{
    if (m_busy || isOpen())
        return;
    setBusy(true);
    QDir().mkpath(m_dataDir);
    auto result = std::make_shared<OpenResult>();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result] {
        watcher->deleteLater();
        finishOpen(result);
    });
    const QString dbPath = QDir(m_dataDir).filePath(DbFileName);
    if (!m_keys->exists())
        QFile::remove(dbPath); // a leftover database without its key file can never be opened again
    watcher->setFuture(QtConcurrent::run([this, result, passphrase, identity, seed, dbPath] {
        openStore(*result, m_keys->create(passphrase), dbPath, m_clock, identity, seed);
    }));
}

void StoreSession::unlock(const QString &passphrase)
{
    if (m_busy || isOpen())
        return;
    setBusy(true);
    auto result = std::make_shared<OpenResult>();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result] {
        watcher->deleteLater();
        finishOpen(result);
    });
    const QString dbPath = QDir(m_dataDir).filePath(DbFileName);
    watcher->setFuture(QtConcurrent::run([this, result, passphrase, dbPath] {
        openStore(*result, m_keys->unlock(passphrase), dbPath, m_clock, std::nullopt, {});
    }));
}

void StoreSession::finishOpen(const std::shared_ptr<OpenResult> &result)
{
    setBusy(false);
    if (result->error != Error::None) {
        Q_EMIT failed(result->error, result->retryAfter);
        return;
    }
    m_db = std::move(result->db);
    m_records = std::make_unique<RecordStore>(*m_db, m_clock, result->nodeId);
    m_data = std::move(result->data);
    m_identity = result->identity;
    m_records->setSettlesConflicts(m_identity.role != toCode(Role::YoungPerson));
    qCInfo(lcUi) << "store open:" << m_data.youngPeople.size() << "young people";
    Q_EMIT opened();
    Q_EMIT pendingChangesChanged();
}

void StoreSession::close()
{
    if (!isOpen())
        return;
    Q_EMIT aboutToClose();
    m_records.reset();
    m_db.reset();
    m_data = {};
    m_identity = {};
    Q_EMIT closed();
}

namespace {
/** Overwrites a file's bytes with zeros before it is removed, so the old content is not left in its blocks. */
void overwrite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return;
    const QByteArray zeros(int(std::min<qint64>(file.size(), 1 << 20)), '\0');
    for (qint64 left = file.size(); left > 0; left -= zeros.size())
        file.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
    file.flush();
    file.close();
}
} // namespace

bool StoreSession::removeStore()
{
    if (m_busy)
        return false;
    close();
    // The keystore secret's name is in the key file ("keystore"); without the key file it guards nothing,
    // but it is this store's and goes with it.
    if (m_secrets) {
        QFile keyFile(m_keys->keyFilePath());
        if (keyFile.open(QIODevice::ReadOnly)) {
            const QString name = QJsonDocument::fromJson(keyFile.readAll()).object().value("keystore"_L1).toString();
            if (!name.isEmpty())
                m_secrets->remove(name);
        }
    }
    overwrite(m_keys->keyFilePath());
    const QString db = QDir(m_dataDir).filePath(DbFileName);
    bool ok = true;
    const QStringList files {m_keys->keyFilePath(), m_keys->attemptsFilePath(), db, db + u"-wal"_s,
                             db + u"-shm"_s,        db + u"-journal"_s};
    for (const QString &path : files) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            ok = false;
    }
    return ok;
}

QList<ConflictRow> StoreSession::conflicts() const
{
    return m_records ? m_records->openConflicts() : QList<ConflictRow>();
}

StoreSession::Error StoreSession::resolveConflict(qint64 conflictId, bool keepLocal)
{
    if (!m_records)
        return Error::NoStore;
    std::optional<ConflictRow> conflict;
    for (const ConflictRow &c : m_records->openConflicts()) {
        if (c.id == conflictId)
            conflict = c;
    }
    if (!conflict)
        return Error::Invalid;
    Transaction tx(*m_db);
    // The chosen text is written again either way: the server settles its conflict only when a
    // change rewrites the field having seen the current version.
    const auto record = m_records->get(conflict->recordType, conflict->recordId);
    if (!record)
        return Error::Invalid;
    const QJsonValue chosen = keepLocal ? conflict->localValue : conflict->remoteValue;
    const StoreResult saved = m_records->saveLocal(conflict->recordType, conflict->recordId, record->ownerId,
                                                   QJsonObject {{conflict->field, chosen}}, WriteOp::Rewrite);
    if (!saved.ok())
        return Error::Storage;
    if (!m_records->resolveConflict(conflictId, keepLocal ? u"local"_s : u"remote"_s).ok() || !tx.commit().ok())
        return Error::Storage;
    reload();
    Q_EMIT pendingChangesChanged();
    return Error::None;
}

QList<OutboxChange> StoreSession::rejectedChanges() const
{
    return m_records ? m_records->rejectedChanges() : QList<OutboxChange>();
}

int StoreSession::rejectedCount() const
{
    return m_records ? m_records->rejectedCount() : 0;
}

StoreSession::Error StoreSession::undoRejected(const QString &changeId, bool *needsResync)
{
    if (!m_records)
        return Error::NoStore;
    if (m_records->discardRejected(changeId, needsResync).error != StoreError::Ok)
        return Error::Storage;
    reload();
    Q_EMIT pendingChangesChanged();
    return Error::None;
}

void StoreSession::reload()
{
    if (!m_records)
        return;
    m_data = loadAll(*m_records);
    Q_EMIT recordsChanged(QString());
}

StoreSession::Error
StoreSession::writeRecord(const QString &recordType, const QString &id, const QString &ownerId, const QJsonObject &json)
{
    if (!m_records)
        return Error::NoStore;
    if (!allowsWrite(recordType, id, ownerId, json))
        return Error::NotAllowed;
    const StoreResult r = m_records->saveLocal(recordType, id, ownerId, json);
    switch (r.error) {
    case StoreError::Ok:
        return Error::None;
    case StoreError::Invalid:
    case StoreError::BadInput:
    case StoreError::AppendOnly:
        return Error::Invalid;
    case StoreError::NotFound:
    case StoreError::Database:
        break;
    }
    qCWarning(lcUi) << "store write failed for" << recordType << int(r.error);
    return Error::Storage;
}

bool StoreSession::allowsWrite(const QString &recordType,
                               const QString &id,
                               const QString &ownerId,
                               const QJsonObject &json) const
{
    const auto role = roleFromCode(m_identity.role);
    if (!m_records || !role)
        return false;
    WriteRequest w;
    w.role = *role;
    w.writerId = m_identity.userId;
    w.recordType = recordType;
    w.ownerId = ownerId;
    // The change as the outbox will send it: the whole body when new, else only what differs.
    const std::optional<StoredRecord> existing = m_records->get(recordType, id);
    if (existing) {
        w.exists = true;
        w.current = existing->body;
        if (w.ownerId.isEmpty())
            w.ownerId = existing->ownerId;
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            const bool gone = it.value().isNull() || it.value().isUndefined();
            if (gone ? existing->body.contains(it.key()) : existing->body.value(it.key()) != it.value())
                w.fields.insert(it.key(), it.value());
        }
        if (existing->deleted)
            w.fields.insert(u"deleted"_s, false);
    } else {
        w.fields = json;
    }
    return mayWrite(w);
}

} // namespace Pathway
