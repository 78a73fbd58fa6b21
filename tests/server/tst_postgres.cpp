// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "pgcluster.h"
#include "rawhttp.h"
#include "serverfixture.h"
#include "validbodies.h"

#include <QJsonArray>
#include <QSet>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

/** The PostgreSQL backend: same push/pull/access behaviour, and two instances never lose a change to a reader. */
class TestPostgres : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgCluster> pg;
    std::unique_ptr<Fixture> fx;

private Q_SLOTS:
    void initTestCase()
    {
        if (!PgCluster::available()) {
            QSKIP("PostgreSQL 15 server binaries (/usr/lib/postgresql/15/bin) are not installed");
        }
        pg = std::make_unique<PgCluster>();
        QString error;
        QVERIFY2(pg->start(&error), qPrintable(error));
        const QString uri = pg->uri();
        fx = std::make_unique<Fixture>([uri](QString *e) { return openPostgres(uri, e); });
        QCOMPARE(fx->store->dialect(), SqlDialect::PostgreSQL);
        fx->seedDirectory();
        fx->addYoungPerson(u"ypA"_s, u"pa1"_s);
        fx->addYoungPerson(u"ypB"_s, u"pa3"_s);
    }

    void pushPullAndAccess()
    {
        const auto pa1 = fx->login(u"pa1"_s);
        const auto pa3 = fx->login(u"pa3"_s);
        auto change = [&](const QString &id, const QString &owner, const QString &text) {
            return QJsonObject {
                {u"changeId"_s, id},
                {u"recordType"_s, u"plan_section"_s},
                {u"recordId"_s, QString(u"ps-"_s + owner)},
                {u"ownerId"_s, owner},
                {u"op"_s, u"upsert"_s},
                {u"hlc"_s, fx->hlc()},
                {u"fields"_s, Test::validBody(u"plan_section"_s, u"ps-"_s + owner, owner, {{u"goal"_s, text}})}};
        };
        auto r = Fixture::json(
            fx->post(u"/v1/sync/push"_s,
                     {{u"changes"_s,
                       QJsonArray {change(u"pg-1"_s, u"ypA"_s, u"Flat"_s), change(u"pg-2"_s, u"ypB"_s, u"College"_s)}}},
                     pa1));
        auto results = r.value(u"results"_s).toArray();
        QCOMPARE(results.at(0)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(results.at(1)[u"reason"_s].toString(), u"forbidden"_s);
        // Replays are duplicates with the original numbers.
        const auto again = Fixture::json(
            fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {change(u"pg-1"_s, u"ypA"_s, u"Flat"_s)}}}, pa1));
        QCOMPARE(again.value(u"results"_s).toArray().at(0)[u"status"_s].toString(), u"duplicate"_s);
        QCOMPARE(again.value(u"results"_s).toArray().at(0)[u"serverSeq"_s], results.at(0)[u"serverSeq"_s]);
        // Visibility: pa1 sees ypA's section, pa3 does not.
        auto ids = [&](const QString &token) {
            QSet<QString> out;
            for (const auto &rec : Fixture::json(fx->post(u"/v1/sync/pull"_s, {{u"limit"_s, 1000}}, token))
                                       .value(u"records"_s)
                                       .toArray()) {
                out.insert(rec[u"recordId"_s].toString());
            }
            return out;
        };
        QVERIFY(ids(pa1).contains(u"ps-ypA"_s));
        QVERIFY(!ids(pa3).contains(u"ps-ypA"_s));
        QVERIFY(ids(pa3).contains(u"ypB"_s));
        // Auth state lives in the database too: enrolment works across connections.
        QVERIFY(!fx->enrolYoungPerson(pa1, u"ypA"_s).isEmpty());
    }

    void twoInstancesConcurrentWritersReaderMissesNothing()
    {
        ServerProcess one;
        ServerProcess two;
        const QStringList args {u"--database"_s, pg->uri(), u"--port"_s, u"0"_s, u"--threads"_s, u"4"_s};
        QVERIFY2(one.start(args), one.output.constData());
        QVERIFY2(two.start(args), two.output.constData());
        const auto login = [](int port, const QByteArray &email) {
            return rawRequest(port, "POST", "/v1/auth/login",
                              R"({"email":")" + email + R"(","password":"correct horse battery"})")
                .json()
                .value(u"token"_s)
                .toString()
                .toLatin1();
        };
        const QByteArray writerA = login(one.port, "pa1@example.org");
        const QByteArray writerB = login(two.port, "admin@example.org");
        const QByteArray reader = login(one.port, "mgr1@example.org");
        QVERIFY(!writerA.isEmpty() && !writerB.isEmpty() && !reader.isEmpty());

        std::mutex mutex;
        QSet<QString> pushed;
        std::atomic_int writersDone = 0;
        // The interleaving is explicit, not left to speed: a writer may push batch b only once
        // the reader has finished b / kBatchesPerRound rounds, so the reader's pulls always run
        // while the writers are still committing, on any machine.
        constexpr int kBatches = 30;
        constexpr int kBatchesPerRound = 3;
        std::mutex roundMutex;
        std::condition_variable roundDone;
        int rounds = 0;
        auto writer = [&](int port, QByteArray token, QString prefix, int writerIndex) {
            for (int batch = 0; batch < kBatches; ++batch) {
                {
                    std::unique_lock lock(roundMutex);
                    roundDone.wait(lock, [&] { return rounds >= batch / kBatchesPerRound; });
                }
                QJsonArray changes;
                QStringList ids;
                for (int i = 0; i < 5; ++i) {
                    const QString id = u"%1-%2-%3"_s.arg(prefix).arg(batch).arg(i);
                    ids.append(id);
                    changes.append(QJsonObject {
                        {u"changeId"_s, id},
                        {u"recordType"_s, u"chronology_event"_s},
                        {u"recordId"_s, id},
                        {u"ownerId"_s, u"ypA"_s},
                        {u"op"_s, u"upsert"_s},
                        {u"hlc"_s, Sync::Hlc {QDateTime::currentMSecsSinceEpoch(), writerIndex, prefix}.toString()},
                        {u"fields"_s, Test::validBody(u"chronology_event"_s, id, u"ypA"_s, {{u"summary"_s, id}})}});
                }
                const auto r
                    = rawRequest(port, "POST", "/v1/sync/push",
                                 QJsonDocument(QJsonObject {{u"changes"_s, changes}}).toJson(QJsonDocument::Compact),
                                 {{"Authorization", "Bearer " + token}});
                std::lock_guard lock(mutex);
                for (const auto &res : r.json().value(u"results"_s).toArray()) {
                    if (res[u"status"_s] == u"applied"_s) {
                        pushed.insert(res[u"changeId"_s].toString());
                    }
                }
            }
            ++writersDone;
        };
        QSet<QString> pulled;
        QJsonObject cursors;
        std::atomic_bool readerFailed = false;
        auto pullOnce = [&](int port) {
            for (int page = 0; page < 100; ++page) {
                const auto r
                    = rawRequest(port, "POST", "/v1/sync/pull",
                                 QJsonDocument(QJsonObject {{u"cursors"_s, cursors}, {u"limit"_s, 7}}).toJson(),
                                 {{"Authorization", "Bearer " + reader}});
                if (r.status != 200) {
                    qWarning() << "pull answered" << r.status << r.body.left(200);
                    readerFailed = true;
                    return;
                }
                for (const auto &rec : r.json().value(u"records"_s).toArray()) {
                    if (rec[u"recordType"_s] == u"chronology_event"_s) {
                        pulled.insert(rec[u"recordId"_s].toString());
                    }
                }
                cursors = r.json().value(u"cursors"_s).toObject();
                if (!r.json().value(u"hasMore"_s).toBool()) {
                    return;
                }
            }
        };
        std::thread a(writer, one.port, writerA, u"wa"_s, 1);
        std::thread b(writer, two.port, writerB, u"wb"_s, 2);
        // The reader pulls continuously, alternating instances, with small pages; a row that
        // became visible behind its cursor would never be seen again.
        for (int round = 0; writersDone < 2; ++round) {
            pullOnce(round % 2 ? two.port : one.port);
            {
                std::lock_guard lock(roundMutex);
                rounds = round + 1;
            }
            roundDone.notify_all();
        }
        a.join();
        b.join();
        pullOnce(one.port);
        pullOnce(two.port);
        QVERIFY(!readerFailed);
        // Each writer's last batch waited for this many rounds, all of them while it wrote.
        QVERIFY(rounds >= (kBatches - 1) / kBatchesPerRound);
        QVERIFY(pushed.size() >= 300);
        QSet<QString> missing = pushed - pulled;
        QVERIFY2(missing.isEmpty(), qPrintable(u"missed %1 changes"_s.arg(missing.size())));
        QCOMPARE(pulled, pushed);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
