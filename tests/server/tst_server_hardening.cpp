// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rawhttp.h"
#include "serverfixture.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

/**
 * What the real server keeps to itself: its files (data directory 0700; database, -wal and -shm
 * 0600), the link between log pseudonyms and people (keyed per installation), and its metrics
 * (a listener of their own, not the public one).
 */
class TestServerHardening : public QObject
{
    Q_OBJECT

    static int modeOf(const QString &path)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    }

    static QString demo(const ServerProcess &p, const QString &what)
    {
        static const QRegularExpression re(u"demo-login email=(\\S+) password=(\\S+) role=pa staffId=(\\S+)"_s);
        const auto m = re.match(QString::fromUtf8(p.output));
        return what == "email"_L1 ? m.captured(1) : what == "password"_L1 ? m.captured(2) : m.captured(3);
    }

    /** Logs the demo PA in and returns the pseudonym the server's log gives them. */
    static QString pseudonymAfterLogin(ServerProcess &p)
    {
        const auto r = rawRequest(
            p.port, "POST", "/v1/auth/login",
            QJsonDocument(QJsonObject {{u"email"_s, demo(p, u"email"_s)}, {u"password"_s, demo(p, u"password"_s)}})
                .toJson(QJsonDocument::Compact));
        if (r.status != 200) {
            return {};
        }
        static const QRegularExpression re(u"\"event\":\"login\"[^\\n]*\"user\":\"([0-9a-f]+)\""_s);
        QString user;
        QElapsedTimer t;
        t.start();
        while (user.isEmpty() && t.elapsed() < 5000) {
            auto it = re.globalMatch(QString::fromUtf8(p.errorLog()));
            while (it.hasNext()) {
                user = it.next().captured(1);
            }
            QThread::msleep(20);
        }
        return user;
    }

private Q_SLOTS:
    void dataFilesAreTheOwnersAlone()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        QFile::setPermissions(data,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                  | QFileDevice::ExeOther);
        ServerProcess server;
        QVERIFY2(server.start({u"--data"_s, data, u"--port"_s, u"0"_s, u"--demo"_s}), server.output.constData());
        QVERIFY(!pseudonymAfterLogin(server).isEmpty()); // a write: the -wal and -shm files exist
        const QString db = QDir(data).filePath(u"pathway-server.db"_s);
        QCOMPARE(modeOf(data), 0700);
        for (const QString &path :
             QStringList {db, db + u"-wal"_s, db + u"-shm"_s, QDir(data).filePath(u"server.key"_s)}) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QCOMPARE(modeOf(path), 0600);
        }
    }

    void logPseudonymsAreKeyedPerInstallation()
    {
        QTemporaryDir dir;
        ServerProcess first;
        QVERIFY2(first.start({u"--data"_s, dir.filePath(u"a"_s), u"--port"_s, u"0"_s, u"--demo"_s}),
                 first.output.constData());
        ServerProcess second;
        QVERIFY2(second.start({u"--data"_s, dir.filePath(u"b"_s), u"--port"_s, u"0"_s, u"--demo"_s}),
                 second.output.constData());
        QCOMPARE(demo(first, u"staffId"_s), demo(second, u"staffId"_s)); // the same person ...
        const QString inFirst = pseudonymAfterLogin(first);
        const QString inSecond = pseudonymAfterLogin(second);
        QVERIFY(!inFirst.isEmpty() && !inSecond.isEmpty());
        QVERIFY(inFirst != inSecond); // ... cannot be matched across installations
        // An installation keeps its key: the pseudonym is stable across restarts.
        first.kill();
        ServerProcess again;
        QVERIFY2(again.start({u"--data"_s, dir.filePath(u"a"_s), u"--port"_s, u"0"_s}), again.output.constData());
        again.output = first.output; // the demo logins were printed by the first run
        QCOMPARE(pseudonymAfterLogin(again), inFirst);
    }

    void metricsOnTheirOwnListenerOnly()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start({u"--data"_s, dir.filePath(u"data"_s), u"--port"_s, u"0"_s, u"--metrics-port"_s, u"0"_s}),
                 server.output.constData());
        static const QRegularExpression re(u"pathway-server metrics on 127\\.0\\.0\\.1:(\\d+)"_s);
        const int metricsPort = re.match(QString::fromUtf8(server.output)).captured(1).toInt();
        QVERIFY(metricsPort > 0 && metricsPort != server.port);
        QCOMPARE(rawRequest(server.port, "GET", "/healthz").status, 200);
        QCOMPARE(rawRequest(server.port, "GET", "/metrics").status, 404);
        const auto metrics = rawRequest(metricsPort, "GET", "/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("pathway_http_requests_total{route=\"/healthz\",status=\"200\"}"));
        // Only /metrics is served there.
        QCOMPARE(rawRequest(metricsPort, "GET", "/healthz").status, 404);
        QCOMPARE(rawRequest(metricsPort, "POST", "/v1/auth/login", "{}").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestServerHardening)
#include "tst_server_hardening.moc"
