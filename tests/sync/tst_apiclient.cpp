// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "fakeserver.h"
#include "sync/apiclient.h"
#include "sync/credentials.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Pathway::Sync;
using namespace Pathway::Sync::Testing;

/** The API client's GET requests, and one shared refresh when several requests find the token expired. */
class TestApiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<Credentials> credentials;
    std::unique_ptr<ApiClient> api;
    QString validToken;
    QString validRefresh;
    int refreshCalls = 0;

    FakeResponse handle(const FakeRequest &req)
    {
        if (req.path == "/v1/auth/refresh") {
            ++refreshCalls;
            // Rotation: a refresh token works once; a second use is refused, as the real server does.
            if (req.json.value(u"refreshToken"_s).toString() != validRefresh) {
                return {401, {{u"error"_s, u"token_revoked"_s}}};
            }
            validToken = u"access-%1"_s.arg(refreshCalls + 1);
            validRefresh = u"refresh-%1"_s.arg(refreshCalls + 1);
            return {200, {{u"token"_s, validToken}, {u"refreshToken"_s, validRefresh}}};
        }
        if (req.headers.value("authorization") != "Bearer " + validToken.toUtf8()) {
            return {401, {{u"error"_s, u"token_expired"_s}}};
        }
        return {200, {{u"method"_s, QString::fromLatin1(req.method)}, {u"path"_s, QString::fromLatin1(req.path)}}};
    }

    ApiReply wait(std::optional<ApiReply> &reply)
    {
        if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 10000)) {
            return {};
        }
        return *reply;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FakeServer>();
        QVERIFY(server->start());
        server->setHandler([this](const FakeRequest &r) { return handle(r); });
        nam = std::make_unique<QNetworkAccessManager>();
        credentials = std::make_unique<Credentials>();
        credentials->setServerUrl(server->url());
        validToken = u"access-1"_s;
        validRefresh = u"refresh-1"_s;
        refreshCalls = 0;
        credentials->setTokens(u"access-1"_s, u"refresh-1"_s);
        api = std::make_unique<ApiClient>(nam.get(), credentials.get());
    }

    void cleanup()
    {
        api.reset();
        credentials.reset();
        nam.reset();
        server.reset();
    }

    void getCarriesTheQueryAndTheToken()
    {
        std::optional<ApiReply> reply;
        api->get(u"/v1/alerts?state=open&audience=pa"_s, [&reply](const ApiReply &r) { reply = r; });
        const ApiReply r = wait(reply);
        QVERIFY(r.ok());
        QCOMPARE(r.body.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(r.body.value(u"path"_s).toString(), u"/v1/alerts"_s);
        QCOMPARE(server->requests().size(), 1);
        QCOMPARE(server->requests().first().query, "state=open&audience=pa"_ba);
        QVERIFY(server->requests().first().body.isEmpty());
    }

    void requestsAtOnceShareOneRefresh()
    {
        validToken = u"access-new"_s; // the device's access token has expired
        std::optional<ApiReply> first;
        std::optional<ApiReply> second;
        std::optional<ApiReply> third;
        api->get(u"/v1/alerts"_s, [&first](const ApiReply &r) { first = r; });
        api->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray()}}, [&second](const ApiReply &r) { second = r; });
        api->get(u"/v1/me"_s, [&third](const ApiReply &r) { third = r; });
        QVERIFY(wait(first).ok());
        QVERIFY(wait(second).ok());
        QVERIFY(wait(third).ok());
        QCOMPARE(refreshCalls, 1);
        QCOMPARE(credentials->accessToken(), u"access-2"_s);
        QCOMPARE(credentials->refreshToken(), u"refresh-2"_s);
        QCOMPARE(second->body.value(u"method"_s).toString(), u"POST"_s);
    }

    void aFailedRefreshFailsEveryWaitingRequest()
    {
        validToken = u"access-new"_s;
        validRefresh = u"someone-else"_s; // the session ended on the server
        std::optional<ApiReply> first;
        std::optional<ApiReply> second;
        api->get(u"/v1/alerts"_s, [&first](const ApiReply &r) { first = r; });
        api->get(u"/v1/me"_s, [&second](const ApiReply &r) { second = r; });
        QCOMPARE(wait(first).error, ApiError::LoginRequired);
        QCOMPARE(wait(second).error, ApiError::LoginRequired);
        QCOMPARE(refreshCalls, 1);
        QVERIFY(!credentials->hasRefreshToken());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
