// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "server/admin.h"
#include "server/alerts/alertroutes.h"
#include "server/alerts/alertstore.h"
#include "server/api.h"
#include "server/reportroutes.h"
#include "server/serverstore.h"
#include "server/syncwait.h"
#include "server/systemwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sodium.h>

#include <memory>

namespace Pathway::Server::Test {

/** An in-process server (store, auth, routes) on a fresh encrypted store with a fake clock. */
class Fixture
{
public:
    explicit Fixture(const std::function<std::unique_ptr<SqlConnection>(QString *)> &factory = {})
    {
        if (sodium_init() < 0) {
            qFatal("sodium_init");
        }
        QByteArray key(32, Qt::Uninitialized);
        randombytes_buf(key.data(), size_t(key.size()));
        const QString path = dir.filePath(QStringLiteral("server.db"));
        auto f = factory ? factory : [path, key](QString *e) {
            return openSqlite(path, key, e);
        };
        AlertStore::registerSchema();
        store = std::make_unique<SqlServerStore>(f, factory ? 2 : 1);
        QString error;
        if (!store->open(&error)) {
            qFatal("store open failed: %s", qPrintable(error));
        }
        auth = std::make_unique<AuthService>(*store, clock, config);
        context = std::make_unique<ApiContext>(ApiContext {*store, *auth, clock, config, metrics});
        registerCoreRoutes(router, *context);
        registerAlertRoutes(router, *context);
        registerReportRoutes(router, *context);
        store->setCommitObserver([this](const QList<CommittedRecord> &records) { changes.publish(records); });
        registerSyncWaitRoute(router, *context, changes);
    }

    ~Fixture()
    {
        if (store) {
            store->setCommitObserver({});
        }
    }

    HttpResponse
    call(const QString &method, const QString &path, const QByteArray &body = {}, const QString &token = {})
    {
        HttpRequest req;
        req.method = method;
        req.path = path;
        req.body = body;
        req.remoteAddress = QStringLiteral("127.0.0.1");
        if (!token.isEmpty()) {
            req.headers.insert(QStringLiteral("authorization"), QStringLiteral("Bearer ") + token);
        }
        return answered(dispatch(router, req, metrics));
    }
    /** A login is answered from the hashing pool: waits for it, as the HTTP front end does. */
    static HttpResponse answered(HttpResponse r)
    {
        if (!r.held || r.route != QStringLiteral("/v1/auth/login")) {
            return r;
        }
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000) {
            if (auto a = r.held->poll()) {
                return *a;
            }
            QThread::msleep(1);
        }
        return r.held->expired();
    }
    HttpResponse post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return call(QStringLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    static QJsonObject json(const HttpResponse &r) { return QJsonDocument::fromJson(r.body).object(); }

    /** Authority "a1" with teams t1, t2; staff pa1, pa2 (t1), pa3 (t2), mgr1 (t1), mgr2 (t2), admin. */
    void seedDirectory()
    {
        store->createAuthority(QStringLiteral("a1"), QStringLiteral("Authority"));
        store->createTeam(QStringLiteral("t1"), QStringLiteral("a1"), QStringLiteral("Team 1"));
        store->createTeam(QStringLiteral("t2"), QStringLiteral("a1"), QStringLiteral("Team 2"));
        const QList<QStringList> staff {{QStringLiteral("pa1"), QStringLiteral("t1"), QStringLiteral("pa")},
                                        {QStringLiteral("pa2"), QStringLiteral("t1"), QStringLiteral("pa")},
                                        {QStringLiteral("pa3"), QStringLiteral("t2"), QStringLiteral("pa")},
                                        {QStringLiteral("mgr1"), QStringLiteral("t1"), QStringLiteral("manager")},
                                        {QStringLiteral("mgr2"), QStringLiteral("t2"), QStringLiteral("manager")},
                                        {QStringLiteral("admin"), QStringLiteral("t1"), QStringLiteral("admin")}};
        for (const auto &s : staff) {
            QString error;
            if (!createStaffAccount(*store, clock, s[0], QStringLiteral("a1"), s[1], s[2],
                                    s[0] + QStringLiteral("@example.org"), QStringLiteral("Staff ") + s[0],
                                    QByteArrayLiteral("correct horse battery"), &error)) {
                qFatal("createStaff: %s", qPrintable(error));
            }
        }
    }

    void addYoungPerson(const QString &id, const QString &paId = {})
    {
        const QJsonObject fields {{QStringLiteral("id"), id},
                                  {QStringLiteral("authorityId"), QStringLiteral("a1")},
                                  {QStringLiteral("displayName"), QString(QStringLiteral("YP ") + id)},
                                  {QStringLiteral("dateOfBirth"), QStringLiteral("2007-03-01")}};
        writeAsServer(*store, clock, QStringLiteral("seed-yp-") + id, QStringLiteral("young_person"), id, id, fields);
        if (!paId.isEmpty()) {
            allocate(id, paId, clock.today().addDays(-100));
        }
    }

    void allocate(const QString &yp, const QString &pa, const QDate &from)
    {
        const QString id = QStringLiteral("alloc-") + yp + u'-' + pa;
        const QJsonObject fields {{QStringLiteral("id"), id},
                                  {QStringLiteral("youngPersonId"), yp},
                                  {QStringLiteral("staffId"), pa},
                                  {QStringLiteral("from"), from.toString(Qt::ISODate)}};
        writeAsServer(*store, clock, QStringLiteral("seed-") + id + from.toString(Qt::ISODate),
                      QStringLiteral("allocation"), id, yp, fields);
    }

    void endAllocation(const QString &yp, const QString &pa, const QDate &until)
    {
        const QString id = QStringLiteral("alloc-") + yp + u'-' + pa;
        writeAsServer(*store, clock, QStringLiteral("end-") + id, QStringLiteral("allocation"), id, yp,
                      {{QStringLiteral("until"), until.toString(Qt::ISODate)}});
    }

    /** Logs a staff member in; on a new device each time unless @p deviceId names one. */
    QString login(const QString &staffId, const QString &deviceId = {})
    {
        const auto r = post(QStringLiteral("/v1/auth/login"),
                            {{QStringLiteral("email"), QString(staffId + QStringLiteral("@example.org"))},
                             {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                             {QStringLiteral("deviceId"), deviceId}});
        if (r.status != 200) {
            qFatal("login failed: %d %s", r.status, r.body.constData());
        }
        return json(r).value(QStringLiteral("token")).toString();
    }

    /** Enrols a young person's device through an enrolment code issued by `staffToken`. */
    QString enrolYoungPerson(const QString &staffToken, const QString &yp, const QString &deviceId = {})
    {
        const auto code
            = json(post(QStringLiteral("/v1/auth/enrol-code"), {{QStringLiteral("youngPersonId"), yp}}, staffToken))
                  .value(QStringLiteral("code"))
                  .toString();
        const auto r = post(QStringLiteral("/v1/auth/enrol"),
                            {{QStringLiteral("code"), code}, {QStringLiteral("deviceId"), deviceId}});
        return json(r).value(QStringLiteral("token")).toString();
    }

    QString hlc(qint64 offsetMs = 0, int counter = 0) const
    {
        return Sync::Hlc {clock.now().toMSecsSinceEpoch() + offsetMs, counter, QStringLiteral("dev1")}.toString();
    }

    QTemporaryDir dir;
    FakeClock clock {QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};
    ServerConfig config;
    Metrics metrics;
    ChangeFeed changes;
    std::unique_ptr<SqlServerStore> store;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<ApiContext> context;
    Router router;
};

/** The real pathway-server executable on 127.0.0.1, port read from its "listening on" line. */
class ServerProcess
{
public:
    bool start(const QStringList &args, const QMap<QString, QString> &env = {}, int timeoutMs = 30000)
    {
        auto e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it) {
            e.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(e);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        // The server logs a line per request on stderr: into a file, so a test that sends
        // thousands of requests never blocks the server on a full pipe nobody reads.
        process.setStandardErrorFile(logDir.filePath(QStringLiteral("server.log")));
        process.start(QStringLiteral(PATHWAY_BINARY_DIR "/src/server/pathway-server"), args);
        if (!process.waitForStarted(10000)) {
            return false;
        }
        static const QRegularExpression re(QStringLiteral("pathway-server listening on ([0-9.]+):(\\d+)"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            process.waitForReadyRead(200);
            output += process.readAllStandardOutput();
            const auto m = re.match(QString::fromUtf8(output));
            if (m.hasMatch()) {
                port = m.captured(2).toInt();
                return true;
            }
            if (process.state() == QProcess::NotRunning) {
                break;
            }
        }
        // What the server said on stderr, so a failed start says why.
        QFile log(logDir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly)) {
            output += "\n--- server stderr ---\n" + log.readAll().right(4000);
        }
        return false;
    }
    void kill()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    ~ServerProcess() { kill(); }

    /** Everything the server wrote on stderr (its structured log) so far. */
    QByteArray errorLog() const
    {
        QFile f(logDir.filePath(QStringLiteral("server.log")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir logDir;
    QProcess process;
    QByteArray output;
    int port = 0;
};

} // namespace Pathway::Server::Test
