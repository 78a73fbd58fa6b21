// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace Pathway;

namespace {
QByteArray randomKey()
{
    QByteArray key(32, '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}
} // namespace

/** Tests the SQLCipher RAII wrapper: keying, pragmas, statements and transactions. */
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void openCreatesEncryptedDatabaseWithPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.db"_s);
        Database db;
        const DbStatus st = db.open(path, randomKey());
        QVERIFY2(st.ok(), qPrintable(st.message));
        QVERIFY(db.cipherVersion().startsWith(u"4."_s));

        Statement q = db.prepare(u"PRAGMA journal_mode"_s);
        QCOMPARE(q.step(), Statement::Step::Row);
        QCOMPARE(q.text(0), u"wal"_s);
        q = db.prepare(u"PRAGMA foreign_keys"_s);
        QCOMPARE(q.step(), Statement::Step::Row);
        QCOMPARE(q.int64(0), 1);
        q = db.prepare(u"PRAGMA synchronous"_s);
        QCOMPARE(q.step(), Statement::Step::Row);
        QCOMPARE(q.int64(0), 1); // NORMAL
    }

    void wrongKeyIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.db"_s);
        const QByteArray key = randomKey();
        {
            Database db;
            QVERIFY(db.open(path, key).ok());
            QVERIFY(db.exec(u"CREATE TABLE t(x); INSERT INTO t VALUES (1);"_s).ok());
        }
        Database other;
        const DbStatus st = other.open(path, randomKey());
        QCOMPARE(st.error, DbError::WrongKeyOrNotADatabase);
        QVERIFY(!other.isOpen());

        Database unkeyed;
        QCOMPARE(unkeyed.open(path, {}).error, DbError::WrongKeyOrNotADatabase);

        Database right;
        QVERIFY(right.open(path, key).ok());
        Statement q = right.prepare(u"SELECT x FROM t"_s);
        QCOMPARE(q.step(), Statement::Step::Row);
        QCOMPARE(q.int64(0), 1);
    }

    void badKeyLengthAndMissingFile()
    {
        QTemporaryDir dir;
        Database db;
        QCOMPARE(db.open(dir.filePath(u"a.db"_s), QByteArray(16, 'x')).error, DbError::InvalidKey);
        Database::Options opts;
        opts.mode = Database::OpenMode::ExistingOnly;
        QCOMPARE(db.open(dir.filePath(u"missing.db"_s), randomKey(), opts).error, DbError::CannotOpen);
        QVERIFY(!QFile::exists(dir.filePath(u"missing.db"_s)));
        QCOMPARE(db.open(dir.filePath(u"nodir/x/a.db"_s), randomKey()).error, DbError::CannotOpen);
    }

    void statementsBindAndRead()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"a.db"_s), randomKey()).ok());
        QVERIFY(db.exec(u"CREATE TABLE t(id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT, b BLOB, o TEXT)"_s).ok());
        Statement ins = db.prepare(u"INSERT INTO t(i, d, s, b, o) VALUES (?, ?, ?, ?, ?)"_s);
        QVERIFY(ins.isValid());
        const QByteArray blob("\x00\x01\xff", 3);
        ins.bind(1, qint64(1) << 40).bind(2, 2.5).bind(3, u"héllo ✓"_s).bind(4, blob).bind(5, std::optional<QString>());
        QVERIFY(ins.run().ok());
        QCOMPARE(db.lastInsertRowId(), 1);
        QCOMPARE(db.changes(), 1);
        ins.reset();
        ins.bind(1, 7).bind(2, 0.0).bind(3, QString()).bind(4, QByteArray()).bind(5, std::optional<QString>(u"x"_s));
        QVERIFY(ins.run().ok());
        QCOMPARE(db.lastInsertRowId(), 2);

        Statement sel = db.prepare(u"SELECT i, d, s, b, o FROM t ORDER BY id"_s);
        QCOMPARE(sel.step(), Statement::Step::Row);
        QCOMPARE(sel.int64(0), qint64(1) << 40);
        QCOMPARE(sel.real(1), 2.5);
        QCOMPARE(sel.text(2), u"héllo ✓"_s);
        QCOMPARE(sel.blob(3), blob);
        QVERIFY(sel.isNull(4));
        QCOMPARE(sel.optionalText(4), std::nullopt);
        QCOMPARE(sel.step(), Statement::Step::Row);
        QCOMPARE(sel.int64(0), 7);
        QCOMPARE(sel.optionalText(4), std::optional<QString>(u"x"_s));
        QCOMPARE(sel.step(), Statement::Step::Done);
    }

    void errorsAreCodes()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"a.db"_s), randomKey()).ok());
        Statement bad = db.prepare(u"SELEKT 1"_s);
        QVERIFY(!bad.isValid());
        QCOMPARE(db.lastStatus().error, DbError::Other);
        QCOMPARE(bad.step(), Statement::Step::Error);

        QVERIFY(db.exec(u"CREATE TABLE u(k TEXT PRIMARY KEY)"_s).ok());
        Statement ins = db.prepare(u"INSERT INTO u VALUES (?)"_s);
        ins.bind(1, u"a"_s);
        QVERIFY(ins.run().ok());
        ins.reset();
        QCOMPARE(ins.step(), Statement::Step::Error);
        QCOMPARE(ins.status().error, DbError::Constraint);
    }

    void transactionsCommitAndRollBack()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"a.db"_s), randomKey()).ok());
        QVERIFY(db.exec(u"CREATE TABLE t(x)"_s).ok());
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(db.inTransaction());
            QVERIFY(db.exec(u"INSERT INTO t VALUES (1)"_s).ok());
            QVERIFY(tx.commit().ok());
        }
        {
            Transaction tx(db);
            QVERIFY(db.exec(u"INSERT INTO t VALUES (2)"_s).ok());
            // destroyed without commit: rolled back
        }
        QVERIFY(!db.inTransaction());
        {
            Transaction outer(db);
            QVERIFY(db.exec(u"INSERT INTO t VALUES (3)"_s).ok());
            {
                Transaction inner(db);
                QVERIFY(inner.isActive());
                QVERIFY(db.exec(u"INSERT INTO t VALUES (4)"_s).ok());
            } // inner rolled back, outer continues
            {
                Transaction inner(db);
                QVERIFY(db.exec(u"INSERT INTO t VALUES (5)"_s).ok());
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(db.inTransaction());
            QVERIFY(outer.commit().ok());
        }
        Statement q = db.prepare(u"SELECT group_concat(x) FROM (SELECT x FROM t ORDER BY x)"_s);
        QCOMPARE(q.step(), Statement::Step::Row);
        QCOMPARE(q.text(0), u"1,3,5"_s);
    }

    void moveOnly()
    {
        QTemporaryDir dir;
        Database a;
        QVERIFY(a.open(dir.filePath(u"a.db"_s), randomKey()).ok());
        Database b = std::move(a);
        QVERIFY(!a.isOpen()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QVERIFY(b.isOpen());
        QCOMPARE(a.exec(u"SELECT 1"_s).error, DbError::NotOpen);
        Statement s1 = b.prepare(u"SELECT 42"_s);
        Statement s2 = std::move(s1);
        QVERIFY(!s1.isValid()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(s2.step(), Statement::Step::Row);
        QCOMPARE(s2.int64(0), 42);
    }

    void onlySqlcipherInTheProcess()
    {
        // Two sqlite3_* providers in one process can silently write the "encrypted" file as plain text.
        QFile maps(u"/proc/self/maps"_s);
        if (!maps.open(QIODevice::ReadOnly))
            QSKIP("no /proc/self/maps on this platform");
        const QByteArray mapped = maps.readAll();
        QVERIFY(!mapped.isEmpty());
        QVERIFY2(!mapped.contains("libsqlite3"), "libsqlite3 is loaded next to SQLCipher");
        QVERIFY2(!mapped.contains("libsqlcipher.so"), "SQLCipher must be linked statically");
        QVERIFY2(!mapped.contains("qsqlite"), "Qt's SQLite driver is loaded");
        Database db;
        QTemporaryDir dir;
        QVERIFY(db.open(dir.filePath(u"a.db"_s), randomKey()).ok());
        QVERIFY(db.cipherVersion().startsWith(u"4."_s));
    }

    void unkeyedDatabaseIsPlainSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plain.db"_s);
        {
            Database db;
            QVERIFY(db.open(path, {}).ok());
            QVERIFY(db.exec(u"CREATE TABLE t(x)"_s).ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(16).startsWith("SQLite format 3"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
