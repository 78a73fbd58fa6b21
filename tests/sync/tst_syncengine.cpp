// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "fakeserver.h"
#include "synctestutil.h"

#include "store/recordstore.h"
#include "sync/apiclient.h"
#include "sync/credentials.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Sync;
using namespace Pathway::Sync::Testing;

namespace {

QJsonObject pulled(const QString &type,
                   const QString &id,
                   const QString &owner,
                   const QJsonObject &body,
                   const QString &hlc,
                   qint64 seq)
{
    PulledRecord r;
    r.recordType = type;
    r.recordId = id;
    r.ownerId = owner;
    r.body = body;
    r.body.insert(u"id"_s, id);
    for (auto it = r.body.begin(); it != r.body.end(); ++it) {
        r.fieldHlc.insert(it.key(), hlc);
    }
    r.hlc = hlc;
    r.serverSeq = seq;
    return r.toJson();
}

QString hlcAt(qint64 ms, const QString &node = u"server0"_s)
{
    return Hlc {ms, 0, node}.toString();
}

} // namespace

/**
 * Tests SyncEngine against a fake pathway-server: batching, per-change results, page and cursor
 * atomicity, unsent local edits, token refresh, login expiry, dropped connections and backoff.
 */
class TestSyncEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeClock> clock;
    std::unique_ptr<TestDevice> device;
    std::unique_ptr<FakeServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<Credentials> credentials;
    std::unique_ptr<SyncEngine> engine;

    // Scripted server behaviour.
    QString validToken;
    std::function<PushResult(const Change &)> pushResult;
    QList<FakeResponse> pullPages; // served in order; then an empty final page
    qsizetype dropPushAfter = 0;
    int refreshCalls = 0;
    bool refreshWorks = true;
    qint64 nextSeq = 100;

    SyncEngine::Options options()
    {
        SyncEngine::Options o;
        o.watchReachability = false;
        o.pushBatchSize = 2;
        o.debounceMs = 500;
        o.periodicMs = 60000;
        o.backoff.baseMs = 1000;
        o.backoff.maxMs = 8000;
        o.backoff.jitter = 0.5;
        o.random = [] {
            return 0.5;
        };
        return o;
    }

    FakeResponse handle(const FakeRequest &req)
    {
        if (req.path == "/v1/auth/refresh") {
            ++refreshCalls;
            if (!refreshWorks || req.json.value(u"refreshToken"_s).toString() != u"refresh-1"_s) {
                return {401, {{u"error"_s, u"invalid_refresh_token"_s}}};
            }
            validToken = u"access-2"_s;
            return {200, {{u"token"_s, validToken}, {u"refreshToken"_s, u"refresh-2"_s}, {u"deviceId"_s, u"dev1"_s}}};
        }
        if (req.headers.value("authorization") != "Bearer " + validToken.toUtf8()) {
            return {401, {{u"error"_s, u"token_expired"_s}}};
        }
        if (req.path == "/v1/sync/push") {
            const auto push = PushRequest::fromJson(req.json);
            if (!push) {
                return {422, {{u"error"_s, u"invalid"_s}}};
            }
            PushResponse resp;
            for (const auto &c : push->changes) {
                if (pushResult) {
                    const auto r = pushResult(c);
                    if (!r.changeId.isEmpty()) {
                        resp.results.append(r);
                    }
                } else {
                    resp.results.append({c.changeId, PushStatus::Applied, {}, ++nextSeq, c.hlc});
                }
            }
            FakeResponse out {200, resp.toJson()};
            out.dropAfterBytes = dropPushAfter;
            return out;
        }
        if (req.path == "/v1/sync/pull") {
            if (!pullPages.isEmpty()) {
                return pullPages.takeFirst();
            }
            PullResponse last;
            last.cursors.insert(authorityScope(), QString::number(nextSeq));
            return {200, last.toJson(), true};
        }
        return {404, {{u"error"_s, u"not_found"_s}}};
    }

    QString saveGoal(const QString &id, const QString &goal)
    {
        const auto r = device->records().saveLocal(u"plan_section"_s, id, u"yp1"_s,
                                                   {{u"goal"_s, goal}, {u"area"_s, u"education"_s}});
        return r.changeId;
    }

    bool runSync()
    {
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        engine->syncNow();
        if (!done.wait(10000)) {
            return false;
        }
        return done.first().first().toBool();
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
        validToken = u"access-1"_s;
        credentials->setTokens(u"access-1"_s, u"refresh-1"_s);
        pushResult = {};
        pullPages.clear();
        dropPushAfter = 0;
        refreshCalls = 0;
        refreshWorks = true;
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

    void pushesTheOutboxInGzipBatches()
    {
        for (int i = 0; i < 5; ++i) {
            QVERIFY(
                !saveGoal(u"s%1"_s.arg(i), u"Get a place at college to study plumbing, number %1"_s.arg(i)).isEmpty());
        }
        engine->refreshCounts();
        QCOMPARE(engine->pendingChanges(), 5);
        QVERIFY(runSync());
        const auto pushes = server->requestsTo("/v1/sync/push");
        QCOMPARE(pushes.size(), 3);
        QCOMPARE(pushes.at(0).json.value(u"changes"_s).toArray().size(), 2);
        QCOMPARE(pushes.at(1).json.value(u"changes"_s).toArray().size(), 2);
        QCOMPARE(pushes.at(2).json.value(u"changes"_s).toArray().size(), 1);
        for (const auto &p : pushes) {
            QCOMPARE(p.headers.value("content-encoding"), QByteArray("gzip"));
            QVERIFY(p.wireBody.size() < p.body.size());
            QCOMPARE(p.json.value(u"deviceId"_s).toString(), u"dev1"_s);
        }
        QVERIFY(server->requestsTo("/v1/sync/pull").first().headers.value("accept-encoding").contains("gzip"));
        QCOMPARE(engine->pendingChanges(), 0);
        QCOMPARE(device->records().pendingCount(), 0);
        QCOMPARE(device->sync->syncState(u"plan_section"_s, u"s3"_s), RecordSyncState::Synced);
        QCOMPARE(engine->state(), SyncEngine::State::Idle);
        QCOMPARE(engine->lastSyncedAt(), clock->now());
        QCOMPARE(engine->progress(), 1.0);
        QVERIFY(engine->lastError().isEmpty());
    }

    void handlesEachResultAndGoesOn()
    {
        const QString applied = saveGoal(u"a"_s, u"Applied goal"_s);
        const QString duplicate = saveGoal(u"d"_s, u"Duplicate goal"_s);
        const QString conflict = saveGoal(u"c"_s, u"Conflicting goal"_s);
        const QString rejected = saveGoal(u"r"_s, u"Rejected goal"_s);
        const QString after = saveGoal(u"z"_s, u"Goal after the rejected one"_s);
        pushResult = [&](const Change &c) -> PushResult {
            if (c.changeId == duplicate) {
                return {c.changeId, PushStatus::Duplicate, {}, 7, c.hlc};
            }
            if (c.changeId == conflict) {
                return {c.changeId, PushStatus::Conflict, u"text_conflict"_s, 8, c.hlc};
            }
            if (c.changeId == rejected) {
                return {c.changeId, PushStatus::Rejected, u"forbidden"_s, 0, {}};
            }
            return {c.changeId, PushStatus::Applied, {}, ++nextSeq, c.hlc};
        };
        // The pull brings the conflict details for record "c".
        PullResponse page;
        auto rec = PulledRecord::fromJson(pulled(u"plan_section"_s, u"c"_s, u"yp1"_s,
                                                 {{u"goal"_s, u"Conflicting goal"_s}, {u"area"_s, u"education"_s}},
                                                 // as the server keeps it: with this device's HLC,
                                                 // so this device is a party to the conflict
                                                 hlcAt(1772442000000, device->records().clock().nodeId()), 8));
        QVERIFY(rec);
        rec->conflicts.append(
            {u"k1"_s, u"goal"_s, u"The PA's version of the goal"_s, hlcAt(1772441000000, u"pa"_s), {}});
        page.records.append(*rec);
        page.cursors.insert(ownerScope(u"yp1"_s), u"8"_s);
        pullPages.append({200, page.toJson()});

        QVERIFY(runSync());
        QCOMPARE(engine->lastStats().pushed, 5);
        QCOMPARE(engine->lastStats().rejected, 1);
        QCOMPARE(engine->pendingChanges(), 0); // the rejected change is kept but no longer pending
        QCOMPARE(device->sync->syncState(u"plan_section"_s, u"a"_s), RecordSyncState::Synced);
        QCOMPARE(device->sync->syncState(u"plan_section"_s, u"d"_s), RecordSyncState::Synced);
        QCOMPARE(device->sync->syncState(u"plan_section"_s, u"c"_s), RecordSyncState::Conflict);
        QCOMPARE(device->sync->syncState(u"plan_section"_s, u"r"_s), RecordSyncState::Rejected);
        QCOMPARE(device->sync->syncState(u"plan_section"_s, u"z"_s), RecordSyncState::Synced);
        QCOMPARE(engine->conflictCount(), 1);
        const auto conflicts = engine->conflictList();
        QCOMPARE(conflicts.size(), 1);
        const auto c = conflicts.first().toMap();
        QCOMPARE(c.value(u"field"_s).toString(), u"goal"_s);
        QCOMPARE(c.value(u"localValue"_s).toString(), u"Conflicting goal"_s);
        QCOMPARE(c.value(u"remoteValue"_s).toString(), u"The PA's version of the goal"_s);
        QVERIFY(server->requestsTo("/v1/sync/pull").size() >= 1); // the rejection did not stop the run

        // Resolving writes a normal local change that is pushed next time.
        QVERIFY(engine->resolveConflict(c.value(u"conflictId"_s).toString(), SyncEngine::Resolution::Merged,
                                        u"Both: college, and the PA's plan"_s));
        QCOMPARE(engine->conflictCount(), 0);
        QCOMPARE(engine->pendingChanges(), 1);
        server->clearRequests();
        QVERIFY(runSync());
        const auto push = server->requestsTo("/v1/sync/push");
        QCOMPARE(push.size(), 1);
        const auto change = Change::fromJson(push.first().json.value(u"changes"_s).toArray().first());
        QVERIFY(change);
        QCOMPARE(change->fields.value(u"goal"_s).toString(), u"Both: college, and the PA's plan"_s);
        QVERIFY(!change->baseHlc.isEmpty()); // written having seen the conflict, so the server closes it
    }

    void pageAndCursorCommitTogether()
    {
        PullResponse first;
        for (int i = 0; i < 3; ++i) {
            first.records.append(
                *PulledRecord::fromJson(pulled(u"plan_action"_s, u"p1-%1"_s.arg(i), u"yp1"_s,
                                               {{u"what"_s, u"Step %1"_s.arg(i)}}, hlcAt(1772440000000 + i), 10 + i)));
        }
        first.cursors.insert(ownerScope(u"yp1"_s), u"12"_s);
        first.hasMore = true;
        PullResponse second;
        second.records.append(*PulledRecord::fromJson(
            pulled(u"plan_action"_s, u"p2-0"_s, u"yp1"_s, {{u"what"_s, u"Later"_s}}, hlcAt(1772440000100), 13)));
        second.cursors.insert(ownerScope(u"yp1"_s), u"13"_s);
        FakeResponse dropped {200, second.toJson()};
        dropped.dropAfterBytes = 100; // headers and part of the body, then the socket closes
        pullPages = {FakeResponse {200, first.toJson(), true}, dropped};

        QVERIFY(!runSync());
        QCOMPARE(engine->state(), SyncEngine::State::Offline);
        QCOMPARE(engine->lastError(), u"network"_s);
        QCOMPARE(device->sync->cursors().value(ownerScope(u"yp1"_s)), u"12"_s);
        QVERIFY(device->records().get(u"plan_action"_s, u"p1-2"_s));
        QVERIFY(!device->records().get(u"plan_action"_s, u"p2-0"_s));

        // A page that fails half-way (a record the store refuses) leaves neither its rows nor its cursor.
        PullResponse broken;
        broken.records.append(*PulledRecord::fromJson(
            pulled(u"plan_action"_s, u"p3-0"_s, u"yp1"_s, {{u"what"_s, u"A"_s}}, hlcAt(1772440000200), 14)));
        auto bad = *PulledRecord::fromJson(
            pulled(u"plan_action"_s, u"p3-1"_s, u"yp1"_s, {{u"what"_s, u"B"_s}}, hlcAt(1772440000300), 15));
        bad.recordId.clear();
        broken.records.append(bad);
        broken.cursors.insert(ownerScope(u"yp1"_s), u"15"_s);
        const auto outcome = device->sync->applyPullPage(broken);
        QVERIFY(!outcome.ok);
        QVERIFY(!device->records().get(u"plan_action"_s, u"p3-0"_s));
        QCOMPARE(device->sync->cursors().value(ownerScope(u"yp1"_s)), u"12"_s);

        // The retry resumes from the stored cursor and gets the rest.
        pullPages = {FakeResponse {200, second.toJson()}};
        server->clearRequests();
        QVERIFY(runSync());
        const auto pulls = server->requestsTo("/v1/sync/pull");
        QCOMPARE(pulls.first().json.value(u"cursors"_s).toObject().value(ownerScope(u"yp1"_s)).toString(), u"12"_s);
        QVERIFY(device->records().get(u"plan_action"_s, u"p2-0"_s));
        QCOMPARE(device->sync->cursors().value(ownerScope(u"yp1"_s)), u"13"_s);
    }

    void asksForTheNextPageWithTheCursorsItsPageStores()
    {
        // The next page is asked for while one is stored: with the cursors that page moves the
        // store to (the page names only the scopes it advanced), except after a page that
        // removes a young person, whose scope the next request must no longer hold.
        const auto page = [&](const QString &owner, int seq, const QMap<QString, QString> &cursors, bool more) {
            PullResponse p;
            p.records.append(
                *PulledRecord::fromJson(pulled(u"plan_action"_s, u"a%1"_s.arg(seq), owner,
                                               {{u"what"_s, u"Step %1"_s.arg(seq)}}, hlcAt(1772440000000 + seq), seq)));
            p.cursors = cursors;
            p.hasMore = more;
            return p;
        };
        const PullResponse first
            = page(u"yp1"_s, 10, {{authorityScope(), u"5"_s}, {ownerScope(u"yp1"_s), u"10"_s}}, true);
        const PullResponse second = page(u"yp2"_s, 20, {{ownerScope(u"yp2"_s), u"20"_s}}, true);
        PullResponse third = page(u"yp2"_s, 21, {{ownerScope(u"yp2"_s), u"21"_s}}, true);
        third.removeOwners = {u"yp1"_s};
        pullPages = {FakeResponse {200, first.toJson()}, FakeResponse {200, second.toJson()},
                     FakeResponse {200, third.toJson()}};

        QVERIFY(runSync());
        const auto pulls = server->requestsTo("/v1/sync/pull");
        QCOMPARE(pulls.size(), 4);
        const auto cursorsOf = [&](int i) {
            return pulls.at(i).json.value(u"cursors"_s).toObject();
        };
        QVERIFY(cursorsOf(0).isEmpty());
        QCOMPARE(cursorsOf(1).value(authorityScope()).toString(), u"5"_s);
        QCOMPARE(cursorsOf(1).value(ownerScope(u"yp1"_s)).toString(), u"10"_s);
        QCOMPARE(cursorsOf(2).value(authorityScope()).toString(), u"5"_s);
        QCOMPARE(cursorsOf(2).value(ownerScope(u"yp1"_s)).toString(), u"10"_s);
        QCOMPARE(cursorsOf(2).value(ownerScope(u"yp2"_s)).toString(), u"20"_s);
        QVERIFY(!cursorsOf(3).contains(ownerScope(u"yp1"_s)));
        QCOMPARE(cursorsOf(3).value(ownerScope(u"yp2"_s)).toString(), u"21"_s);
        QVERIFY(!device->records().get(u"plan_action"_s, u"a10"_s)); // yp1 was removed
        QVERIFY(device->records().get(u"plan_action"_s, u"a20"_s));
        QVERIFY(device->records().get(u"plan_action"_s, u"a21"_s));
        QCOMPARE(engine->lastStats().pullPages, 4);
        QVERIFY(engine->lastStats().pullRawBytes > 0);
    }

    void keepsUnsentLocalEdits()
    {
        // The record as synced earlier.
        PullResponse base;
        base.records.append(*PulledRecord::fromJson(pulled(u"plan_section"_s, u"s1"_s, u"yp1"_s,
                                                           {{u"goal"_s, u"Old goal"_s}, {u"area"_s, u"education"_s}},
                                                           hlcAt(1772400000000), 5)));
        base.cursors.insert(ownerScope(u"yp1"_s), u"5"_s);
        QVERIFY(device->sync->applyPullPage(base).ok);
        // Edited here, not yet acknowledged: the server does not answer for it this time.
        QVERIFY(!saveGoal(u"s1"_s, u"My new goal"_s).isEmpty());
        pushResult = [](const Change &) {
            return PushResult {};
        };
        // Meanwhile someone else changed the area (a scalar) on the server.
        PullResponse page;
        auto changed = *PulledRecord::fromJson(pulled(u"plan_section"_s, u"s1"_s, u"yp1"_s,
                                                      {{u"goal"_s, u"Old goal"_s}, {u"area"_s, u"employment"_s}},
                                                      hlcAt(1772410000000), 9));
        changed.fieldHlc.insert(u"goal"_s, hlcAt(1772400000000)); // only the area is newer
        changed.fieldHlc.insert(u"id"_s, hlcAt(1772400000000));
        page.records.append(changed);
        page.cursors.insert(ownerScope(u"yp1"_s), u"9"_s);
        pullPages = {FakeResponse {200, page.toJson()}};
        QVERIFY(runSync());
        const auto rec = device->records().get(u"plan_section"_s, u"s1"_s);
        QVERIFY(rec);
        QCOMPARE(rec->body.value(u"goal"_s).toString(), u"My new goal"_s); // not overwritten
        QCOMPARE(rec->body.value(u"area"_s).toString(), u"employment"_s); // the other field merged
        QCOMPARE(engine->pendingChanges(), 1); // still to be pushed
        QCOMPARE(toCode(device->sync->syncState(u"plan_section"_s, u"s1"_s).value_or(RecordSyncState::Synced)),
                 u"sent"_s);
    }

    void refreshesAnExpiredToken()
    {
        saveGoal(u"s1"_s, u"A goal"_s);
        validToken = u"access-2"_s; // the server no longer accepts access-1
        QVERIFY(runSync());
        QCOMPARE(refreshCalls, 1);
        QCOMPARE(credentials->accessToken(), u"access-2"_s);
        QCOMPARE(credentials->refreshToken(), u"refresh-2"_s);
        QCOMPARE(engine->pendingChanges(), 0);
        const auto pushes = server->requestsTo("/v1/sync/push");
        QCOMPARE(pushes.size(), 2); // refused once, then retried with the new token
        QCOMPARE(pushes.last().headers.value("authorization"), QByteArray("Bearer access-2"));
    }

    void expiredLoginKeepsTheOutbox()
    {
        saveGoal(u"s1"_s, u"A goal"_s);
        saveGoal(u"s2"_s, u"Another goal"_s);
        validToken = u"access-9"_s;
        refreshWorks = false;
        QSignalSpy login(engine.get(), &SyncEngine::loginRequired);
        QVERIFY(!runSync());
        QCOMPARE(login.size(), 1);
        QCOMPARE(engine->state(), SyncEngine::State::LoginRequired);
        QCOMPARE(engine->lastError(), u"login_required"_s);
        QCOMPARE(engine->pendingChanges(), 2);
        QCOMPARE(device->records().pendingCount(), 2);
        QVERIFY(!engine->nextAttemptAt().isValid()); // no pointless retries until a new login
        QVERIFY(device->records().get(u"plan_section"_s, u"s2"_s));

        // Logging in again resumes sync and the outbox goes out.
        validToken = u"access-3"_s;
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        credentials->setTokens(u"access-3"_s, u"refresh-3"_s);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toBool());
        QCOMPARE(engine->pendingChanges(), 0);
    }

    void droppedConnectionLosesNothing()
    {
        saveGoal(u"s1"_s, u"A goal"_s);
        saveGoal(u"s2"_s, u"Another goal"_s);
        QStringList seen;
        pushResult = [&](const Change &c) -> PushResult {
            const bool again = seen.contains(c.changeId);
            seen.append(c.changeId);
            return {c.changeId, again ? PushStatus::Duplicate : PushStatus::Applied, {}, ++nextSeq, c.hlc};
        };
        dropPushAfter = 30; // the server applied the batch but the answer never arrives in full
        QVERIFY(!runSync());
        QCOMPARE(engine->state(), SyncEngine::State::Offline);
        QCOMPARE(engine->pendingChanges(), 2);
        QCOMPARE(device->sync->syncState(u"plan_section"_s, u"s1"_s), RecordSyncState::Sent);

        dropPushAfter = 0;
        QVERIFY(runSync());
        QCOMPARE(engine->pendingChanges(), 0);
        QCOMPARE(seen.size(), 4); // re-sent once; the server answered "duplicate"
        QCOMPARE(device->sync->syncState(u"plan_section"_s, u"s1"_s), RecordSyncState::Synced);
    }

    void backsOffExponentiallyWithJitter()
    {
        // Nothing listens on this port: every attempt fails at once.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        credentials->setServerUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        saveGoal(u"s1"_s, u"A goal"_s);

        // 1000 * 2^(n-1), capped at 8000, times (1 - 0.5 + 0.5 * 0.5) = 0.75.
        const QList<qint64> expected {750, 1500, 3000, 6000, 6000};
        qint64 previous = 0;
        for (qint64 delay : expected) {
            QSignalSpy done(engine.get(), &SyncEngine::finished);
            if (previous > 0) {
                clock->set(clock->now().addMSecs(previous - 1));
                QVERIFY(!engine->runIfDue()); // not yet
                clock->set(engine->nextAttemptAt());
                QVERIFY(engine->runIfDue());
            } else {
                engine->syncNow();
            }
            QVERIFY(done.wait(10000));
            QCOMPARE(engine->state(), SyncEngine::State::Offline);
            QCOMPARE(clock->now().msecsTo(engine->nextAttemptAt()), delay);
            previous = delay;
        }
        QCOMPARE(engine->pendingChanges(), 1);

        // The network comes back: the next run succeeds, the backoff resets, periodic sync resumes.
        credentials->setServerUrl(server->url());
        clock->set(engine->nextAttemptAt());
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        QVERIFY(engine->runIfDue());
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toBool());
        QCOMPARE(engine->backoff().failures(), 0);
        QCOMPARE(clock->now().msecsTo(engine->nextAttemptAt()), 60000);

        // A local change schedules a sync after the debounce delay.
        saveGoal(u"s2"_s, u"Second goal"_s);
        engine->notifyLocalChange();
        QCOMPARE(clock->now().msecsTo(engine->nextAttemptAt()), 500);
        QCOMPARE(engine->pendingChanges(), 1);
    }

    void networkReturnTriggersSync()
    {
        saveGoal(u"s1"_s, u"A goal"_s);
        engine->setNetworkReachable(false);
        QCOMPARE(engine->state(), SyncEngine::State::Offline);
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        engine->setNetworkReachable(true);
        QVERIFY(done.wait(10000));
        QCOMPARE(engine->pendingChanges(), 0);
        QCOMPARE(engine->state(), SyncEngine::State::Idle);
    }

    void revokedDeviceWipesAfterItsFinalPush()
    {
        saveGoal(u"s1"_s, u"Unsent work"_s);
        QByteArray pushedBody;
        server->setHandler([this, &pushedBody](const FakeRequest &r) {
            if (r.path == "/v1/sync/push") {
                pushedBody = r.body;
                PushResponse resp;
                const auto push = PushRequest::fromJson(r.json);
                for (const auto &c : push->changes) {
                    resp.results.append({c.changeId, PushStatus::Applied, {}, 1, c.hlc});
                }
                resp.wipe = true;
                return FakeResponse {200, resp.toJson()};
            }
            return handle(r);
        });
        QSignalSpy wiped(engine.get(), &SyncEngine::wiped);
        QVERIFY(!runSync());
        QCOMPARE(wiped.size(), 1);
        QVERIFY(pushedBody.contains("Unsent work"));
        QCOMPARE(device->records().pendingCount(), 0);
        QVERIFY(!device->records().get(u"plan_section"_s, u"s1"_s));
        QVERIFY(credentials->accessToken().isEmpty());
        QVERIFY(credentials->refreshToken().isEmpty());
        QCOMPARE(engine->lastError(), u"device_revoked"_s);
    }

    void revokedDeviceWipesWhenTheServerTakesNoMore()
    {
        // A server that admits one batch from a revoked device and refuses the token afterwards.
        for (int i = 0; i < 3; ++i) {
            saveGoal(u"s%1"_s.arg(i), u"Unsent work %1"_s.arg(i));
        }
        int pushes = 0;
        server->setHandler([this, &pushes](const FakeRequest &r) {
            if (r.path == "/v1/sync/push" && ++pushes > 1) {
                return FakeResponse {401, {{u"error"_s, u"token_revoked"_s}}};
            }
            if (r.path == "/v1/sync/push") {
                PushResponse resp;
                const auto push = PushRequest::fromJson(r.json);
                for (const auto &c : push->changes) {
                    resp.results.append({c.changeId, PushStatus::Applied, {}, 1, c.hlc});
                }
                resp.wipe = true;
                return FakeResponse {200, resp.toJson()};
            }
            return handle(r);
        });
        QSignalSpy wiped(engine.get(), &SyncEngine::wiped);
        QVERIFY(!runSync());
        QCOMPARE(wiped.size(), 1);
        QCOMPARE(pushes, 2);
        QVERIFY(server->requestsTo("/v1/sync/pull").isEmpty());
        QVERIFY(!device->records().get(u"plan_section"_s, u"s0"_s));
        QCOMPARE(engine->lastError(), u"device_revoked"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
