// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rawhttp.h"
#include "serverfixture.h"

#include "server/httpserver.h"

#include <QJsonArray>
#include <QScopeGuard>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;

/**
 * A login flood cannot stall the server: password hashing runs on its own bounded pool, so while
 * that pool is held saturated (by a latch, not by timing) the one I/O thread still answers
 * /healthz and an authenticated pull, and a login past the queue limit is answered 503 at once.
 */
class TestLoginFlood : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saturatedHashingPoolLeavesOtherRoutesServed()
    {
        Test::Fixture fx;
        fx.seedDirectory();
        fx.addYoungPerson(u"ypA"_s, u"pa1"_s);
        const QString token = fx.login(u"pa1"_s);

        std::mutex mutex;
        std::condition_variable released;
        bool open = false;
        fx.auth->hashPool().setBeforeJob([&] {
            std::unique_lock lock(mutex);
            released.wait(lock, [&] { return open; });
        });
        const auto release = [&] {
            {
                std::lock_guard lock(mutex);
                open = true;
            }
            released.notify_all();
        };

        ServerConfig config = fx.config;
        config.port = 0;
        config.threads = 1; // a login that held this thread would stall everything below
        HttpServer server(config, fx.router, fx.metrics);
        QString error;
        QVERIFY2(server.listen(&error), qPrintable(error));
        std::thread serving([&server] { server.run(); });
        const auto cleanup = qScopeGuard([&] {
            release();
            server.stop();
            serving.join();
        });

        // Fill the pool's queue with logins for accounts that do not exist, each on its own connection.
        const int limit = fx.auth->hashPool().limit();
        std::vector<std::unique_ptr<QTcpSocket>> waiting;
        for (int i = 0; i < limit; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(u"127.0.0.1"_s, quint16(server.port()));
            QVERIFY(s->waitForConnected(5000));
            const QByteArray body = QJsonDocument(QJsonObject {{u"email"_s, u"nobody%1@example.org"_s.arg(i)},
                                                               {u"password"_s, u"guess"_s}})
                                        .toJson(QJsonDocument::Compact);
            s->write("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(s->waitForBytesWritten(5000));
            waiting.push_back(std::move(s));
        }
        QTRY_COMPARE_WITH_TIMEOUT(fx.auth->hashPool().load(), limit, 30000);

        // Other routes are still served while every login waits.
        QCOMPARE(Test::rawRequest(server.port(), "GET", "/healthz").status, 200);
        const auto pull
            = Test::rawRequest(server.port(), "POST", "/v1/sync/pull", R"({"limit":100})",
                               {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}});
        QCOMPARE(pull.status, 200);
        QVERIFY(!pull.json().value(u"records"_s).toArray().isEmpty());

        // One more login is told at once to come back later.
        const auto refused = Test::rawRequest(server.port(), "POST", "/v1/auth/login",
                                              R"({"email":"one.more@example.org","password":"guess"})",
                                              {{"Content-Type", "application/json"}});
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.json().value(u"error"_s).toString(), u"server_busy"_s);
        QVERIFY(refused.headers.value("retry-after").toInt() >= 1);

        // Released, the queued logins are answered as usual.
        release();
        for (auto &s : waiting) {
            const auto r = Test::readResponse(*s, 60000);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_credentials"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestLoginFlood)
#include "tst_loginflood.moc"
