// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "store/database.h"
#include "store/keymanager.h"
#include "store/keystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace Pathway;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Creates an encrypted database holding one row, with the key from @p km. */
void makeDatabase(const QString &dbPath, const QByteArray &key)
{
    Database db;
    QVERIFY(db.open(dbPath, key).ok());
    QVERIFY(db.exec(u"CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('hello');"_s).ok());
    QVERIFY(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
}

QString readRow(const QString &dbPath, const QByteArray &key)
{
    Database db;
    if (!db.open(dbPath, key).ok())
        return {};
    Statement q = db.prepare(u"SELECT x FROM t"_s);
    return q.step() == Statement::Step::Row ? q.text(0) : QString();
}

} // namespace

/** Tests the wrapped database key: passphrase, keystore secret, attempt delays, passphrase change. */
class TestKeyManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndUnlock()
    {
        QTemporaryDir dir;
        FakeClock clock;
        KeyManager km(dir.filePath(u"store.key"_s), clock, nullptr, KdfParams::fastForTests());
        QVERIFY(!km.exists());
        QCOMPARE(km.unlock(u"x"_s).error, KeyError::NotFound);
        const KeyResult created = km.create(u"correct horse"_s);
        QVERIFY(created.ok());
        QCOMPARE(created.key.size(), 32);
        QVERIFY(km.exists());
        QCOMPARE(km.create(u"again"_s).error, KeyError::AlreadyExists);

        const KeyResult unlocked = km.unlock(u"correct horse"_s);
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked.key, created.key);

        // Only wrapped: the raw key bytes never appear in the key file.
        const QByteArray keyFile = fileBytes(km.keyFilePath());
        QVERIFY(!keyFile.contains(created.key));
        QVERIFY(!keyFile.contains(created.key.toHex()));
        QVERIFY(!keyFile.contains(created.key.toBase64()));
        const QFileDevice::Permissions perms = QFile::permissions(km.keyFilePath());
        QVERIFY(perms.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY((perms & groupOrOther) == 0); // 0600

        const QJsonObject json = QJsonDocument::fromJson(keyFile).object();
        QCOMPARE(json.value(u"kdf"_s).toObject().value(u"alg"_s).toString(), u"argon2id13"_s);
        QCOMPARE(json.value(u"kdf"_s).toObject().value(u"opsLimit"_s).toString(),
                 QString::number(KdfParams::fastForTests().opsLimit));
    }

    void wrongPassphraseChangesNothingButTheCounter()
    {
        QTemporaryDir dir;
        FakeClock clock;
        KeyManager km(dir.filePath(u"store.key"_s), clock, nullptr, KdfParams::fastForTests());
        const KeyResult created = km.create(u"right"_s);
        QVERIFY(created.ok());
        const QString dbPath = dir.filePath(u"store.db"_s);
        makeDatabase(dbPath, created.key);
        const QByteArray dbBefore = fileBytes(dbPath);
        const QByteArray keyBefore = fileBytes(km.keyFilePath());

        const KeyResult wrong = km.unlock(u"wrong"_s);
        QCOMPARE(wrong.error, KeyError::WrongPassphrase);
        QVERIFY(wrong.key.isEmpty());
        QCOMPARE(wrong.failedAttempts, 1);
        QCOMPARE(km.failedAttempts(), 1);
        QCOMPARE(fileBytes(dbPath), dbBefore);
        QCOMPARE(fileBytes(km.keyFilePath()), keyBefore);
        QVERIFY(QFile::exists(km.attemptsFilePath()));

        // Right passphrase still works; the counter resets.
        const KeyResult ok = km.unlock(u"right"_s);
        QVERIFY(ok.ok());
        QCOMPARE(km.failedAttempts(), 0);
        QCOMPARE(readRow(dbPath, ok.key), u"hello"_s);
        QCOMPARE(fileBytes(km.keyFilePath()), keyBefore);
    }

    void delaysGrowAndAreEnforced()
    {
        QCOMPARE(KeyManager::delaySecondsAfter(0), 0);
        QCOMPARE(KeyManager::delaySecondsAfter(3), 0);
        QCOMPARE(KeyManager::delaySecondsAfter(4), 2);
        QCOMPARE(KeyManager::delaySecondsAfter(5), 4);
        QCOMPARE(KeyManager::delaySecondsAfter(6), 8);
        QCOMPARE(KeyManager::delaySecondsAfter(12), 300);
        QCOMPARE(KeyManager::delaySecondsAfter(1000), 300);

        QTemporaryDir dir;
        FakeClock clock;
        KeyManager km(dir.filePath(u"store.key"_s), clock, nullptr, KdfParams::fastForTests());
        QVERIFY(km.create(u"right"_s).ok());
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(km.unlock(u"wrong"_s).error, KeyError::WrongPassphrase); // no delay yet
        const KeyResult fourth = km.unlock(u"wrong"_s);
        QCOMPARE(fourth.error, KeyError::WrongPassphrase);
        QCOMPARE(fourth.retryAfter, clock.now().addSecs(2));

        // Even the right passphrase is refused before retryAfter, and that does not count.
        const KeyResult locked = km.unlock(u"right"_s);
        QCOMPARE(locked.error, KeyError::Locked);
        QCOMPARE(locked.retryAfter, clock.now().addSecs(2));
        QCOMPARE(km.failedAttempts(), 4);
        clock.advanceSecs(1);
        QCOMPARE(km.unlock(u"right"_s).error, KeyError::Locked);
        clock.advanceSecs(1);
        QCOMPARE(km.unlock(u"wrong"_s).error, KeyError::WrongPassphrase); // 5th: 4 s
        clock.advanceSecs(3);
        QCOMPARE(km.unlock(u"right"_s).error, KeyError::Locked);
        clock.advanceSecs(1);
        QCOMPARE(km.unlock(u"wrong"_s).error, KeyError::WrongPassphrase); // 6th: 8 s
        QCOMPARE(km.retryAfter(), clock.now().addSecs(8));

        // Wall clock set back an hour: the wait is counted from now, never forever.
        clock.advanceSecs(-3600);
        QCOMPARE(km.retryAfter(), clock.now().addSecs(8));

        // Nothing is ever wiped by guessing: many more failures, then the right passphrase works.
        clock.advanceSecs(3600);
        for (int i = 0; i < 10; ++i) {
            clock.advanceSecs(301);
            QCOMPARE(km.unlock(u"wrong"_s).error, KeyError::WrongPassphrase);
        }
        QCOMPARE(km.retryAfter(), clock.now().addSecs(300));
        clock.advanceSecs(300);
        QVERIFY(km.unlock(u"right"_s).ok());
        QCOMPARE(km.failedAttempts(), 0);
    }

    void changePassphraseRewrapsOnlyTheKey()
    {
        QTemporaryDir dir;
        FakeClock clock;
        KeyManager km(dir.filePath(u"store.key"_s), clock, nullptr, KdfParams::fastForTests());
        const KeyResult created = km.create(u"old pass"_s);
        QVERIFY(created.ok());
        const QString dbPath = dir.filePath(u"store.db"_s);
        makeDatabase(dbPath, created.key);
        const QByteArray dbBefore = fileBytes(dbPath);
        const QByteArray keyFileBefore = fileBytes(km.keyFilePath());

        QCOMPARE(km.changePassphrase(u"not it"_s, u"new pass"_s).error, KeyError::WrongPassphrase);
        QCOMPARE(fileBytes(km.keyFilePath()), keyFileBefore);

        const KeyResult changed = km.changePassphrase(u"old pass"_s, u"new pass"_s);
        QVERIFY(changed.ok());
        QCOMPARE(changed.key, created.key);
        QVERIFY(fileBytes(km.keyFilePath()) != keyFileBefore);
        QCOMPARE(fileBytes(dbPath), dbBefore); // the database is not rewritten

        QCOMPARE(km.unlock(u"old pass"_s).error, KeyError::WrongPassphrase);
        const KeyResult unlocked = km.unlock(u"new pass"_s);
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked.key, created.key);
        QCOMPARE(readRow(dbPath, unlocked.key), u"hello"_s);
        QCOMPARE(fileBytes(dbPath), dbBefore);
    }

    void copiedDatabaseNeedsItsOwnKey()
    {
        QTemporaryDir dir;
        FakeClock clock;
        KeyManager a(dir.filePath(u"a.key"_s), clock, nullptr, KdfParams::fastForTests());
        KeyManager b(dir.filePath(u"b.key"_s), clock, nullptr, KdfParams::fastForTests());
        const KeyResult keyA = a.create(u"same passphrase"_s);
        const KeyResult keyB = b.create(u"same passphrase"_s);
        QVERIFY(keyA.ok() && keyB.ok());
        QVERIFY(keyA.key != keyB.key);
        const QString dbPath = dir.filePath(u"a.db"_s);
        makeDatabase(dbPath, keyA.key);
        const QString copy = dir.filePath(u"copy.db"_s);
        QVERIFY(QFile::copy(dbPath, copy));
        Database db;
        QCOMPARE(db.open(copy, keyB.key).error, DbError::WrongKeyOrNotADatabase);
        QCOMPARE(db.open(copy, QByteArray()).error, DbError::WrongKeyOrNotADatabase);
        QCOMPARE(readRow(copy, keyA.key), u"hello"_s);
    }

    void tamperedKeyFileIsRejected()
    {
        QTemporaryDir dir;
        FakeClock clock;
        KeyManager km(dir.filePath(u"store.key"_s), clock, nullptr, KdfParams::fastForTests());
        QVERIFY(km.create(u"pass"_s).ok());
        QByteArray bytes = fileBytes(km.keyFilePath());
        QFile f(km.keyFilePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() / 2));
        f.close();
        QCOMPARE(km.unlock(u"pass"_s).error, KeyError::Corrupt);

        // Changing a KDF parameter in the file breaks the authentication of the wrapped key.
        KeyManager km2(dir.filePath(u"other.key"_s), clock, nullptr, KdfParams::fastForTests());
        QVERIFY(km2.create(u"pass"_s).ok());
        QJsonObject json = QJsonDocument::fromJson(fileBytes(km2.keyFilePath())).object();
        QJsonObject kdf = json.value(u"kdf"_s).toObject();
        kdf.insert(u"opsLimit"_s, u"2"_s);
        json.insert(u"kdf"_s, kdf);
        QFile f2(km2.keyFilePath());
        QVERIFY(f2.open(QIODevice::WriteOnly));
        f2.write(QJsonDocument(json).toJson());
        f2.close();
        QCOMPARE(km2.unlock(u"pass"_s).error, KeyError::WrongPassphrase);
    }

    void keystoreSecretIsMixedIn()
    {
        QTemporaryDir dir;
        FakeClock clock;
        InMemoryKeystore keystore;
        KeyManager km(dir.filePath(u"store.key"_s), clock, &keystore, KdfParams::fastForTests());
        const KeyResult created = km.create(u"pin 1234"_s);
        QVERIFY(created.ok());
        QVERIFY(km.usesKeystore());
        QCOMPARE(keystore.size(), 1);
        QVERIFY(km.unlock(u"pin 1234"_s).ok());

        // Without the keystore, the passphrase alone is not enough, and that is not a wrong guess.
        keystore.setAvailable(false);
        const KeyResult noKeystore = km.unlock(u"pin 1234"_s);
        QCOMPARE(noKeystore.error, KeyError::KeystoreUnavailable);
        QCOMPARE(km.failedAttempts(), 0);

        // The same key file with no keystore object at all cannot be unwrapped either.
        KeyManager passphraseOnly(km.keyFilePath(), clock, nullptr, KdfParams::fastForTests());
        QCOMPARE(passphraseOnly.unlock(u"pin 1234"_s).error, KeyError::KeystoreUnavailable);

        keystore.setAvailable(true);
        const KeyResult changed = km.changePassphrase(u"pin 1234"_s, u"pin 9876"_s);
        QVERIFY(changed.ok());
        QCOMPARE(changed.key, created.key);
        QVERIFY(km.unlock(u"pin 9876"_s).ok());
    }

    void unavailableKeystoreFallsBackToPassphrase()
    {
        QTemporaryDir dir;
        FakeClock clock;
        InMemoryKeystore keystore;
        keystore.setAvailable(false);
        KeyManager km(dir.filePath(u"store.key"_s), clock, &keystore, KdfParams::fastForTests());
        const KeyResult created = km.create(u"pass"_s);
        QVERIFY(created.ok());
        QVERIFY(!km.usesKeystore());
        KeyManager noKeystore(km.keyFilePath(), clock, nullptr, KdfParams::fastForTests());
        const KeyResult unlocked = noKeystore.unlock(u"pass"_s);
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked.key, created.key);
    }

    void platformKeystoreDoesNotHang()
    {
        // Whatever this machine offers (a secret service or none), the call returns promptly.
        auto store = makePlatformKeystore(u"pathway-tests"_s, 2000);
        QElapsedTimer timer;
        timer.start();
        QByteArray secret;
        const auto result = store->read(u"pathway-test-no-such-entry"_s, secret);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(result != Keystore::Result::Ok);
        QVERIFY(secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeyManager)
#include "tst_keymanager.moc"
