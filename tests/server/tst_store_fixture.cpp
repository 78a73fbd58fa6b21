// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "pgcluster.h"
#include "serverfixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

namespace {

// The fixture's key. Test data only: it protects nothing but tests/data/server/store-v1.db.
QByteArray fixtureKey()
{
    return QByteArrayLiteral("Pathway server store fixture key"); // 32 bytes
}

QString fixturePath(const QString &suffix)
{
    return QStringLiteral(PATHWAY_TEST_DATA_DIR "/server/store-v1") + suffix;
}

/** Every record the store holds as its pull form, one compact JSON line each, in store order. */
QByteArray dump(ServerStore &store)
{
    QByteArray out;
    for (const auto &r : store.allRecords())
        out += QJsonDocument(r.toPulled().toJson()).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

/** Where a fixture store lives: the embedded store's file, or a PostgreSQL cluster. */
using Opener = std::function<std::unique_ptr<SqlConnection>(QString *)>;

/** Seeds the fixture's records and accounts through the real routes, and writes their pull forms. */
void seedFixture(const Opener &open, const QString &recordsFile)
{
    Fixture fx(open);
    fx.seedDirectory();
    fx.addYoungPerson(u"ypA"_s, u"pa1"_s);
    fx.addYoungPerson(u"ypB"_s, u"pa3"_s);
    const QString pa1 = fx.login(u"pa1"_s);
    const QJsonObject contact {{u"changeId"_s, u"fixture-1"_s},
                               {u"recordType"_s, u"contact_log"_s},
                               {u"recordId"_s, u"cl-1"_s},
                               {u"ownerId"_s, u"ypA"_s},
                               {u"op"_s, u"upsert"_s},
                               {u"hlc"_s, fx.hlc()},
                               {u"fields"_s,
                                QJsonObject {{u"id"_s, u"cl-1"_s},
                                             {u"youngPersonId"_s, u"ypA"_s},
                                             {u"staffId"_s, u"pa1"_s},
                                             {u"at"_s, u"2026-01-10T10:00:00.000Z"_s},
                                             {u"kind"_s, u"visit"_s},
                                             {u"successful"_s, true},
                                             {u"notes"_s, u"Seen at home"_s}}}};
    const auto r = Fixture::json(fx.post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {contact}}}, pa1));
    QCOMPARE(r.value(u"results"_s).toArray().at(0)[u"status"_s].toString(), u"applied"_s);
    QFile expected(fixturePath(recordsFile));
    QVERIFY(expected.open(QIODevice::WriteOnly | QIODevice::Truncate));
    expected.write(dump(*fx.store));
}

/**
 * Opens an earlier version's store with the current code and checks that every record (body,
 * clocks, sequence number) and every account survives, and that the store goes on working.
 */
void checkFixture(const Opener &open, const QString &recordsFile)
{
    QFile expectedFile(fixturePath(recordsFile));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QByteArray expected = expectedFile.readAll();

    Fixture fx(open);
    // Every record, with its body, clocks and sequence number, survives.
    QCOMPARE(dump(*fx.store), expected);
    QVERIFY(expected.count('\n') >= 10);
    // Accounts survive: a PA signs in with the fixture's password and pulls its young person.
    const QString pa1 = fx.login(u"pa1"_s);
    const auto pulled = Fixture::json(fx.post(u"/v1/sync/pull"_s, {{u"limit"_s, 1000}}, pa1));
    QStringList ids;
    for (const auto &rec : pulled.value(u"records"_s).toArray())
        ids.append(rec[u"recordId"_s].toString());
    QVERIFY(ids.contains(u"cl-1"_s));
    QVERIFY(ids.contains(u"ypA"_s));
    QVERIFY(!ids.contains(u"ypB"_s));
    // New writes are numbered after the old ones.
    qint64 lastSeq = 0;
    for (const auto &r : fx.store->allRecords())
        lastSeq = std::max(lastSeq, r.serverSeq);
    const QJsonObject section {{u"changeId"_s, u"after-fixture-1"_s},
                               {u"recordType"_s, u"plan_section"_s},
                               {u"recordId"_s, u"ps-1"_s},
                               {u"ownerId"_s, u"ypA"_s},
                               {u"op"_s, u"upsert"_s},
                               {u"hlc"_s, fx.hlc()},
                               {u"fields"_s,
                                QJsonObject {{u"id"_s, u"ps-1"_s},
                                             {u"youngPersonId"_s, u"ypA"_s},
                                             {u"area"_s, u"education"_s},
                                             {u"goal"_s, u"Start college"_s}}}};
    const auto r = Fixture::json(fx.post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {section}}}, pa1));
    QCOMPARE(r.value(u"results"_s).toArray().at(0)[u"status"_s].toString(), u"applied"_s);
    QVERIFY(r.value(u"results"_s).toArray().at(0)[u"serverSeq"_s].toInteger() > lastSeq);
}

} // namespace

/**
 * The server store as this version writes it, on both back ends: the embedded store's file
 * (tests/data/server/store-v1.db) and a PostgreSQL database as pg_dump writes it
 * (store-v1.pg.sql). Each opens with the current code with every record, its numbering and its
 * accounts intact. The server creates missing tables and columns on open; these fixtures are
 * the earlier versions any change to its schema must carry forward.
 */
class TestStoreFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /**
     * Rewrites the fixtures and their expected records. Runs only when asked:
     *   PATHWAY_REGENERATE_FIXTURES=1 ./tst_store_fixture regenerateFixture
     *   PATHWAY_REGENERATE_FIXTURES=1 ./tst_store_fixture regeneratePostgresFixture
     */
    void regenerateFixture()
    {
        if (qEnvironmentVariable("PATHWAY_REGENERATE_FIXTURES") != u"1"_s)
            QSKIP("set PATHWAY_REGENERATE_FIXTURES=1 to rewrite the server store fixture");
        const QString path = fixturePath(u".db"_s);
        QFile::remove(path);
        seedFixture([path](QString *e) { return openSqlite(path, fixtureKey(), e); }, u".records"_s);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void regeneratePostgresFixture()
    {
        if (qEnvironmentVariable("PATHWAY_REGENERATE_FIXTURES") != u"1"_s)
            QSKIP("set PATHWAY_REGENERATE_FIXTURES=1 to rewrite the PostgreSQL store fixture");
        QVERIFY2(PgCluster::available(), "PostgreSQL 15 is needed to write its fixture");
        PgCluster pg;
        QString error;
        QVERIFY2(pg.start(&error), qPrintable(error));
        const QString uri = pg.uri();
        seedFixture([uri](QString *e) { return openPostgres(uri, e); }, u".pg.records"_s);
        QVERIFY2(pg.dumpTo(fixturePath(u".pg.sql"_s), &error), qPrintable(error));
    }

    void currentCodeOpensTheFixture()
    {
        QVERIFY2(QFile::exists(fixturePath(u".db"_s)), "tests/data/server/store-v1.db is missing");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"server.db"_s);
        QVERIFY(QFile::copy(fixturePath(u".db"_s), path)); // never touch the checked-in file
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        checkFixture([path](QString *e) { return openSqlite(path, fixtureKey(), e); }, u".records"_s);
    }

    void currentCodeOpensThePostgresFixture()
    {
        QVERIFY2(QFile::exists(fixturePath(u".pg.sql"_s)), "tests/data/server/store-v1.pg.sql is missing");
        if (!PgCluster::available())
            QSKIP("PostgreSQL 15 is not installed (scripts/setup-debian.sh installs it)");
        PgCluster pg;
        QString error;
        QVERIFY2(pg.start(&error), qPrintable(error));
        QVERIFY2(pg.runScript(fixturePath(u".pg.sql"_s), &error), qPrintable(error));
        const QString uri = pg.uri();
        checkFixture([uri](QString *e) { return openPostgres(uri, e); }, u".pg.records"_s);
    }
};

QTEST_GUILESS_MAIN(TestStoreFixture)
#include "tst_store_fixture.moc"
