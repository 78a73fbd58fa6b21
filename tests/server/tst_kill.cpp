// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rawhttp.h"
#include "serverfixture.h"
#include "validbodies.h"

#include <QJsonArray>
#include <QSet>

#include <atomic>
#include <csignal>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

/**
 * Crash safety: a client pushes batches while the real server is killed with SIGKILL again and
 * again; unacknowledged batches are retried after each restart. In the end every change is on
 * the server exactly once.
 */
class TestKill : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    int admin(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        QProcess p;
        auto e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it) {
            e.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(PATHWAY_BINARY_DIR "/src/server/pathway-server"),
                QStringList {u"--data"_s, dir.filePath(u"data"_s), u"admin"_s} + args);
        p.waitForFinished(60000);
        if (p.exitCode() != 0) {
            qWarning() << p.readAllStandardError();
        }
        return p.exitCode();
    }

    static QJsonArray makeBatch(int batch, int size)
    {
        QJsonArray changes;
        for (int i = 0; i < size; ++i) {
            const QString id = u"kill-%1-%2"_s.arg(batch).arg(i);
            changes.append(QJsonObject {
                {u"changeId"_s, id},
                {u"recordType"_s, u"contact_log"_s},
                {u"recordId"_s, id},
                {u"ownerId"_s, u"yp1"_s},
                {u"op"_s, u"upsert"_s},
                {u"hlc"_s, Pathway::Sync::Hlc {QDateTime::currentMSecsSinceEpoch(), i, u"dev"_s}.toString()},
                {u"fields"_s,
                 Pathway::Server::Test::validBody(u"contact_log"_s, id, u"yp1"_s,
                                                  {{u"kind"_s, u"visit"_s}, {u"notes"_s, u"n%1"_s.arg(i)}})}});
        }
        return changes;
    }

private Q_SLOTS:
    void killLoop()
    {
        QVERIFY(dir.isValid());
        QCOMPARE(admin({u"create-authority"_s, u"a1"_s, u"Authority"_s}), 0);
        QCOMPARE(admin({u"create-team"_s, u"t1"_s, u"a1"_s, u"Team"_s}), 0);
        QCOMPARE(admin({u"create-staff"_s, u"pa1"_s, u"a1"_s, u"t1"_s, u"pa"_s, u"pa1@example.org"_s, u"PA One"_s},
                       {{u"PATHWAY_ADMIN_PASSWORD"_s, u"kill test password"_s}}),
                 0);
        QCOMPARE(admin({u"create-young-person"_s, u"yp1"_s, u"a1"_s, u"Young Person"_s, u"2007-01-01"_s}), 0);
        QCOMPARE(admin({u"allocate"_s, u"yp1"_s, u"pa1"_s, u"2025-01-01"_s}), 0);
        // Passwords never go on the command line.
        QCOMPARE(admin({u"create-staff"_s, u"pa2"_s, u"a1"_s, u"t1"_s, u"pa"_s, u"pa2@example.org"_s}), 2);

        const QStringList serverArgs {u"--data"_s, dir.filePath(u"data"_s), u"--port"_s, u"0"_s};
        QString token;
        QSet<QString> all;
        QList<QJsonArray> pending;
        int nextBatch = 0;
        std::mt19937 rng(7);
        for (int round = 0; round < 10; ++round) {
            ServerProcess server;
            QVERIFY2(server.start(serverArgs), server.output.constData());
            if (token.isEmpty()) {
                const auto r = rawRequest(server.port, "POST", "/v1/auth/login",
                                          R"({"email":"pa1@example.org","password":"kill test password"})");
                token = r.json().value(u"token"_s).toString();
                QVERIFY(!token.isEmpty());
            }
            std::atomic_bool killed = false;
            const qint64 pid = server.process.processId();
            const int delayMs = 150 + int(rng() % 400);
            std::thread killer([&killed, pid, delayMs] {
                std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                ::kill(pid_t(pid), SIGKILL);
                killed = true;
            });
            while (!killed) {
                if (pending.isEmpty()) {
                    const auto b = makeBatch(nextBatch++, 25);
                    for (const auto &c : b) {
                        all.insert(c[u"changeId"_s].toString());
                    }
                    pending.append(b);
                }
                const auto body
                    = QJsonDocument(QJsonObject {{u"changes"_s, pending.first()}}).toJson(QJsonDocument::Compact);
                const auto r = rawRequest(server.port, "POST", "/v1/sync/push", body,
                                          {{"Authorization", "Bearer " + token.toLatin1()}});
                if (r.status == 200 && r.json().value(u"results"_s).toArray().size() == pending.first().size()) {
                    for (const auto &res : r.json().value(u"results"_s).toArray()) {
                        const auto status = res[u"status"_s].toString();
                        QVERIFY2(status == "applied"_L1 || status == "duplicate"_L1, qPrintable(status));
                    }
                    pending.removeFirst(); // acknowledged
                }
            }
            killer.join();
            server.process.waitForFinished(5000);
        }
        // Final run: send whatever is still unacknowledged, then read everything back.
        ServerProcess server;
        QVERIFY(server.start(serverArgs));
        for (const auto &b : std::as_const(pending)) {
            const auto r = rawRequest(server.port, "POST", "/v1/sync/push",
                                      QJsonDocument(QJsonObject {{u"changes"_s, b}}).toJson(QJsonDocument::Compact),
                                      {{"Authorization", "Bearer " + token.toLatin1()}});
            QCOMPARE(r.status, 200);
        }
        QMap<QString, int> seen;
        QJsonObject cursors;
        for (int page = 0; page < 1000; ++page) {
            const auto r = rawRequest(server.port, "POST", "/v1/sync/pull",
                                      QJsonDocument(QJsonObject {{u"cursors"_s, cursors}, {u"limit"_s, 500}}).toJson(),
                                      {{"Authorization", "Bearer " + token.toLatin1()}});
            QCOMPARE(r.status, 200);
            for (const auto &rec : r.json().value(u"records"_s).toArray()) {
                if (rec[u"recordType"_s] == u"contact_log"_s) {
                    ++seen[rec[u"recordId"_s].toString()];
                }
            }
            cursors = r.json().value(u"cursors"_s).toObject();
            if (!r.json().value(u"hasMore"_s).toBool()) {
                break;
            }
        }
        QVERIFY(all.size() >= 250);
        QCOMPARE(seen.size(), all.size());
        for (auto it = seen.begin(); it != seen.end(); ++it) {
            QVERIFY(all.contains(it.key()));
            QCOMPARE(it.value(), 1);
        }
        qInfo("pushed %lld changes across 10 SIGKILLs", qint64(all.size()));
    }
};

QTEST_GUILESS_MAIN(TestKill)
#include "tst_kill.moc"
