// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "fakeserver.h"
#include "serverfixture.h"
#include "synctestutil.h"

#include "store/recordstore.h"
#include "sync/credentials.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Sync;
using namespace Pathway::Sync::Testing;

/**
 * Tests SyncEngine on a revoked device against the real server handlers and store (in process,
 * behind the fake HTTP server): every unsent change goes up before the wipe, in as many batches
 * as it takes, and a device past the server's final window wipes anyway.
 */
class TestSyncEngineRevoked : public QObject
{
    Q_OBJECT

    std::unique_ptr<Server::Test::Fixture> fx;
    std::unique_ptr<TestDevice> device;
    std::unique_ptr<FakeServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<Credentials> credentials;
    std::unique_ptr<SyncEngine> engine;
    QString paToken;

    FakeResponse forward(const FakeRequest &r)
    {
        Server::HttpRequest req;
        req.method = QString::fromLatin1(r.method);
        req.path = QString::fromLatin1(r.path);
        req.body = r.body; // already un-gzipped, as the HTTP layer hands it on
        req.remoteAddress = u"127.0.0.1"_s;
        req.headers.insert(u"authorization"_s, QString::fromLatin1(r.headers.value("authorization")));
        const auto resp = Server::dispatch(fx->router, req, fx->metrics);
        return {resp.status, Server::Test::Fixture::json(resp)};
    }

    /** The young person's phone, enrolled as "lost-phone", with @p unsent contact requests in its outbox. */
    void enrolPhoneWith(int unsent)
    {
        const auto code
            = Server::Test::Fixture::json(fx->post(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, u"ypA"_s}}, paToken))
                  .value(u"code"_s)
                  .toString();
        const auto tokens = Server::Test::Fixture::json(
            fx->post(u"/v1/auth/enrol"_s, {{u"code"_s, code}, {u"deviceId"_s, u"lost-phone"_s}}));
        QVERIFY(!tokens.value(u"token"_s).toString().isEmpty());
        credentials->setDeviceId(u"lost-phone"_s);
        credentials->setTokens(tokens.value(u"token"_s).toString(), tokens.value(u"refreshToken"_s).toString());
        for (int i = 0; i < unsent; ++i) {
            const auto r = device->records().saveLocal(u"contact_request"_s, u"req-%1"_s.arg(i), u"ypA"_s,
                                                       {{u"youngPersonId"_s, u"ypA"_s},
                                                        {u"requestedAt"_s, fx->clock.now().toString(Qt::ISODate)},
                                                        {u"message"_s, u"Request %1 written offline"_s.arg(i)},
                                                        {u"status"_s, u"open"_s}});
            QVERIFY(r.ok());
        }
        QCOMPARE(device->records().pendingCount(), unsent);
    }

    int requestsOnServer() const
    {
        int n = 0;
        for (const auto &rec : fx->store->allRecords()) {
            n += rec.recordType == "contact_request"_L1 && rec.ownerId == "ypA"_L1 ? 1 : 0;
        }
        return n;
    }

    bool runSync()
    {
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        engine->syncNow();
        return done.wait(120000) && done.first().first().toBool();
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<Server::Test::Fixture>();
        fx->seedDirectory();
        fx->addYoungPerson(u"ypA"_s, u"pa1"_s);
        paToken = fx->login(u"pa1"_s);
        device = std::make_unique<TestDevice>(fx->clock);
        server = std::make_unique<FakeServer>();
        QVERIFY(server->start());
        server->setHandler([this](const FakeRequest &r) { return forward(r); });
        nam = std::make_unique<QNetworkAccessManager>();
        credentials = std::make_unique<Credentials>();
        credentials->setServerUrl(server->url());
        SyncEngine::Options o;
        o.watchReachability = false;
        o.random = [] {
            return 0.5;
        };
        engine = std::make_unique<SyncEngine>(device->sync.get(), nam.get(), credentials.get(), fx->clock, o);
    }

    void cleanup()
    {
        engine.reset();
        credentials.reset();
        nam.reset();
        server.reset();
        device.reset();
        fx.reset();
    }

    void everyUnsentChangeGoesUpBeforeTheWipe()
    {
        enrolPhoneWith(1200);
        QCOMPARE(fx->post(u"/v1/devices/lost-phone/revoke"_s, {}, paToken).status, 200);
        QSignalSpy wiped(engine.get(), &SyncEngine::wiped);
        QVERIFY(!runSync());
        QCOMPARE(wiped.size(), 1);
        // Three batches (500, 500, 200), all on the server; nothing was pulled.
        const auto pushes = server->requestsTo("/v1/sync/push");
        QCOMPARE(pushes.size(), 3);
        QCOMPARE(pushes.at(2).json.value(u"changes"_s).toArray().size(), 200);
        QVERIFY(server->requestsTo("/v1/sync/pull").isEmpty());
        QCOMPARE(requestsOnServer(), 1200);
        const auto last = fx->store->record(u"contact_request"_s, u"req-1199"_s);
        QVERIFY(last);
        QCOMPARE(last->state.body.value(u"message"_s).toString(), u"Request 1199 written offline"_s);
        // Then the phone holds nothing.
        QCOMPARE(device->records().pendingCount(), 0);
        QVERIFY(!device->records().get(u"contact_request"_s, u"req-0"_s));
        QVERIFY(!device->records().get(u"contact_request"_s, u"req-1199"_s));
        QVERIFY(credentials->accessToken().isEmpty());
        QVERIFY(credentials->refreshToken().isEmpty());
        QCOMPARE(engine->lastError(), u"device_revoked"_s);
        QCOMPARE(engine->state(), SyncEngine::State::LoginRequired);
    }

    void deviceWithNothingUnsentWipesOnItsPull()
    {
        enrolPhoneWith(0);
        QCOMPARE(fx->post(u"/v1/devices/lost-phone/revoke"_s, {}, paToken).status, 200);
        QSignalSpy wiped(engine.get(), &SyncEngine::wiped);
        QVERIFY(!runSync());
        QCOMPARE(wiped.size(), 1);
        QVERIFY(server->requestsTo("/v1/sync/push").isEmpty());
        QCOMPARE(server->requestsTo("/v1/sync/pull").size(), 1);
    }

    void devicePastTheBoundWipesAnyway()
    {
        fx->config.finalPushMaxChanges = 700;
        enrolPhoneWith(1200);
        QCOMPARE(fx->post(u"/v1/devices/lost-phone/revoke"_s, {}, paToken).status, 200);
        QSignalSpy wiped(engine.get(), &SyncEngine::wiped);
        QVERIFY(!runSync());
        QCOMPARE(wiped.size(), 1);
        // The second batch reached the bound: the device stopped there and wiped.
        QCOMPARE(server->requestsTo("/v1/sync/push").size(), 2);
        QCOMPARE(requestsOnServer(), 700);
        QVERIFY(fx->store->record(u"contact_request"_s, u"req-699"_s));
        QVERIFY(!fx->store->record(u"contact_request"_s, u"req-700"_s));
        QCOMPARE(device->records().pendingCount(), 0);
        QVERIFY(!device->records().get(u"contact_request"_s, u"req-0"_s));
        QVERIFY(!device->records().get(u"contact_request"_s, u"req-1199"_s));
        QCOMPARE(engine->lastError(), u"device_revoked"_s);
    }

    void devicePastTheWindowWipesAnyway()
    {
        fx->config.finalPushWindowSecs = 60;
        enrolPhoneWith(3);
        QCOMPARE(fx->post(u"/v1/devices/lost-phone/revoke"_s, {}, paToken).status, 200);
        // An earlier attempt opened the window (its answer never arrived); it is over now.
        const QString token = credentials->accessToken();
        QCOMPARE(fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {}}}, token).status, 200);
        fx->clock.advanceSecs(61);
        QSignalSpy wiped(engine.get(), &SyncEngine::wiped);
        QVERIFY(!runSync());
        QCOMPARE(wiped.size(), 1);
        QCOMPARE(requestsOnServer(), 0);
        QCOMPARE(device->records().pendingCount(), 0);
        QVERIFY(!device->records().get(u"contact_request"_s, u"req-0"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineRevoked)
#include "tst_syncengine_revoked.moc"
