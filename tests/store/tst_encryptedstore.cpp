// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "store/encryptedstore.h"
#include "store/keystore.h"
#include "store/repository.h"
#include "storetestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::TestUtil;

/** Tests the store directory as the app uses it: create, unlock, wrong guesses, passphrase change. */
class TestEncryptedStore : public QObject
{
    Q_OBJECT

    static Database::Options sha256()
    {
        Database::Options o;
        o.sha256Hmac = true;
        return o;
    }

private Q_SLOTS:
    void createOpenAndReopen()
    {
        QTemporaryDir dir;
        FakeClock clock;
        InMemoryKeystore keystore;
        const QString path = dir.filePath(u"profile/store"_s);
        QString nodeId;
        const YoungPerson yp = youngPerson();
        {
            EncryptedStore store(path, clock, &keystore, KdfParams::fastForTests());
            QVERIFY(!store.exists());
            QCOMPARE(store.open(u"pass"_s).error, EncryptedStore::Error::NoStore);
            QVERIFY(store.create(u"pass"_s).ok());
            QVERIFY(store.isOpen());
            QVERIFY(store.keys().usesKeystore());
            nodeId = store.nodeId();
            QCOMPARE(nodeId.size(), 12);
            QVERIFY(Repository<YoungPerson>(store.records()).save(yp).ok());
            QCOMPARE(store.create(u"again"_s).error, EncryptedStore::Error::AlreadyExists);
        }
        QVERIFY(QFile::exists(QDir(path).filePath(EncryptedStore::databaseFileName())));
        QVERIFY(QFile::exists(QDir(path).filePath(EncryptedStore::keyFileName())));
        const auto dbPerms = QFile::permissions(QDir(path).filePath(EncryptedStore::databaseFileName()));
        QVERIFY(!(dbPerms & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));

        EncryptedStore store(path, clock, &keystore, KdfParams::fastForTests());
        QVERIFY(store.open(u"pass"_s).ok());
        QCOMPARE(store.nodeId(), nodeId); // stable per store
        QCOMPARE(Repository<YoungPerson>(store.records()).get(yp.id)->displayName, yp.displayName);
    }

    void storeWithSha512PagesOpensAndIsRewritten()
    {
        // A store made before pages were authenticated with HMAC-SHA256 (SQLCipher's default,
        // SHA-512) still opens with its key, keeps its records and is rewritten in the new format.
        QTemporaryDir dir;
        FakeClock clock;
        const QByteArray key = randomKey();
        const QString dbPath = dir.filePath(EncryptedStore::databaseFileName());
        const YoungPerson yp = youngPerson();
        {
            EncryptedStore store(dir.path(), clock);
            QVERIFY(store.openWithRawKey(key).ok());
            QVERIFY(Repository<YoungPerson>(store.records()).save(yp).ok());
            store.close();
            // Rewrite it with SHA-512 pages, as an older build left it.
            Database db;
            QVERIFY(db.open(dbPath, key, sha256()).ok());
            QVERIFY(db.exec(u"ATTACH DATABASE '%1' AS old KEY \"x'%2'\""_s.arg(dbPath + u".old"_s,
                                                                               QString::fromLatin1(key.toHex())))
                        .ok());
            QVERIFY(db.exec(u"PRAGMA old.cipher_hmac_algorithm = HMAC_SHA512"_s).ok());
            QVERIFY(db.exec(u"SELECT sqlcipher_export('old')"_s).ok());
            QVERIFY(db.exec(u"DETACH DATABASE old"_s).ok());
            db.close();
            QFile::remove(dbPath + u"-wal"_s);
            QFile::remove(dbPath + u"-shm"_s);
            QVERIFY(QFile::remove(dbPath));
            QVERIFY(QFile::rename(dbPath + u".old"_s, dbPath));
        }
        {
            Database db;
            QVERIFY(db.open(dbPath, key).ok()); // SQLCipher's defaults: SHA-512
            db.close();
            QVERIFY(db.open(dbPath, key, sha256()).ok());
            QVERIFY(db.legacyHmac());
        }
        const QString nodeId = [&] {
            EncryptedStore store(dir.path(), clock);
            return store.openWithRawKey(key).ok() ? store.nodeId() : QString();
        }();
        QVERIFY(!nodeId.isEmpty());
        {
            Database db;
            QCOMPARE(db.open(dbPath, key).error, DbError::WrongKeyOrNotADatabase); // no longer SHA-512
            QVERIFY(db.open(dbPath, key, sha256()).ok());
            QVERIFY(!db.legacyHmac());
        }
        QVERIFY(!QFile::exists(dbPath + u"-migrating"_s));
        EncryptedStore store(dir.path(), clock);
        QVERIFY(store.openWithRawKey(key).ok());
        QCOMPARE(store.nodeId(), nodeId);
        QCOMPARE(Repository<YoungPerson>(store.records()).get(yp.id)->displayName, yp.displayName);
        QVERIFY(Repository<YoungPerson>(store.records()).save(youngPerson(u"Alex"_s)).ok());
        QCOMPARE(EncryptedStore(dir.path(), clock).openWithRawKey(randomKey()).error, EncryptedStore::Error::WrongKey);
    }

    void wrongPassphraseLeavesFilesAlone()
    {
        QTemporaryDir dir;
        FakeClock clock;
        {
            EncryptedStore store(dir.path(), clock, nullptr, KdfParams::fastForTests());
            QVERIFY(store.create(u"right"_s).ok());
            QVERIFY(store.records().saveLocal(u"plan_action"_s, newId(), newId(), {{u"what"_s, u"x"_s}}).ok());
        }
        EncryptedStore store(dir.path(), clock, nullptr, KdfParams::fastForTests());
        const QByteArray db = fileBytes(store.databasePath());
        const QByteArray key = fileBytes(store.keyFilePath());
        QVERIFY(!db.isEmpty());
        for (int i = 1; i <= 4; ++i) {
            const EncryptedStore::Result r = store.open(u"wrong"_s);
            QCOMPARE(r.error, EncryptedStore::Error::WrongPassphrase);
            QCOMPARE(r.failedAttempts, i);
            QVERIFY(!store.isOpen());
        }
        QCOMPARE(store.open(u"right"_s).error, EncryptedStore::Error::Locked);
        QCOMPARE(fileBytes(store.databasePath()), db);
        QCOMPARE(fileBytes(store.keyFilePath()), key);
        QVERIFY(!QFile::exists(store.databasePath() + u"-wal"_s)
                || fileBytes(store.databasePath() + u"-wal"_s).isEmpty());
        clock.advanceSecs(2);
        QVERIFY(store.open(u"right"_s).ok());
        QCOMPARE(store.records().pendingCount(), 1);
    }

    void changePassphraseKeepsTheDatabase()
    {
        QTemporaryDir dir;
        FakeClock clock;
        EncryptedStore store(dir.path(), clock, nullptr, KdfParams::fastForTests());
        QVERIFY(store.create(u"old"_s).ok());
        QVERIFY(store.records().saveLocal(u"plan_action"_s, u"a"_s, u"o"_s, {{u"what"_s, u"x"_s}}).ok());
        store.close();
        const QByteArray db = fileBytes(store.databasePath());
        QCOMPARE(store.changePassphrase(u"nope"_s, u"new"_s).error, EncryptedStore::Error::WrongPassphrase);
        QVERIFY(store.changePassphrase(u"old"_s, u"new"_s).ok());
        QCOMPARE(fileBytes(store.databasePath()), db);
        QCOMPARE(store.open(u"old"_s).error, EncryptedStore::Error::WrongPassphrase);
        QVERIFY(store.open(u"new"_s).ok());
        QVERIFY(store.records().get(u"plan_action"_s, u"a"_s));
    }

    void missingDatabaseIsAnErrorNotANewStore()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const QString planId = newId();
        {
            EncryptedStore store(dir.path(), clock, nullptr, KdfParams::fastForTests());
            QVERIFY(store.create(u"pass"_s).ok());
            QVERIFY(store.records().saveLocal(u"plan_action"_s, planId, u"o"_s, {{u"what"_s, u"x"_s}}).ok());
        }
        EncryptedStore store(dir.path(), clock, nullptr, KdfParams::fastForTests());
        const QString dbPath = store.databasePath();
        const QByteArray keyFile = fileBytes(store.keyFilePath());
        const QByteArray saved = fileBytes(dbPath);
        QVERIFY(!saved.isEmpty());
        QVERIFY(!QFile::exists(dbPath + u"-wal"_s) || fileBytes(dbPath + u"-wal"_s).isEmpty());

        // The database file is lost (e.g. restored from a backup without it): no empty store in its place.
        QVERIFY(QFile::remove(dbPath));
        QCOMPARE(store.open(u"pass"_s).error, EncryptedStore::Error::DatabaseMissing);
        QCOMPARE(store.open(u"wrong"_s).error, EncryptedStore::Error::DatabaseMissing);
        QVERIFY(!store.isOpen());
        QVERIFY(!QFile::exists(dbPath));
        QVERIFY(!QFile::exists(dbPath + u"-wal"_s));
        QCOMPARE(fileBytes(store.keyFilePath()), keyFile); // no wrong guess counted, nothing rewritten
        QCOMPARE(store.create(u"pass"_s).error, EncryptedStore::Error::AlreadyExists);
        QVERIFY(!QFile::exists(dbPath));

        // An emptied file reads as an empty database to SQLite: just as lost, and left as it is.
        {
            QFile empty(dbPath);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        QCOMPARE(store.open(u"pass"_s).error, EncryptedStore::Error::DatabaseMissing);
        QCOMPARE(QFileInfo(dbPath).size(), 0);
        QVERIFY(QFile::remove(dbPath));

        // Once the file is back, the same passphrase opens it with its data.
        {
            QFile restored(dbPath);
            QVERIFY(restored.open(QIODevice::WriteOnly));
            QCOMPARE(restored.write(saved), saved.size());
        }
        QVERIFY(store.open(u"pass"_s).ok());
        QVERIFY(store.records().get(u"plan_action"_s, planId));
    }

    void keyFileFromAnotherStoreDoesNotOpen()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        FakeClock clock;
        {
            EncryptedStore sa(a.path(), clock, nullptr, KdfParams::fastForTests());
            EncryptedStore sb(b.path(), clock, nullptr, KdfParams::fastForTests());
            QVERIFY(sa.create(u"same"_s).ok());
            QVERIFY(sb.create(u"same"_s).ok());
        }
        // Copy store a's database next to store b's key: the passphrase unlocks b's key, which is not a's.
        QVERIFY(QFile::remove(QDir(b.path()).filePath(EncryptedStore::databaseFileName())));
        QVERIFY(QFile::copy(QDir(a.path()).filePath(EncryptedStore::databaseFileName()),
                            QDir(b.path()).filePath(EncryptedStore::databaseFileName())));
        EncryptedStore mixed(b.path(), clock, nullptr, KdfParams::fastForTests());
        QCOMPARE(mixed.open(u"same"_s).error, EncryptedStore::Error::WrongKey);
        QVERIFY(!mixed.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestEncryptedStore)
#include "tst_encryptedstore.moc"
