// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rawhttp.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

/**
 * The API contract: a session (login, refresh, pull, push, alerts, enrolment, logout, and the
 * mistakes a client makes on each) replayed against the real pathway-server. Every status must be
 * one that docs/api/openapi.yaml lists for that route, and every error code one of its
 * `x-error-codes` (or, for the front end's own answers, of `x-any-route`).
 */
class TestApiContract : public QObject
{
    Q_OBJECT

    struct Operation
    {
        QSet<int> statuses;
        QSet<QString> codes;
    };
    QMap<QString, Operation> spec; ///< "POST /v1/auth/login" -> what it may answer
    QMap<int, QSet<QString>> anyRoute; ///< status -> codes the front end may answer on any route
    QStringList violations;
    QSet<QString> exercised;

    QTemporaryDir dir;
    ServerProcess server;
    QString paEmail;
    QString managerEmail;
    QStringList enrolCodes;

    static QSet<QString> codeList(const QString &text)
    {
        QSet<QString> out;
        for (const auto &c : text.split(u',', Qt::SkipEmptyParts)) {
            out.insert(c.trimmed());
        }
        return out;
    }

    /** Reads the paths, their statuses and x-error-codes, and x-any-route (a line parser, as tst_openapi). */
    void parseSpec()
    {
        QFile f(QStringLiteral(PATHWAY_SOURCE_DIR "/docs/api/openapi.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        static const QRegularExpression pathRe(u"^  (/\\S*):\\s*$"_s);
        static const QRegularExpression methodRe(u"^    (get|post|put|patch|delete):\\s*$"_s);
        static const QRegularExpression statusRe(u"^        \"(\\d{3})\":\\s*$"_s);
        static const QRegularExpression codesRe(u"^      x-error-codes: \\[([^\\]]*)(\\]?)\\s*$"_s);
        static const QRegularExpression anyRe(u"^  \"(\\d{3})\": \\[([^\\]]*)\\]\\s*$"_s);
        QString section;
        QString path;
        QString op;
        bool codesOpen = false;
        for (const auto &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            if (!line.startsWith(u' ') && line.endsWith(u':')) {
                section = line.chopped(1);
                continue;
            }
            if (section == "x-any-route"_L1) {
                if (const auto m = anyRe.match(line); m.hasMatch()) {
                    anyRoute[m.captured(1).toInt()] = codeList(m.captured(2));
                }
                continue;
            }
            if (section != "paths"_L1) {
                continue;
            }
            if (codesOpen) {
                const auto end = line.indexOf(u']');
                spec[op].codes.unite(codeList(end < 0 ? line : line.left(end)));
                codesOpen = end < 0;
            } else if (const auto m = pathRe.match(line); m.hasMatch()) {
                path = m.captured(1);
            } else if (const auto mm = methodRe.match(line); mm.hasMatch()) {
                op = mm.captured(1).toUpper() + u' ' + path;
                spec.insert(op, {});
            } else if (const auto s = statusRe.match(line); s.hasMatch()) {
                spec[op].statuses.insert(s.captured(1).toInt());
            } else if (const auto c = codesRe.match(line); c.hasMatch()) {
                spec[op].codes.unite(codeList(c.captured(1)));
                codesOpen = c.captured(2).isEmpty();
            }
        }
    }

    /** The documented operation a request goes to ({id} matches one path segment). */
    QString operationOf(const QByteArray &method, const QByteArray &target) const
    {
        const QString path = QString::fromLatin1(target).section(u'?', 0, 0);
        for (auto it = spec.begin(); it != spec.end(); ++it) {
            const QString m = it.key().section(u' ', 0, 0);
            QString pattern = QRegularExpression::escape(it.key().section(u' ', 1));
            pattern.replace(QRegularExpression(u"\\\\\\{[a-zA-Z]+\\\\\\}"_s), u"[^/]+"_s);
            if (m == QString::fromLatin1(method)
                && QRegularExpression(u"^"_s + pattern + u"$"_s).match(path).hasMatch()) {
                return it.key();
            }
        }
        return {};
    }

    /** Checks one answer against the spec; every violation is collected and reported at the end. */
    void check(const QString &operation, int status, const QString &code)
    {
        exercised.insert(operation + u' ' + QString::number(status));
        if (!spec.contains(operation)) {
            violations.append(u"%1: not in the spec"_s.arg(operation));
            return;
        }
        const Operation &o = spec[operation];
        const bool frontEnd = anyRoute.contains(status) && (code.isEmpty() || anyRoute[status].contains(code));
        if (!o.statuses.contains(status) && !frontEnd) {
            violations.append(u"%1: status %2 (%3) not listed"_s.arg(operation).arg(status).arg(code));
        }
        if (status >= 400 && !o.codes.contains(code) && !frontEnd) {
            violations.append(u"%1: error code \"%2\" (status %3) not listed"_s.arg(operation, code).arg(status));
        }
    }

    RawResponse send(const QByteArray &method,
                     const QByteArray &target,
                     const QByteArray &body = {},
                     const QString &token = {},
                     int expected = 0)
    {
        QMap<QByteArray, QByteArray> headers {{"Content-Type", "application/json"}};
        if (!token.isEmpty()) {
            headers.insert("Authorization", "Bearer " + token.toLatin1());
        }
        const auto r = rawRequest(server.port, method, target, body, headers, 30000);
        const QString operation = operationOf(method, target);
        check(operation.isEmpty() ? QString::fromLatin1(QByteArray(method + ' ' + target)) : operation, r.status,
              r.json().value(u"error"_s).toString());
        if (expected != 0 && r.status != expected) {
            violations.append(
                u"%1 %2: expected %3, got %4 %5"_s.arg(QString::fromLatin1(method), QString::fromLatin1(target))
                    .arg(expected)
                    .arg(r.status)
                    .arg(QString::fromUtf8(r.body.left(200))));
        }
        return r;
    }

    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    /** Sends raw bytes on one connection; the answer is checked against x-any-route. */
    void sendRaw(const QByteArray &bytes, const QString &operation, int expected)
    {
        QTcpSocket s;
        s.connectToHost(u"127.0.0.1"_s, quint16(server.port));
        QVERIFY(s.waitForConnected(5000));
        s.write(bytes);
        s.waitForBytesWritten(5000);
        const auto r = readResponse(s, 10000);
        check(operation, r.status, r.json().value(u"error"_s).toString());
        QCOMPARE(r.status, expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        parseSpec();
        QVERIFY(spec.size() >= 14);
        QVERIFY(spec.value(u"POST /v1/auth/login"_s).codes.contains(u"invalid_credentials"_s));
        QVERIFY(anyRoute.contains(400));
        QVERIFY2(server.start({u"--data"_s, dir.filePath(u"data"_s), u"--port"_s, u"0"_s, u"--demo"_s}),
                 server.output.constData());
        const QString out = QString::fromUtf8(server.output);
        paEmail = QRegularExpression(u"demo-login email=(\\S+) password=\\S+ role=pa "_s).match(out).captured(1);
        managerEmail
            = QRegularExpression(u"demo-login email=(\\S+) password=\\S+ role=manager "_s).match(out).captured(1);
        auto codes = QRegularExpression(u"demo-enrol code=(\\S+)"_s).globalMatch(out);
        while (codes.hasNext()) {
            enrolCodes.append(codes.next().captured(1));
        }
        QVERIFY(!paEmail.isEmpty() && !managerEmail.isEmpty() && !enrolCodes.isEmpty());
    }

    void session()
    {
        const QByteArray password = "demo-only-pathway";
        send("GET", "/healthz", {}, {}, 200);
        send("GET", "/metrics", {}, {}, 404); // not public on the main listener

        // Login, with a client's mistakes first.
        send("POST", "/v1/auth/login", "{not json", {}, 400);
        send("POST", "/v1/auth/login", json({{u"email"_s, paEmail}}), {}, 422);
        send("POST", "/v1/auth/login", json({{u"email"_s, 5}, {u"password"_s, u"x"_s}}), {}, 422);
        auto r = send("POST", "/v1/auth/login", json({{u"email"_s, paEmail}, {u"password"_s, u"demo-only-pathway"_s}}),
                      {}, 200);
        const QString token = r.json().value(u"token"_s).toString();
        const QString refreshToken = r.json().value(u"refreshToken"_s).toString();
        const QString paDevice = r.json().value(u"deviceId"_s).toString();
        r = send("POST", "/v1/auth/login",
                 json({{u"email"_s, managerEmail},
                       {u"password"_s, QString::fromLatin1(password)},
                       {u"deviceId"_s, paDevice}}),
                 {}, 409); // someone else's device
        for (int i = 0; i < 3; ++i) {
            send("POST", "/v1/auth/login", json({{u"email"_s, managerEmail}, {u"password"_s, u"wrong"_s}}), {}, 401);
        }
        send("POST", "/v1/auth/login", json({{u"email"_s, managerEmail}, {u"password"_s, u"wrong"_s}}), {}, 429);

        send("GET", "/v1/me", {}, {}, 401);
        send("GET", "/v1/me", {}, u"not-a-token"_s, 401);
        const auto me = send("GET", "/v1/me", {}, token, 200).json();
        const QString owner = me.value(u"caseload"_s).toArray().at(0).toString();
        QVERIFY(!owner.isEmpty());

        // Refresh.
        send("POST", "/v1/auth/refresh", "[", {}, 400);
        send("POST", "/v1/auth/refresh", "{}", {}, 422);
        send("POST", "/v1/auth/refresh", json({{u"refreshToken"_s, u"nope"_s}}), {}, 401);
        r = send("POST", "/v1/auth/refresh", json({{u"refreshToken"_s, refreshToken}}), {}, 200);
        QString pa = r.json().value(u"token"_s).toString();

        // Pull and push.
        send("POST", "/v1/sync/pull", "nope", pa, 400);
        send("POST", "/v1/sync/pull", json({{u"limit"_s, 5000}}), pa, 422);
        send("POST", "/v1/sync/pull", json({{u"cursors"_s, 3}}), pa, 422);
        send("POST", "/v1/sync/pull", json({{u"limit"_s, 100}}), {}, 401);
        send("POST", "/v1/sync/pull", json({{u"limit"_s, 1000}}), pa, 200);
        const QJsonObject change {
            {u"changeId"_s, u"contract-1"_s},
            {u"recordType"_s, u"chronology_event"_s},
            {u"recordId"_s, u"contract-1"_s},
            {u"ownerId"_s, owner},
            {u"op"_s, u"upsert"_s},
            {u"hlc"_s, Sync::Hlc {QDateTime::currentMSecsSinceEpoch(), 0, u"contract"_s}.toString()},
            {u"fields"_s, QJsonObject {{u"summary"_s, u"Contract test"_s}}}};
        send("POST", "/v1/sync/push", "{", pa, 400);
        send("POST", "/v1/sync/push", "{}", pa, 422);
        send("POST", "/v1/sync/push", json({{u"changes"_s, QJsonArray {QJsonObject {{u"changeId"_s, 1}}}}}), pa, 422);
        send("POST", "/v1/sync/push", json({{u"changes"_s, QJsonArray {change}}}), {}, 401);
        send("POST", "/v1/sync/push", json({{u"changes"_s, QJsonArray {change}}}), pa, 200);
        send("GET", "/v1/sync/wait?after=x", {}, pa, 422);
        send("GET", "/v1/sync/wait?after=0&timeout=1", {}, pa, 200);

        // Alerts.
        send("GET", "/v1/alerts", {}, {}, 401);
        send("GET", "/v1/alerts?state=closed", {}, pa, 422);
        const auto alerts = send("GET", "/v1/alerts", {}, pa, 200).json().value(u"alerts"_s).toArray();
        send("POST", "/v1/alerts/none/ack", "{", pa, 400);
        send("POST", "/v1/alerts/none/ack", "{}", pa, 422);
        send("POST", "/v1/alerts/none/ack", json({{u"note"_s, 3}}), pa, 422);
        send("POST", "/v1/alerts/none/ack", json({{u"note"_s, QString(3000, u'x')}}), pa, 422);
        send("POST", "/v1/alerts/none/ack", json({{u"note"_s, u"Called them"_s}}), pa, 404);
        if (!alerts.isEmpty()) {
            const QByteArray id = alerts.at(0)[u"id"_s].toString().toLatin1();
            send("POST", "/v1/alerts/" + id + "/ack", json({{u"note"_s, u"Called them"_s}}), pa, 200);
        }

        // Enrolment: a code made by the PA, status, enrolment, then the young person's device.
        send("POST", "/v1/auth/enrol-code", "x", pa, 400);
        send("POST", "/v1/auth/enrol-code", "{}", pa, 422);
        send("POST", "/v1/auth/enrol-code", json({{u"youngPersonId"_s, u"someone-else"_s}}), pa, 403);
        send("POST", "/v1/auth/enrol-code", json({{u"youngPersonId"_s, owner}}), {}, 401);
        const QString code = send("POST", "/v1/auth/enrol-code", json({{u"youngPersonId"_s, owner}}), pa, 201)
                                 .json()
                                 .value(u"code"_s)
                                 .toString();
        send("POST", "/v1/auth/enrol-code/status", "x", pa, 400);
        send("POST", "/v1/auth/enrol-code/status", "{}", pa, 422);
        send("POST", "/v1/auth/enrol-code/status", json({{u"code"_s, u"ZZZZ-ZZZZ"_s}}), pa, 404);
        send("POST", "/v1/auth/enrol-code/status", json({{u"code"_s, code}}), pa, 200);
        send("POST", "/v1/auth/enrol", "x", {}, 400);
        send("POST", "/v1/auth/enrol", "{}", {}, 422);
        send("POST", "/v1/auth/enrol", json({{u"code"_s, u"ZZZZ-ZZZZ"_s}}), {}, 401);
        send("POST", "/v1/auth/enrol", json({{u"code"_s, code}, {u"deviceId"_s, paDevice}}), {}, 409);
        r = send("POST", "/v1/auth/enrol", json({{u"code"_s, code}, {u"deviceId"_s, u"contract-phone"_s}}), {}, 200);
        const QString yp = r.json().value(u"token"_s).toString();
        send("GET", "/v1/alerts", {}, yp, 403);
        send("POST", "/v1/auth/enrol-code/status", json({{u"code"_s, code}}), yp, 403);

        // The OC3 return is for managers and admins only.
        send("GET", "/v1/reports/oc3?year=2025", {}, {}, 401);
        send("GET", "/v1/reports/oc3?year=2025", {}, pa, 403);
        send("GET", "/v1/reports/oc3?year=2025", {}, yp, 403);
        // So is Annex A; a date that is not YYYY-MM-DD is refused with its reason.
        send("GET", "/v1/reports/annex-a?date=2025-06-01", {}, {}, 401);
        send("GET", "/v1/reports/annex-a?date=2025-06-01", {}, pa, 403);
        send("GET", "/v1/reports/annex-a?date=2025-06-01", {}, yp, 403);

        // Revoking a device.
        send("POST", "/v1/devices/contract-phone/revoke", {}, {}, 401);
        send("POST", "/v1/devices/contract-phone/revoke", {}, yp, 403);
        send("POST", "/v1/devices/no-such-device/revoke", {}, pa, 404);
        send("POST", "/v1/devices/contract-phone/revoke", {}, pa, 200);

        // The front end's own answers: a bad chunk size, a transfer coding it does not apply.
        sendRaw("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                u"POST /v1/auth/login"_s, 400);
        sendRaw(
            "POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
            u"POST /v1/auth/login"_s, 400);

        // Logout, then the old token is refused.
        send("POST", "/v1/auth/logout", {}, {}, 401);
        send("POST", "/v1/auth/logout", {}, pa, 200);
        send("GET", "/v1/me", {}, pa, 401);

        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        // Every route of the spec was exercised (so a new route comes with its part of the session).
        for (auto it = spec.begin(); it != spec.end(); ++it) {
            const bool seen = std::any_of(exercised.begin(), exercised.end(),
                                          [&](const QString &e) { return e.startsWith(it.key() + u' '); });
            QVERIFY2(seen, qPrintable(u"not exercised: "_s + it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_api_contract.moc"
