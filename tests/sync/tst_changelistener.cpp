// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "fakeserver.h"
#include "synctestutil.h"

#include "sync/apiclient.h"
#include "sync/changelistener.h"
#include "sync/credentials.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Sync;
using namespace Pathway::Sync::Testing;

/**
 * The engine's long-poll (ChangeListener, GET /v1/sync/wait) against a fake server that holds
 * it: it listens after a sync, pulls when the server announces something new beyond its cursor
 * (without anyone calling syncNow), ignores stale announcements, pauses until the pull worked,
 * stops while offline, backs off on errors, gives up on servers without the endpoint; and
 * concurrent requests share one token refresh. Everything waits on conditions, never on time.
 */
class TestChangeListener : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeClock> clock;
    std::unique_ptr<TestDevice> device;
    std::unique_ptr<FakeServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<Credentials> credentials;
    std::unique_ptr<SyncEngine> engine;

    qint64 serverSeq = 10; ///< the fake server's newest sequence number
    QList<QJsonObject> newRecords; ///< served by the next pull
    int pullStatus = 200;
    int waitStatus = 0; ///< 0: hold the long-poll; else answer at once with this status
    QString validToken = u"access-1"_s;
    QString validRefresh = u"refresh-1"_s; ///< rotates: each refresh token works once
    bool refreshWorks = true;
    int refreshCalls = 0;

    SyncEngine::Options options()
    {
        SyncEngine::Options o;
        o.watchReachability = false;
        o.debounceMs = 50;
        o.periodicMs = 10 * 60 * 1000;
        o.backoff.baseMs = 20;
        o.backoff.maxMs = 40;
        o.random = [] {
            return 0.5;
        };
        return o;
    }

    FakeResponse handle(const FakeRequest &req)
    {
        if (req.path == "/v1/auth/refresh") {
            ++refreshCalls;
            if (!refreshWorks || req.json.value(u"refreshToken"_s).toString() != validRefresh) {
                return {401, {{u"error"_s, u"token_revoked"_s}}};
            }
            validToken = u"access-2"_s;
            validRefresh = u"refresh-2"_s;
            return {200, {{u"token"_s, validToken}, {u"refreshToken"_s, validRefresh}}};
        }
        if (req.headers.value("authorization") != "Bearer " + validToken.toUtf8()) {
            return {401, {{u"error"_s, u"token_expired"_s}}};
        }
        if (req.path == "/v1/sync/push") {
            return {200, {{u"results"_s, QJsonArray()}}};
        }
        if (req.path == "/v1/sync/pull") {
            if (pullStatus != 200) {
                return {pullStatus, {{u"error"_s, u"internal_error"_s}}};
            }
            PullResponse page;
            page.cursors.insert(authorityScope(), QString::number(serverSeq));
            QJsonObject json = page.toJson();
            QJsonArray records;
            for (const auto &r : std::as_const(newRecords)) {
                records.append(r);
            }
            newRecords.clear();
            json.insert(u"records"_s, records);
            return {200, json};
        }
        if (req.path == "/v1/sync/wait") {
            if (waitStatus != 0) {
                return {waitStatus, {{u"error"_s, u"nope"_s}}};
            }
            FakeResponse held;
            held.hold = true;
            return held;
        }
        return {404, {{u"error"_s, u"not_found"_s}}};
    }

    /** A record another device saved, as the next pull returns it, at a new sequence number. */
    void somebodyElseSaves(const QString &id, const QString &goal)
    {
        ++serverSeq;
        PulledRecord r;
        r.recordType = u"plan_section"_s;
        r.recordId = id;
        r.ownerId = u"yp1"_s;
        r.body = {{u"id"_s, id}, {u"goal"_s, goal}, {u"area"_s, u"education"_s}};
        r.hlc = Hlc {clock->now().toMSecsSinceEpoch(), 0, u"other"_s}.toString();
        r.serverSeq = serverSeq;
        newRecords.append(r.toJson());
    }

    qint64 afterOf(const FakeRequest &r) const
    {
        return QUrlQuery(QString::fromUtf8(r.query)).queryItemValue(u"after"_s).toLongLong();
    }

    bool runSync()
    {
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        engine->syncNow();
        return done.wait(10000) && done.first().first().toBool();
    }

private Q_SLOTS:
    void init()
    {
        clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        device = std::make_unique<TestDevice>(*clock);
        server = std::make_unique<FakeServer>();
        QVERIFY(server->start());
        server->setHandler([this](const FakeRequest &r) { return handle(r); });
        nam = std::make_unique<QNetworkAccessManager>();
        credentials = std::make_unique<Credentials>();
        credentials->setServerUrl(server->url());
        credentials->setDeviceId(u"dev1"_s);
        credentials->setTokens(u"access-1"_s, u"refresh-1"_s);
        validToken = u"access-1"_s;
        validRefresh = u"refresh-1"_s;
        refreshWorks = true;
        serverSeq = 10;
        newRecords.clear();
        pullStatus = 200;
        waitStatus = 0;
        refreshCalls = 0;
        engine = std::make_unique<SyncEngine>(device->sync.get(), nam.get(), credentials.get(), *clock, options());
    }

    void cleanup()
    {
        engine.reset();
        credentials.reset();
        nam.reset();
        server.reset();
        device.reset();
    }

    void pullsWhenTheServerAnnouncesAChange()
    {
        QVERIFY(runSync());
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
        QCOMPARE(afterOf(server->requestsTo("/v1/sync/wait").last()), 10);
        QCOMPARE(engine->changeListener()->state(), ChangeListener::State::Waiting);

        somebodyElseSaves(u"ps-remote"_s, u"Start an apprenticeship"_s);
        QSignalSpy synced(engine.get(), &SyncEngine::finished);
        QVERIFY(server->answerHeld({200, {{u"changed"_s, true}, {u"cursor"_s, u"11"_s}}}));
        QVERIFY(synced.wait(10000)); // nobody called syncNow()
        QVERIFY(synced.first().first().toBool());
        QVERIFY(device->records().get(u"plan_section"_s, u"ps-remote"_s).has_value());
        // ... and it listens again, beyond the new cursor.
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
        QCOMPARE(afterOf(server->requestsTo("/v1/sync/wait").last()), 11);
    }

    void ignoresAnnouncementsItHasPulledAlready()
    {
        QVERIFY(runSync());
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
        QSignalSpy synced(engine.get(), &SyncEngine::finished);
        const auto pullsBefore = server->requestsTo("/v1/sync/pull").size();
        QVERIFY(server->answerHeld({200, {{u"changed"_s, true}, {u"cursor"_s, u"10"_s}}}));
        QTRY_COMPARE_WITH_TIMEOUT(server->requestsTo("/v1/sync/wait").size(), 2, 10000);
        QVERIFY(server->answerHeld({200, {{u"changed"_s, false}}}));
        QTRY_COMPARE_WITH_TIMEOUT(server->requestsTo("/v1/sync/wait").size(), 3, 10000);
        QCOMPARE(synced.size(), 0);
        QCOMPARE(server->requestsTo("/v1/sync/pull").size(), pullsBefore);
    }

    void waitsForASuccessfulPullBeforeListeningAgain()
    {
        QVERIFY(runSync());
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
        pullStatus = 500;
        somebodyElseSaves(u"ps-later"_s, u"Open a bank account"_s);
        QSignalSpy synced(engine.get(), &SyncEngine::finished);
        QVERIFY(server->answerHeld({200, {{u"changed"_s, true}, {u"cursor"_s, u"11"_s}}}));
        QVERIFY(synced.wait(10000));
        QCOMPARE(synced.first().first().toBool(), false);
        // Paused: no new long-poll that would be answered "changed" again and again.
        QCOMPARE(engine->changeListener()->state(), ChangeListener::State::Paused);
        QCOMPARE(server->requestsTo("/v1/sync/wait").size(), 1);
        pullStatus = 200;
        QVERIFY(runSync());
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
        QCOMPARE(afterOf(server->requestsTo("/v1/sync/wait").last()), 11);
    }

    void stopsWhileOffline()
    {
        QVERIFY(runSync());
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
        engine->setNetworkReachable(false);
        QCOMPARE(engine->changeListener()->state(), ChangeListener::State::Stopped);
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 0, 10000); // the held request was abandoned
        QSignalSpy synced(engine.get(), &SyncEngine::finished);
        engine->setNetworkReachable(true); // back: a sync, then listening again
        QVERIFY(synced.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
    }

    void backsOffAfterErrorsAndGivesUpWithoutTheEndpoint()
    {
        waitStatus = 503;
        QVERIFY(runSync());
        QTRY_VERIFY_WITH_TIMEOUT(engine->changeListener()->backoff().failures() >= 2, 10000);
        waitStatus = 0;
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
        QCOMPARE(engine->changeListener()->backoff().failures() > 0, true); // reset only by an answer
        QVERIFY(server->answerHeld({200, {{u"changed"_s, false}}}));
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
        QCOMPARE(engine->changeListener()->backoff().failures(), 0);

        waitStatus = 404;
        QVERIFY(server->answerHeld({404, {{u"error"_s, u"not_found"_s}}}));
        QTRY_COMPARE_WITH_TIMEOUT(engine->changeListener()->state(), ChangeListener::State::Unsupported, 10000);
        const auto waits = server->requestsTo("/v1/sync/wait").size();
        QVERIFY(runSync());
        QCOMPARE(server->requestsTo("/v1/sync/wait").size(), waits);
    }

    void stopsWhenTheLoginIsGone()
    {
        QVERIFY(runSync());
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
        QSignalSpy loginRequired(engine.get(), &SyncEngine::loginRequired);
        validToken = u"revoked"_s;
        refreshWorks = false;
        QVERIFY(server->answerHeld({401, {{u"error"_s, u"token_revoked"_s}}}));
        QVERIFY(loginRequired.wait(10000)); // the engine found out with a run of its own
        QCOMPARE(engine->changeListener()->state(), ChangeListener::State::Stopped);
        QCOMPARE(engine->state(), SyncEngine::State::LoginRequired);
    }

    void concurrentRequestsShareOneRefresh()
    {
        validToken = u"access-2"_s; // access-1 has expired
        ApiClient api(nam.get(), credentials.get());
        int answers = 0;
        bool allOk = true;
        auto done = [&](const ApiReply &r) {
            ++answers;
            allOk = allOk && r.ok();
        };
        waitStatus = 0;
        api.post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray()}}, done);
        api.post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray()}}, done);
        QUrlQuery query;
        query.addQueryItem(u"after"_s, u"0"_s);
        api.get(u"/v1/sync/wait"_s, query, done, 60000, u"wait"_s);
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(server->heldCount(), 1, 10000);
        QVERIFY(allOk);
        QCOMPARE(refreshCalls, 1);
        QCOMPARE(credentials->accessToken(), u"access-2"_s);
        api.abort(u"wait"_s);
        QTRY_COMPARE_WITH_TIMEOUT(answers, 3, 10000);
    }
};

QTEST_GUILESS_MAIN(TestChangeListener)
#include "tst_changelistener.moc"
