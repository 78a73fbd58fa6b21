// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "../server/pgcluster.h"
#include "../server/serverfixture.h"
#include "alertmigration.h"
#include "alerts/evaluator.h"
#include "demorecords.h"
#include "domain/demodata.h"
#include "server/alerts/sweeper.h"
#include "server/demoserverseed.h"

#include <QSet>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;

namespace {
SweepOptions instance(const QString &id)
{
    SweepOptions o;
    o.instanceId = id;
    return o;
}
} // namespace

/** Tests the sweep on PostgreSQL: same alerts as the pure rules, and one sweeper at a time across instances. */
class TestPgSweep : public QObject
{
    Q_OBJECT

    Pathway::Server::Test::PgCluster cluster;
    FakeClock clock {QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};

    std::unique_ptr<SqlServerStore> openInstance()
    {
        const QString uri = cluster.uri();
        auto store = std::make_unique<SqlServerStore>([uri](QString *e) { return openPostgres(uri, e); }, 2);
        QString error;
        if (!store->open(&error)) {
            qWarning() << error;
            return nullptr;
        }
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!cluster.start(&why)) {
            QSKIP(qPrintable(why));
        }
        AlertStore::registerSchema();
        if (sodium_init() < 0) {
            QFAIL("sodium_init");
        }
    }

    void twoInstancesOneSweeper()
    {
        auto a = openInstance();
        auto b = openInstance();
        QVERIFY(a && b);
        seedDemo(*a, clock, 3600);
        const DemoAuthority demo = makeDemoAuthority(clock.today());

        // Deterministic: while instance "a" holds the lease, "b" does not sweep.
        bool held = false;
        a->withConnection([&](SqlConnection &db) {
            held = AlertStore::tryAcquireLease(db, demo.authorityId, u"a"_s, clock.now().toMSecsSinceEpoch(), 60000);
        });
        QVERIFY(held);
        AlertSweeper sweeperB(*b, clock, instance(u"b"_s));
        QVERIFY(!sweeperB.sweep(demo.authorityId).ran);
        a->withConnection([&](SqlConnection &db) { AlertStore::releaseLease(db, demo.authorityId, u"a"_s); });

        // Racing: both instances try at once, many times; sweeps never overlap.
        std::atomic<int> inside {0};
        std::atomic<int> overlaps {0};
        auto hook = [&] {
            if (++inside > 1) {
                ++overlaps;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            --inside;
        };
        SweepOptions oa = instance(u"a"_s);
        oa.onLeaseHeld = hook;
        SweepOptions ob = instance(u"b"_s);
        ob.onLeaseHeld = hook;
        AlertSweeper one(*a, clock, oa);
        AlertSweeper two(*b, clock, ob);
        std::atomic<int> ranA {0};
        std::atomic<int> ranB {0};
        std::atomic<int> skipped {0};
        auto loop = [&](AlertSweeper &s, std::atomic<int> &ran) {
            for (int i = 0; i < 15; ++i) {
                (s.sweep(demo.authorityId).ran ? ran : skipped)++;
            }
        };
        std::thread ta([&] { loop(one, ranA); });
        std::thread tb([&] { loop(two, ranB); });
        ta.join();
        tb.join();
        QCOMPARE(overlaps.load(), 0);
        QVERIFY(skipped.load() > 0); // they did collide
        QVERIFY(ranA + ranB > 0);

        // Exactly the alerts of the pure rules, each opened once.
        QList<StoredAlert> stored;
        int openedEvents = 0;
        a->withConnection([&](SqlConnection &db) {
            stored = AlertStore::alertsOf(db, demo.authorityId, {}, {});
            SqlRows r;
            db.exec(u"SELECT COUNT(*) FROM alert_history WHERE event = 'opened'"_s, {}, &r);
            openedEvents = static_cast<int>(r.int64(0, 0));
        });
        QList<Alert> got;
        for (const auto &s : stored) {
            got.append(s.asOf(clock.today()).alert);
        }
        sortAlerts(got);
        const QList<Alert> expected
            = AlertEvaluator::evaluateCaseload(Pathway::Test::caseRecordsOf(demo), clock.now(), {});
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got, expected);
        QCOMPARE(openedEvents, expected.size());
    }

    /** A store of version 1 (day counts in the rows) keeps its alerts when an instance of this version opens it. */
    void migrationKeepsExistingAlerts()
    {
        using Pathway::Test::AlertMigration;
        auto a = openInstance();
        QVERIFY(a);
        const DemoAuthority demo = makeDemoAuthority(clock.today());
        AlertSweeper sweeper(*a, clock, instance(u"m"_s));
        QVERIFY(sweeper.sweep(demo.authorityId).ran);
        AlertMigration::downgradeToVersion1(*a, demo.authorityId, clock.today());
        QVERIFY(AlertMigration::rowsWithDayCounts(*a) > 0);
        const auto before = AlertMigration::shownByKey(*a, demo.authorityId, clock.today());
        auto b = openInstance(); // opening runs the migration
        QVERIFY(b);
        QCOMPARE(AlertMigration::rowsWithDayCounts(*b), 0);
        AlertMigration::compare(before, AlertMigration::shownByKey(*b, demo.authorityId, clock.today()));
        const SweepResult r = AlertSweeper(*b, clock, instance(u"m"_s)).sweep(demo.authorityId);
        QVERIFY(r.ran);
        QCOMPARE(r.updated + r.opened + r.resolved + r.reopened, 0);
    }
};

QTEST_GUILESS_MAIN(TestPgSweep)
#include "tst_pgsweep.moc"
