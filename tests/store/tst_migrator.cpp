// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "store/encryptedstore.h"
#include "store/migrator.h"
#include "store/recordstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;

namespace {

// The fixtures' key. Test data only: it protects nothing but tests/data/store/schema-v<N>.db.
QByteArray fixtureKey()
{
    return QByteArray::fromHex("5061746877617920736368656d612d763120666978747572652074657374206b");
}

/** The checked-in store of schema version @p version (every version before the latest has one). */
QString fixturePath(int version = 1)
{
    return QStringLiteral(PATHWAY_TEST_DATA_DIR "/store/schema-v%1.db").arg(version);
}

struct FixtureRecord
{
    const char *type;
    const char *id;
    const char *owner;
    const char *body;
};

// What the fixture holds: a young person, a contact log and a plan section, each with its outbox change.
const FixtureRecord fixtureRecords[] = {
    {"young_person", "yp-1", "yp-1", R"({"id":"yp-1","displayName":"Sam","dateOfBirth":"2007-05-17"})"},
    {"contact_log", "cl-1", "yp-1",
     R"({"id":"cl-1","youngPersonId":"yp-1","at":"2025-10-01T10:00:00Z","kind":"visit","successful":true,"notes":"Seen at home"})"},
    {"plan_section", "ps-1", "yp-1",
     R"({"id":"ps-1","youngPersonId":"yp-1","area":"education","goal":"Start college"})"},
};

int count(Database &db, const QString &sql)
{
    Statement q = db.prepare(sql);
    return q.step() == Statement::Step::Row ? int(q.int64(0)) : -1;
}

} // namespace

/** Tests the numbered schema migrations, starting from a checked-in database of the first schema. */
class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /**
     * Writes the fixture of every schema version before the latest that has none yet (all of them
     * with PATHWAY_REGENERATE_FIXTURES=all): the schema built by the migration list cut at that
     * version, holding the fixture records and their outbox changes. Runs only when asked:
     *   PATHWAY_REGENERATE_FIXTURES=1 ./tst_migrator regenerateFixture
     * A new migration needs the fixture of the version before it: run this once and commit it.
     */
    void regenerateFixture()
    {
        const QString mode = qEnvironmentVariable("PATHWAY_REGENERATE_FIXTURES");
        if (mode != u"1"_s && mode != u"all"_s)
            QSKIP("set PATHWAY_REGENERATE_FIXTURES=1 to write missing schema fixtures (=all rewrites them)");
        for (int version = 1; version < Migrator::latestVersion(); ++version) {
            if (mode == u"1"_s && QFile::exists(fixturePath(version)))
                continue;
            writeFixture(version);
            if (QTest::currentTestFailed())
                return;
        }
    }

    /** Each earlier schema's fixture migrates to the latest version with every record and change intact. */
    void migratesEveryEarlierVersionToLatest_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Migrator::latestVersion(); ++version)
            QTest::addRow("v%d", version) << version;
    }

    void migratesEveryEarlierVersionToLatest()
    {
        QFETCH(int, version);
        QVERIFY2(QFile::exists(fixturePath(version)),
                 qPrintable(u"tests/data/store/schema-v%1.db is missing: see regenerateFixture()"_s.arg(version)));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pathway.db"_s);
        QVERIFY(QFile::copy(fixturePath(version), path)); // never touch the checked-in file
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        FakeClock clock(QDateTime(QDate(2025, 11, 20), QTime(9, 0), Qt::UTC));
        Database db;
        QVERIFY(db.open(path, fixtureKey()).ok());
        Migrator m(db, clock);
        QCOMPARE(m.currentVersion(), version);
        const Migrator::Result r = m.migrate();
        QVERIFY(r.ok());
        QCOMPARE(r.fromVersion, version);
        QCOMPARE(m.currentVersion(), Migrator::latestVersion());
        QCOMPARE(count(db, u"PRAGMA integrity_check"_s), 0); // "ok" reads as 0
        RecordStore store(db, clock, u"dev"_s);
        QCOMPARE(count(db, u"SELECT count(*) FROM records"_s), int(std::size(fixtureRecords)));
        for (const FixtureRecord &fr : fixtureRecords) {
            const auto rec = store.get(QString::fromLatin1(fr.type), QString::fromLatin1(fr.id));
            QVERIFY(rec);
            QCOMPARE(rec->body, QJsonDocument::fromJson(fr.body).object());
            QCOMPARE(rec->ownerId, QString::fromLatin1(fr.owner));
        }
        const QList<OutboxChange> pending = store.pendingChanges();
        QCOMPARE(pending.size(), qsizetype(std::size(fixtureRecords)));
        for (int i = 0; i < pending.size(); ++i) {
            QCOMPARE(pending.at(i).changeId, u"change-%1"_s.arg(i + 1));
            QCOMPARE(pending.at(i).recordId, QString::fromLatin1(fixtureRecords[i].id));
            QCOMPARE(pending.at(i).fields, QJsonDocument::fromJson(fixtureRecords[i].body).object());
        }
        // The migrated store still takes writes, queued after the old changes.
        QVERIFY(store.saveLocal(u"plan_section"_s, u"ps-1"_s, u"yp-1"_s, {{u"goal"_s, u"Finish college"_s}}).ok());
        QCOMPARE(store.pendingChanges().size(), pending.size() + 1);
    }

    void migratesTheV1FixtureToLatest()
    {
        QVERIFY2(QFile::exists(fixturePath()), "tests/data/store/schema-v1.db is missing");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pathway.db"_s);
        QVERIFY(QFile::copy(fixturePath(), path)); // never touch the checked-in file
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        FakeClock clock(QDateTime(QDate(2025, 11, 20), QTime(9, 0), Qt::UTC));
        Database db;
        QCOMPARE(db.open(path, QByteArray(32, 'x')).error, DbError::WrongKeyOrNotADatabase);
        QVERIFY(db.open(path, fixtureKey()).ok());
        Migrator m(db, clock);
        QCOMPARE(m.currentVersion(), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'conflicts'"_s), 0);

        const Migrator::Result r = m.migrate();
        QVERIFY(r.ok());
        QCOMPARE(r.fromVersion, 1);
        QCOMPARE(r.toVersion, Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 3);
        QCOMPARE(m.currentVersion(), Migrator::latestVersion());

        // Every step recorded with its name, in order.
        Statement q = db.prepare(u"SELECT version, name, applied_at FROM schema_migrations ORDER BY version"_s);
        for (const Migration &step : Migrator::storeMigrations()) {
            QCOMPARE(q.step(), Statement::Step::Row);
            QCOMPARE(q.int64(0), step.version);
            QCOMPARE(q.text(1), step.name);
            if (step.version > 1)
                QCOMPARE(q.text(2), u"2025-11-20T09:00:00.000Z"_s);
        }
        QCOMPARE(q.step(), Statement::Step::Done);

        // The new schema objects exist; the data is intact.
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM sqlite_master WHERE name IN ('conflicts', 'sync_cursors', "
                       u"'records_owner_type', 'records_contact_at', 'outbox_record')"_s),
                 5);
        QCOMPARE(count(db, u"PRAGMA integrity_check"_s), 0); // "ok" reads as 0
        RecordStore store(db, clock, u"dev"_s);
        for (const FixtureRecord &fr : fixtureRecords) {
            const auto rec = store.get(QString::fromLatin1(fr.type), QString::fromLatin1(fr.id));
            QVERIFY(rec);
            QCOMPARE(rec->body, QJsonDocument::fromJson(fr.body).object());
            QCOMPARE(rec->ownerId, QString::fromLatin1(fr.owner));
        }
        QCOMPARE(store.pendingCount(), 3);
        const QList<CaseloadEntry> caseload = store.caseloadSummary();
        QCOMPARE(caseload.size(), 1);
        QCOMPARE(caseload.at(0).lastContactAt, std::optional(QDateTime(QDate(2025, 10, 1), QTime(10, 0), Qt::UTC)));

        // Step 4 rebuilt the outbox without AUTOINCREMENT, keeping its changes and their order.
        QCOMPARE(
            count(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'outbox' AND sql LIKE '%AUTOINCREMENT%'"_s), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'outbox_v4'"_s), 0);
        // Step 5 made records an ordinary rowid table (long rows stay in their leaf page).
        QCOMPARE(
            count(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'records' AND sql LIKE '%WITHOUT ROWID%'"_s),
            0);
        QCOMPARE(count(db, u"SELECT count(*) FROM records"_s), 3);
        QCOMPARE(count(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'records_v5'"_s), 0);
        // Step 6 wrote the state CHECKs without IN lists (a temporary b-tree per written row);
        // they still refuse unknown states, and the fixture's full field_hlc maps read the same.
        QCOMPARE(count(db,
                       u"SELECT count(*) FROM sqlite_master WHERE name IN ('records', 'outbox') "
                       u"AND (sql LIKE '%state IN%' OR sql LIKE '%op IN%')"_s),
                 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM sqlite_master WHERE name IN ('records_v6', 'outbox_v6')"_s), 0);
        QVERIFY(!db.exec(u"UPDATE records SET sync_state = 'lost'"_s).ok());
        QVERIFY(!db.exec(u"UPDATE outbox SET state = 'gone'"_s).ok());
        QVERIFY(!db.exec(u"UPDATE outbox SET op = 'replace'"_s).ok());
        for (const FixtureRecord &fr : fixtureRecords) {
            const auto rec = store.get(QString::fromLatin1(fr.type), QString::fromLatin1(fr.id));
            const QJsonObject body = QJsonDocument::fromJson(fr.body).object();
            QCOMPARE(rec->fieldHlc.size(), body.size());
            for (auto it = body.constBegin(); it != body.constEnd(); ++it)
                QCOMPARE(rec->fieldHlc.value(it.key()).toString(), rec->hlc);
        }
        const QList<OutboxChange> pending = store.pendingChanges();
        QCOMPARE(pending.size(), 3);
        for (int i = 0; i < pending.size(); ++i) {
            QCOMPARE(pending.at(i).seq, i + 1);
            QCOMPARE(pending.at(i).changeId, u"change-%1"_s.arg(i + 1));
            QCOMPARE(pending.at(i).recordId, QString::fromLatin1(fixtureRecords[i].id));
        }

        // The migrated store takes new writes after the fixture's clock values, queued after the old ones.
        QVERIFY(store.saveLocal(u"plan_section"_s, u"ps-1"_s, u"yp-1"_s, {{u"goal"_s, u"Finish college"_s}}).ok());
        QVERIFY(store.get(u"plan_section"_s, u"ps-1"_s)->hlc > u"0001759320000003"_s);
        QCOMPARE(store.pendingChanges().constLast().seq, 4);
        QCOMPARE(count(db, u"SELECT count(*) FROM sqlite_sequence WHERE name = 'outbox'"_s), 0);

        // Migrating again is a no-op.
        const Migrator::Result again = m.migrate();
        QVERIFY(again.ok());
        QCOMPARE(again.fromVersion, again.toVersion);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        FakeClock clock;
        {
            EncryptedStore store(dir.path(), clock, nullptr, KdfParams::fastForTests());
            QVERIFY(store.create(u"pass"_s).ok());
            QVERIFY(
                store.database().exec(u"INSERT INTO schema_migrations VALUES (999, 'from_the_future', 'x')"_s).ok());
        }
        EncryptedStore store(dir.path(), clock, nullptr, KdfParams::fastForTests());
        const EncryptedStore::Result r = store.open(u"pass"_s);
        QCOMPARE(r.error, EncryptedStore::Error::SchemaTooNew);
        QVERIFY(!store.isOpen());
    }

    void failedStepRollsBack()
    {
        QTemporaryDir dir;
        FakeClock clock;
        Database db;
        QVERIFY(db.open(dir.filePath(u"a.db"_s), QByteArray(32, 'k')).ok());
        QList<Migration> steps = Migrator::storeMigrations();
        steps.append({Migrator::latestVersion() + 1, u"broken_step"_s,
                      u"CREATE TABLE half_done(x); INSERT INTO no_such_table VALUES (1);"_s});
        Migrator m(db, clock, steps);
        const Migrator::Result r = m.migrate();
        QCOMPARE(r.error, Migrator::Error::StepFailed);
        QCOMPARE(r.toVersion, Migrator::latestVersion());
        QCOMPARE(m.currentVersion(), Migrator::latestVersion());
        QCOMPARE(count(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"_s), 0);
        QVERIFY(!db.inTransaction());
    }

private:
    /** Writes tests/data/store/schema-v<version>.db: the migrations up to @p version, then the fixture rows. */
    static void writeFixture(int version)
    {
        const QString path = fixturePath(version);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::remove(path);
        FakeClock clock(QDateTime(QDate(2025, 10, 1), QTime(12, 0), Qt::UTC));
        Database db;
        QVERIFY(db.open(path, fixtureKey()).ok());
        Migrator m(db, clock);
        QVERIFY(m.migrate(version).ok());
        QCOMPARE(m.currentVersion(), version);
        int n = 0;
        for (const FixtureRecord &r : fixtureRecords) {
            const QString hlc = u"00017593200000%1-00000-fixture"_s.arg(++n, 2, 10, QLatin1Char('0'));
            QJsonObject fieldHlc;
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            for (auto it = body.constBegin(); it != body.constEnd(); ++it)
                fieldHlc.insert(it.key(), hlc);
            const QString fieldHlcText = QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact));
            Statement rec = db.prepare(u"INSERT INTO records (record_type, record_id, owner_id, body, field_hlc, hlc, "
                                       u"updated_at) VALUES (?, ?, ?, ?, ?, ?, '2025-10-01T12:00:00.000Z')"_s);
            rec.bind(1, QString::fromLatin1(r.type)).bind(2, QString::fromLatin1(r.id));
            rec.bind(3, QString::fromLatin1(r.owner)).bind(4, QString::fromUtf8(r.body)).bind(5, fieldHlcText);
            rec.bind(6, hlc);
            QVERIFY(rec.run().ok());
            Statement ob = db.prepare(u"INSERT INTO outbox (change_id, record_type, record_id, owner_id, op, hlc, "
                                      u"fields, created_at) VALUES (?, ?, ?, ?, 'upsert', ?, ?, "
                                      u"'2025-10-01T12:00:00.000Z')"_s);
            ob.bind(1, u"change-%1"_s.arg(n)).bind(2, QString::fromLatin1(r.type)).bind(3, QString::fromLatin1(r.id));
            ob.bind(4, QString::fromLatin1(r.owner)).bind(5, hlc).bind(6, QString::fromUtf8(r.body));
            QVERIFY(ob.run().ok());
        }
        QVERIFY(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
