// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "pgcluster.h"
#include "rawhttp.h"
#include "serverfixture.h"

#include "server/httpserver.h"
#include "server/pgchangelistener.h"
#include "server/syncwait.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

namespace {

/** A long-poll started in process: the held response and how often it was woken. */
struct Wait
{
    std::shared_ptr<HeldResponse> held;
    std::shared_ptr<std::atomic_int> wakes = std::make_shared<std::atomic_int>(0);
    int status = 0;

    /** The answer now, as the front end would ask for it after a wake (nullopt: still held). */
    std::optional<QJsonObject> poll() const
    {
        const auto r = held->poll();
        if (!r) {
            return std::nullopt;
        }
        return Fixture::json(*r);
    }
};

Wait startWait(Fixture &fx, const QString &token, qint64 after, const Router *router = nullptr)
{
    HttpRequest req;
    req.method = u"GET"_s;
    req.path = u"/v1/sync/wait"_s;
    req.query.insert(u"after"_s, QString::number(after));
    req.headers.insert(u"authorization"_s, u"Bearer "_s + token);
    Wait w;
    auto r = dispatch(router ? *router : fx.router, req, fx.metrics);
    w.status = r.status;
    w.held = r.held;
    if (w.held) {
        w.held->setWake([wakes = w.wakes] { ++*wakes; });
    }
    return w;
}

qint64 currentSeq(Fixture &fx)
{
    qint64 seq = 0;
    for (const auto &r : fx.store->allRecords()) {
        seq = std::max(seq, r.serverSeq);
    }
    return seq;
}

void writeSection(Fixture &fx, const QString &changeId, const QString &owner, const QString &goal)
{
    writeAsServer(*fx.store, fx.clock, changeId, u"plan_section"_s, u"ps-"_s + owner, owner,
                  {{u"id"_s, QString(u"ps-"_s + owner)}, {u"youngPersonId"_s, owner}, {u"goal"_s, goal}});
}

} // namespace

/**
 * GET /v1/sync/wait: answers at once when something the caller may read is newer than its
 * cursor, otherwise holds the request (without a thread) until a commit concerns the caller;
 * access rules decide; limits per device and in all; other instances' commits over PostgreSQL.
 */
class TestSyncWait : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> fx;
    QString pa1;
    QString pa2;
    QString yp1;

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<Fixture>();
        fx->seedDirectory();
        fx->addYoungPerson(u"yp1"_s, u"pa1"_s);
        fx->addYoungPerson(u"yp2"_s, u"pa2"_s);
        pa1 = fx->login(u"pa1"_s);
        pa2 = fx->login(u"pa2"_s);
        yp1 = fx->enrolYoungPerson(pa1, u"yp1"_s, u"yp1-phone"_s);
    }

    void answersAtOnceWhenSomethingIsNewer()
    {
        const qint64 before = currentSeq(*fx);
        writeSection(*fx, u"c1"_s, u"yp1"_s, u"Find a flat"_s);
        const auto w = startWait(*fx, pa1, before);
        QVERIFY(w.held);
        const auto answer = w.poll();
        QVERIFY(answer);
        QCOMPARE(answer->value(u"changed"_s).toBool(), true);
        QCOMPARE(answer->value(u"cursor"_s).toString().toLongLong(), currentSeq(*fx));
        // Someone who cannot see yp1 has nothing new.
        QVERIFY(!startWait(*fx, pa2, before).poll());
    }

    void holdsUntilAVisibleChangeCommits()
    {
        const auto own = startWait(*fx, pa1, currentSeq(*fx));
        const auto other = startWait(*fx, pa2, currentSeq(*fx));
        const auto young = startWait(*fx, yp1, currentSeq(*fx));
        QVERIFY(!own.poll());
        QVERIFY(!other.poll());
        QVERIFY(!young.poll());
        QCOMPARE(fx->changes.waiterCount(), 3);

        writeSection(*fx, u"c2"_s, u"yp1"_s, u"College in September"_s);
        QVERIFY(*own.wakes > 0);
        QVERIFY(*young.wakes > 0);
        QCOMPARE(int(*other.wakes), 0); // pa2 sees nobody whose records changed: not even woken
        QCOMPARE(own.poll()->value(u"changed"_s).toBool(), true);
        QCOMPARE(young.poll()->value(u"changed"_s).toBool(), true);
        QVERIFY(!other.poll());
        QCOMPARE(other.held->expired().status, 200);
        QCOMPARE(Fixture::json(other.held->expired()).value(u"changed"_s).toBool(), false);
    }

    void aYoungPersonIsNotAnsweredForStaffOnlyRecords()
    {
        const auto young = startWait(*fx, yp1, currentSeq(*fx));
        const auto staff = startWait(*fx, pa1, currentSeq(*fx));
        QVERIFY(!young.poll());
        QVERIFY(!staff.poll());
        writeAsServer(*fx->store, fx->clock, u"c3"_s, u"contact_log"_s, u"log-1"_s, u"yp1"_s,
                      {{u"id"_s, u"log-1"_s},
                       {u"youngPersonId"_s, u"yp1"_s},
                       {u"staffId"_s, u"pa1"_s},
                       {u"at"_s, u"2026-03-02T09:00:00Z"_s},
                       {u"kind"_s, u"phone"_s},
                       {u"successful"_s, true},
                       {u"confidential"_s, true}});
        // Woken (the feed over-approximates by owner), but the access rules find nothing for them.
        QVERIFY(*young.wakes > 0);
        QVERIFY(!young.poll());
        QCOMPARE(staff.poll()->value(u"changed"_s).toBool(), true);
    }

    void anAllocationWakesTheNewPa()
    {
        const auto w = startWait(*fx, pa2, currentSeq(*fx));
        QVERIFY(!w.poll());
        // A handover: pa1's period ends yesterday (an overlapping period would be refused).
        fx->endAllocation(u"yp1"_s, u"pa1"_s, fx->clock.today().addDays(-1));
        fx->allocate(u"yp1"_s, u"pa2"_s, fx->clock.today());
        QVERIFY(*w.wakes > 0);
        QCOMPARE(w.poll()->value(u"changed"_s).toBool(), true);
    }

    void aDevicesNewWaitEndsItsOldest()
    {
        const auto first = startWait(*fx, pa1, currentSeq(*fx));
        const auto second = startWait(*fx, pa1, currentSeq(*fx));
        QVERIFY(!first.poll());
        QVERIFY(!second.poll());
        const auto third = startWait(*fx, pa1, currentSeq(*fx));
        QVERIFY(*first.wakes > 0);
        const auto ended = first.poll();
        QVERIFY(ended);
        QCOMPARE(ended->value(u"changed"_s).toBool(), false);
        QVERIFY(!second.poll());
        QVERIFY(!third.poll());
    }

    void refusesBeyondTheInstanceLimit()
    {
        ChangeFeed small({2, 2});
        Router router;
        registerSyncWaitRoute(router, *fx->context, small);
        const auto a = startWait(*fx, pa1, 0, &router);
        const auto b = startWait(*fx, pa2, 0, &router);
        QVERIFY(a.held && b.held);
        const auto c = startWait(*fx, yp1, 0, &router);
        QVERIFY(!c.held);
        QCOMPARE(c.status, 503);
    }

    void checksItsInput()
    {
        HttpRequest req;
        req.method = u"GET"_s;
        req.path = u"/v1/sync/wait"_s;
        QCOMPARE(dispatch(fx->router, req, fx->metrics).status, 401);
        req.headers.insert(u"authorization"_s, u"Bearer "_s + pa1);
        req.query.insert(u"after"_s, u"-3"_s);
        QCOMPARE(dispatch(fx->router, req, fx->metrics).status, 422);
        req.query.insert(u"after"_s, u"0"_s);
        req.query.insert(u"timeout"_s, u"5"_s);
        const auto r = dispatch(fx->router, req, fx->metrics);
        QVERIFY(r.held);
        QCOMPARE(r.held->holdTime(), std::chrono::milliseconds(5000));
        req.query.insert(u"timeout"_s, u"600"_s);
        QCOMPARE(dispatch(fx->router, req, fx->metrics).held->holdTime(),
                 std::chrono::milliseconds(fx->config.syncWaitSecs * 1000));
    }

    /** The real front end with ONE worker thread: held long-polls leave it free for other requests. */
    void heldRequestsDoNotTieUpWorkers()
    {
        fx->config.threads = 1;
        fx->config.port = 0;
        fx->config.syncWaitSecs = 120;
        HttpServer server(fx->config, fx->router, fx->metrics);
        QString error;
        QVERIFY2(server.listen(&error), qPrintable(error));
        std::thread io([&server] { server.run(); });
        const int port = server.port();
        auto longPoll = [&](QTcpSocket &s, const QString &token) {
            s.connectToHost(u"127.0.0.1"_s, quint16(port));
            QVERIFY(s.waitForConnected(5000));
            s.write("GET /v1/sync/wait?after=" + QByteArray::number(currentSeq(*fx))
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token.toUtf8() + "\r\n\r\n");
            QVERIFY(s.waitForBytesWritten(5000));
        };
        QTcpSocket own, young, other;
        longPoll(own, pa1);
        longPoll(young, yp1);
        longPoll(other, pa2);
        QTRY_COMPARE_WITH_TIMEOUT(fx->changes.waiterCount(), 3, 10000);

        const auto health = rawRequest(port, "GET", "/healthz");
        QCOMPARE(health.status, 200);
        QVERIFY(!own.waitForReadyRead(200)); // still held

        writeSection(*fx, u"c4"_s, u"yp1"_s, u"Driving lessons"_s);
        const auto ownAnswer = readResponse(own);
        const auto youngAnswer = readResponse(young);
        QCOMPARE(ownAnswer.status, 200);
        QCOMPARE(ownAnswer.json().value(u"changed"_s).toBool(), true);
        QCOMPARE(youngAnswer.json().value(u"changed"_s).toBool(), true);
        QVERIFY(!other.waitForReadyRead(200)); // pa2 sees nothing of yp1: still held

        // Stopping answers the rest at once ("nothing new"), so the drain does not wait them out.
        server.stop();
        const auto otherAnswer = readResponse(other);
        QCOMPARE(otherAnswer.status, 200);
        QCOMPARE(otherAnswer.json().value(u"changed"_s).toBool(), false);
        io.join();
        QCOMPARE(fx->changes.waiterCount(), 0);
    }

    /** Two instances on one PostgreSQL: a commit on one wakes the other's long-polls (NOTIFY). */
    void anotherInstancesCommitWakesWaiters()
    {
        if (!PgCluster::available()) {
            QSKIP("PostgreSQL 15 server binaries are not installed");
        }
        PgCluster pg;
        QString error;
        QVERIFY2(pg.start(&error), qPrintable(error));
        const QString uri = pg.uri();
        auto factory = [uri](QString *e) {
            return openPostgres(uri, e);
        };
        Fixture a(factory);
        a.seedDirectory();
        a.addYoungPerson(u"ypA"_s, u"pa1"_s);
        Fixture b(factory);
        a.store->setNotifyInstance(a.changes.instanceId());
        b.store->setNotifyInstance(b.changes.instanceId());
        PgChangeListener listenerB(uri, b.changes);
        listenerB.start();
        QTRY_VERIFY_WITH_TIMEOUT(listenerB.isListening(), 20000);

        const QString token = b.login(u"pa1"_s);
        const auto w = startWait(b, token, currentSeq(b));
        QVERIFY(!w.poll());
        const int wakesBefore = *w.wakes;
        writeSection(a, u"pg-c1"_s, u"ypA"_s, u"A flat near college"_s);
        QTRY_VERIFY_WITH_TIMEOUT(*w.wakes > wakesBefore, 20000);
        const auto answer = w.poll();
        QVERIFY(answer);
        QCOMPARE(answer->value(u"changed"_s).toBool(), true);
        listenerB.stop();
    }

    void noticesRoundTrip()
    {
        const QList<CommittedRecord> records {{u"a1"_s, u"yp1"_s, u"plan_section"_s, 5},
                                              {u"a1"_s, u"yp1"_s, u"health_entry"_s, 6},
                                              {u"a1"_s, u"yp2"_s, u"allocation"_s, 7},
                                              {u"a1"_s, QString(), u"staff"_s, 8}};
        const auto decoded = ChangeFeed::decodeNotice(ChangeFeed::encodeNotice(u"me"_s, records));
        QVERIFY(decoded);
        QCOMPARE(decoded->first, u"me"_s);
        QStringList owners;
        for (const auto &r : decoded->second) {
            QCOMPARE(r.authorityId, u"a1"_s);
            owners.append(r.ownerId);
        }
        // An allocation or an authority-wide record wakes everyone of the authority: sent as "*".
        QCOMPARE(owners, QStringList({u"*"_s}));
        const auto plain = ChangeFeed::decodeNotice(ChangeFeed::encodeNotice(u"me"_s, records.mid(0, 2)));
        QCOMPARE(plain->second.size(), 1);
        QCOMPARE(plain->second.first().ownerId, u"yp1"_s);
        // Too many owners for one NOTIFY: everyone of the authority.
        QList<CommittedRecord> many;
        for (int i = 0; i < 400; ++i) {
            many.append(
                {u"a1"_s, u"young-person-with-a-long-identifier-"_s + QString::number(i), u"plan_section"_s, i});
        }
        const QByteArray payload = ChangeFeed::encodeNotice(u"me"_s, many);
        QVERIFY(payload.size() < 8000);
        QCOMPARE(ChangeFeed::decodeNotice(payload)->second.first().ownerId, u"*"_s);
        QVERIFY(!ChangeFeed::decodeNotice("not json"));
    }
};

QTEST_GUILESS_MAIN(TestSyncWait)
#include "tst_syncwait.moc"
