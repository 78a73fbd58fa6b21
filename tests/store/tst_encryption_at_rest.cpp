// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "store/encryptedstore.h"
#include "store/repository.h"
#include "storetestutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::TestUtil;

namespace {

/** A unique random marker no file could contain by chance. */
QByteArray sentinel()
{
    return "SENTINEL-" + randomKey().toHex();
}

/** The store's files on disk: the database, its -wal and -shm, the key file. */
QStringList storeFiles(const QString &dir)
{
    QStringList out;
    const auto entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : entries)
        out << fi.absoluteFilePath();
    return out;
}

/** Fails if @p needle (or its UTF-16 form) appears in any of the store's files. */
void assertNowhereOnDisk(const QString &dir, const QByteArray &needle)
{
    const QString asText = QString::fromLatin1(needle);
    const QByteArray utf16(reinterpret_cast<const char *>(asText.utf16()), asText.size() * 2);
    const QStringList files = storeFiles(dir);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files) {
        const QByteArray bytes = fileBytes(f);
        QVERIFY2(!bytes.contains(needle), qPrintable(u"sentinel found in plain text in "_s + f));
        QVERIFY2(!bytes.contains(utf16), qPrintable(u"sentinel found as UTF-16 in "_s + f));
        // Not even a long fragment of it (e.g. a page boundary splitting it).
        if (needle.startsWith("SENTINEL-"))
            QVERIFY2(!bytes.contains(needle.mid(9, 24)), qPrintable(u"sentinel fragment found in "_s + f));
    }
}

} // namespace

/** Tests that what the store writes is unreadable on disk, open or closed. */
class TestEncryptionAtRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void contactNoteNeverInPlainText()
    {
        QTemporaryDir dir;
        FakeClock clock(QDateTime(QDate(2025, 11, 20), QTime(10, 0), Qt::UTC));
        const QByteArray marker = sentinel();
        EncryptedStore store(dir.path(), clock, nullptr, KdfParams::fastForTests());
        QVERIFY(store.create(u"a long passphrase"_s).ok());
        // Keep the WAL from being checkpointed into the main file while the store is open.
        QVERIFY(store.database().exec(u"PRAGMA wal_autocheckpoint=0"_s).ok());

        const YoungPerson yp = youngPerson();
        QVERIFY(Repository<YoungPerson>(store.records()).save(yp).ok());
        const ContactLog log = contactLog(yp.id, newId(), QDateTime(QDate(2025, 11, 19), QTime(15, 0), Qt::UTC),
                                          u"Talked about "_s + QString::fromLatin1(marker) + u" at length"_s);
        QVERIFY(Repository<ContactLog>(store.records()).save(log).ok());
        QCOMPARE(Repository<ContactLog>(store.records()).get(log.id)->notes, log.notes);

        // While open, the change lives in the -wal file (not yet checkpointed): still no plain text.
        QVERIFY(QFile::exists(store.databasePath() + u"-wal"_s));
        QVERIFY(QFileInfo(store.databasePath() + u"-wal"_s).size() > 0);
        assertNowhereOnDisk(dir.path(), marker);
        assertNowhereOnDisk(dir.path(), yp.legalName.toUtf8());

        // After checkpoint and close, the main file holds it: still no plain text.
        QVERIFY(store.database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        store.close();
        assertNowhereOnDisk(dir.path(), marker);

        // Nor does the file look like SQLite at all.
        QVERIFY(!fileBytes(store.databasePath()).startsWith("SQLite format 3"));

        // And it reads back with the passphrase.
        QVERIFY(store.open(u"a long passphrase"_s).ok());
        QCOMPARE(Repository<ContactLog>(store.records()).get(log.id)->notes, log.notes);
    }

    void plainSqliteCannotReadTheFile()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 command-line tool is not installed (Debian package sqlite3; scripts/setup-debian.sh)");
        QTemporaryDir dir;
        FakeClock clock;
        EncryptedStore store(dir.path(), clock, nullptr, KdfParams::fastForTests());
        QVERIFY(store.create(u"pass"_s).ok());
        QVERIFY(store.records().saveLocal(u"plan_action"_s, newId(), newId(), {{u"what"_s, u"x"_s}}).ok());
        QVERIFY(store.database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        store.close();

        QProcess p;
        p.start(sqlite3, {store.databasePath(), u"SELECT count(*) FROM records;"_s});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() != 0, p.readAllStandardOutput().constData());
        QVERIFY2(err.contains("file is not a database"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestEncryptionAtRest)
#include "tst_encryption_at_rest.moc"
