// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rawhttp.h"
#include "serverfixture.h"
#include "validbodies.h"

#include "protocol/gzip.h"

#include <QFile>
#include <QJsonArray>
#include <QSslSocket>
#include <QStandardPaths>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

/** The real server answers client mistakes with 4xx codes, never 5xx, and stays up. */
class TestHttpErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    ServerProcess server;
    QList<int> statuses;
    QString paEmail;

    RawResponse req(const QByteArray &method,
                    const QByteArray &path,
                    const QByteArray &body = {},
                    QMap<QByteArray, QByteArray> headers = {},
                    const QString &token = {})
    {
        if (!token.isEmpty()) {
            headers.insert("Authorization", "Bearer " + token.toLatin1());
        }
        auto r = rawRequest(server.port, method, path, body, headers);
        statuses.append(r.status);
        return r;
    }

    QString login()
    {
        const auto r = req("POST", "/v1/auth/login",
                           QJsonDocument(QJsonObject {{u"email"_s, paEmail}, {u"password"_s, u"demo-only-pathway"_s}})
                               .toJson(QJsonDocument::Compact));
        return r.json().value(u"token"_s).toString();
    }

    static qint64 rssKiB(qint64 pid)
    {
        QFile f(u"/proc/%1/status"_s.arg(pid));
        if (!f.open(QIODevice::ReadOnly)) {
            return -1;
        }
        for (const auto &line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QFile cfg(dir.filePath(u"server.conf"_s));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("# test settings\naccess_token_ttl = 2\nbody_limit = 4194304\n"
                  "metrics_token = test-metrics-token-0123456789\n");
        cfg.close();
        QVERIFY2(server.start({u"--config"_s, cfg.fileName(), u"--data"_s, dir.filePath(u"data"_s), u"--port"_s, u"0"_s,
                               u"--demo"_s}),
                 server.output.constData());
        static const QRegularExpression re(u"demo-login email=(\\S+) password=\\S+ role=pa "_s);
        paEmail = re.match(QString::fromUtf8(server.output)).captured(1);
        QVERIFY(!paEmail.isEmpty());
    }

    void malformedJson()
    {
        const auto r = req("POST", "/v1/auth/login", "{\"email\": ");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"malformed_json"_s);
    }

    void wrongTypes()
    {
        auto r = req("POST", "/v1/auth/login", R"({"email": 5, "password": "x"})");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"wrong_type"_s);
        QCOMPARE(r.json().value(u"field"_s).toString(), u"email"_s);
        const auto token = login();
        QVERIFY(!token.isEmpty());
        r = req("POST", "/v1/sync/push", R"({"changes": {"a": 1}})", {}, token);
        QCOMPARE(r.status, 422);
        r = req("POST", "/v1/sync/pull", R"({"cursors": [], "limit": "many"})", {}, token);
        QCOMPARE(r.status, 422);
        r = req("POST", "/v1/sync/pull", R"([1,2,3])", {}, token);
        QCOMPARE(r.status, 400);
    }

    void wrongMethodAndRoute()
    {
        auto r = req("GET", "/v1/sync/push");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headers.value("allow"), QByteArray("POST"));
        r = req("DELETE", "/healthz");
        QCOMPARE(r.status, 405);
        r = req("GET", "/v1/nothing-here");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"not_found"_s);
    }

    void authErrors()
    {
        auto r = req("GET", "/v1/me");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"unauthenticated"_s);
        r = req("GET", "/v1/me", {}, {}, u"not-a-token"_s);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"unauthenticated"_s);
        const auto token = login();
        QCOMPARE(req("GET", "/v1/me", {}, {}, token).status, 200);
        QThread::msleep(2200); // access_token_ttl = 2 in the config file
        r = req("GET", "/v1/me", {}, {}, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"token_expired"_s);
    }

    void hugeBodyRefusedBeforeReading()
    {
        const qint64 before = rssKiB(server.process.processId());
        QVERIFY(before > 0);
        QTcpSocket s;
        s.connectToHost(u"127.0.0.1"_s, quint16(server.port));
        QVERIFY(s.waitForConnected(5000));
        QElapsedTimer t;
        t.start();
        s.write("POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                "314572800\r\n\r\n");
        s.write(QByteArray(64 * 1024, 'x'));
        s.waitForBytesWritten(5000);
        const auto r = readResponse(s, 5000);
        statuses.append(r.status);
        QCOMPARE(r.status, 413);
        QVERIFY2(t.elapsed() < 3000, "the 413 must come promptly");
        QCOMPARE(r.json().value(u"error"_s).toString(), u"body_too_large"_s);
        const qint64 after = rssKiB(server.process.processId());
        QVERIFY2(after - before < 8 * 1024, qPrintable(u"RSS grew by %1 KiB"_s.arg(after - before)));
    }

    void chunkedBodyOverLimit()
    {
        QTcpSocket s;
        s.connectToHost(u"127.0.0.1"_s, quint16(server.port));
        QVERIFY(s.waitForConnected(5000));
        s.write("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'a');
        for (int i = 0; i < 6 && s.state() == QAbstractSocket::ConnectedState; ++i) {
            s.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            s.waitForBytesWritten(2000);
        }
        const auto r = readResponse(s, 5000);
        statuses.append(r.status);
        QCOMPARE(r.status, 413);
    }

    /** A malformed chunked body is answered 400, not met with a closed connection. */
    void badChunkSizeAnswered()
    {
        for (const QByteArray &size : {QByteArray("zz"), QByteArray("-5"), QByteArray("ffffffffffffffffff")}) {
            QTcpSocket s;
            s.connectToHost(u"127.0.0.1"_s, quint16(server.port));
            QVERIFY(s.waitForConnected(5000));
            s.write("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + size
                    + "\r\n{}\r\n0\r\n\r\n");
            const auto r = readResponse(s, 5000);
            statuses.append(r.status);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(u"error"_s).toString(), u"bad_request"_s);
        }
    }

    /** A transfer coding other than chunked (gzip, say) is refused, not silently skipped. */
    void transferCodingOtherThanChunkedRefused()
    {
        const QByteArray body = Pathway::Sync::gzipCompress(R"({"email":"a@b.c","password":"x"})");
        for (const QByteArray &coding : {QByteArray("gzip, chunked"), QByteArray("deflate,chunked")}) {
            QTcpSocket s;
            s.connectToHost(u"127.0.0.1"_s, quint16(server.port));
            QVERIFY(s.waitForConnected(5000));
            s.write("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: " + coding + "\r\n\r\n"
                    + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n");
            const auto r = readResponse(s, 5000);
            statuses.append(r.status);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(u"error"_s).toString(), u"unsupported_transfer_encoding"_s);
        }
        // Plain chunked still works.
        const QByteArray plain = R"({"email":"a@b.c"})";
        QTcpSocket s;
        s.connectToHost(u"127.0.0.1"_s, quint16(server.port));
        QVERIFY(s.waitForConnected(5000));
        s.write("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + QByteArray::number(plain.size(), 16) + "\r\n" + plain + "\r\n0\r\n\r\n");
        const auto r = readResponse(s, 5000);
        QCOMPARE(r.status, 422); // the password is missing: the body was read
    }

    void gzipBodies()
    {
        // A zip bomb: 64 MiB of zeros in a small compressed body.
        const QByteArray bomb = Pathway::Sync::gzipCompress(QByteArray(64 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 1024 * 1024);
        auto r = req("POST", "/v1/auth/login", bomb, {{"Content-Encoding", "gzip"}});
        QCOMPARE(r.status, 413);
        r = req("POST", "/v1/auth/login", "not gzip at all", {{"Content-Encoding", "gzip"}});
        QCOMPARE(r.status, 400);
        // A real gzip request works, and a big response comes back gzip'd when allowed.
        const QByteArray loginBody
            = QJsonDocument(QJsonObject {{u"email"_s, paEmail}, {u"password"_s, u"demo-only-pathway"_s}})
                  .toJson(QJsonDocument::Compact);
        r = req("POST", "/v1/auth/login", Pathway::Sync::gzipCompress(loginBody), {{"Content-Encoding", "gzip"}});
        QCOMPARE(r.status, 200);
        const auto token = r.json().value(u"token"_s).toString();
        r = req("POST", "/v1/sync/pull", R"({"limit": 200})", {{"Accept-Encoding", "gzip"}}, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-encoding"), QByteArray("gzip"));
        QByteArray plain;
        QCOMPARE(Pathway::Sync::gunzip(r.body, 64 * 1024 * 1024, plain), Pathway::Sync::GunzipResult::Ok);
        QVERIFY(QJsonDocument::fromJson(plain).object().value(u"records"_s).toArray().size() > 0);
    }

    void clockSkewRejectedPerChange()
    {
        const auto token = login();
        const auto me = req("GET", "/v1/me", {}, {}, token).json();
        const auto owner = me.value(u"caseload"_s).toArray().at(0).toString();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto change = [&](const QString &id, qint64 ms) {
            return QJsonObject {
                {u"changeId"_s, id},
                {u"recordType"_s, u"chronology_event"_s},
                {u"recordId"_s, id},
                {u"ownerId"_s, owner},
                {u"op"_s, u"upsert"_s},
                {u"hlc"_s, Pathway::Sync::Hlc {ms, 0, u"dev"_s}.toString()},
                {u"fields"_s,
                 Pathway::Server::Test::validBody(u"chronology_event"_s, id, owner, {{u"summary"_s, u"x"_s}})}};
        };
        const QJsonObject body {
            {u"changes"_s, QJsonArray {change(u"skew-1"_s, now + 3LL * 86400 * 1000), change(u"skew-2"_s, now)}}};
        const auto r = req("POST", "/v1/sync/push", QJsonDocument(body).toJson(), {}, token);
        QVERIFY2(r.status == 200, r.body.constData());
        const auto results = r.json().value(u"results"_s).toArray();
        QCOMPARE(results.at(0)[u"reason"_s].toString(), u"clock_skew"_s);
        QCOMPARE(results.at(1)[u"status"_s].toString(), u"applied"_s);
    }

    void neverServerErrorAndStillUp()
    {
        const auto r = req("GET", "/healthz");
        QCOMPARE(r.status, 200);
        for (int s : std::as_const(statuses)) {
            QVERIFY2(s > 0 && s < 500, qPrintable(u"status %1"_s.arg(s)));
        }
        // /metrics is not public: only its bearer token opens it on this listener.
        QCOMPARE(req("GET", "/metrics").status, 401);
        QCOMPARE(req("GET", "/metrics", {}, {}, u"test-metrics-token-0123456788"_s).status, 401);
        const auto metrics = req("GET", "/metrics", {}, {}, u"test-metrics-token-0123456789"_s);
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("pathway_http_requests_total{route=\"/v1/auth/login\",status=\"422\"}"));
        QVERIFY(metrics.body.contains("pathway_store_latency_seconds_bucket"));
    }

    void tlsWhenConfigured()
    {
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty() || !QSslSocket::supportsSsl()) {
            QSKIP("openssl command or Qt TLS backend missing");
        }
        // A throwaway self-signed certificate made for this run only.
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.setStandardOutputFile(QProcess::nullDevice());
        openssl.setStandardErrorFile(QProcess::nullDevice());
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=localhost"_s,
                       u"-days"_s, u"1"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        ServerProcess tls;
        QVERIFY2(tls.start({u"--data"_s, dir.filePath(u"tls"_s), u"--port"_s, u"0"_s, u"--tls-cert"_s, cert,
                            u"--tls-key"_s, key}),
                 tls.output.constData());
        QSslSocket s;
        s.setPeerVerifyMode(QSslSocket::VerifyNone);
        s.connectToHostEncrypted(u"127.0.0.1"_s, quint16(tls.port));
        QVERIFY2(s.waitForEncrypted(10000), qPrintable(s.errorString()));
        QVERIFY(s.sessionProtocol() >= QSsl::TlsV1_2);
        s.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        const auto r = readResponse(s, 10000);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"status"_s).toString(), u"ok"_s);
        // Plain HTTP to the TLS port gets nowhere.
        QCOMPARE(rawRequest(tls.port, "GET", "/healthz").status, 0);
    }

    void refusesUnsafeStartups()
    {
        // Plain HTTP on a non-loopback address.
        QProcess p;
        p.start(QStringLiteral(PATHWAY_BINARY_DIR "/src/server/pathway-server"),
                {u"--data"_s, dir.filePath(u"other"_s), u"--bind"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("plain_http_needs_loopback"));
        // A key file others can read.
        QFile key(dir.filePath(u"other/server.key"_s));
        QVERIFY(key.exists()); // made 0600 on first start
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        key.setPermissions(key.permissions() | QFileDevice::ReadOther);
        p.start(QStringLiteral(PATHWAY_BINARY_DIR "/src/server/pathway-server"),
                {u"--data"_s, dir.filePath(u"other"_s), u"--port"_s, u"0"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("insecure_key_file"));
        // A wrong key for an existing store.
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATHWAY_DB_KEY"_s, QString(64, u'a'));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PATHWAY_BINARY_DIR "/src/server/pathway-server"),
                {u"--data"_s, dir.filePath(u"other"_s), u"--port"_s, u"0"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("wrong_key_or_not_a_database"));
    }

    void gracefulShutdown()
    {
        ::kill(pid_t(server.process.processId()), SIGTERM);
        QVERIFY(server.process.waitForFinished(15000));
        QCOMPARE(server.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process.exitCode(), 0);
        // Logs carry no personal data: no e-mail addresses, passwords or tokens.
        const QByteArray log = server.errorLog();
        QVERIFY(log.contains("\"route\":\"/v1/auth/login\""));
        QVERIFY(!log.contains(paEmail.toUtf8()));
        QVERIFY(!log.contains("demo-only-pathway"));
    }
};

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_http_errors.moc"
