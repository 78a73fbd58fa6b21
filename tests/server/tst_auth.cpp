// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverfixture.h"
#include "validbodies.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;

/** Logins, throttling, refresh, logout, device revocation and enrolment codes. */
class TestAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> fx;
    static constexpr int MaxChangesPerPushForTest = Sync::MaxChangesPerPush;
    static inline QStringList *capturedLog = nullptr;

    static void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        if (capturedLog) {
            capturedLog->append(message);
        }
    }

    /** A young person's new contact request: the one kind of record they create themselves. */
    QJsonObject request(const QString &id, const QString &owner) const
    {
        return {{u"changeId"_s, QString(u"chg-"_s + id)},
                {u"recordType"_s, u"contact_request"_s},
                {u"recordId"_s, id},
                {u"ownerId"_s, owner},
                {u"op"_s, u"upsert"_s},
                {u"hlc"_s, fx->hlc()},
                {u"fields"_s,
                 Test::validBody(u"contact_request"_s, id, owner,
                                 {{u"message"_s, u"lost my phone"_s}, {u"status"_s, u"open"_s}})}};
    }

    HttpResponse login(const QString &email, const QString &password)
    {
        return fx->post(u"/v1/auth/login"_s, {{u"email"_s, email}, {u"password"_s, password}});
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<Test::Fixture>();
        fx->seedDirectory();
        fx->addYoungPerson(u"ypA"_s, u"pa1"_s);
        fx->addYoungPerson(u"ypB"_s, u"pa3"_s);
    }

    void loginAndMe()
    {
        const auto r = login(u"PA1@example.org"_s, u"correct horse battery"_s);
        QCOMPARE(r.status, 200);
        const auto body = Test::Fixture::json(r);
        QCOMPARE(body.value(u"role"_s).toString(), u"pa"_s);
        QCOMPARE(body.value(u"staffId"_s).toString(), u"pa1"_s);
        QVERIFY(!body.value(u"refreshToken"_s).toString().isEmpty());
        QVERIFY(!body.value(u"expiresAt"_s).toString().isEmpty());
        const auto me = Test::Fixture::json(fx->call(u"GET"_s, u"/v1/me"_s, {}, body.value(u"token"_s).toString()));
        QCOMPARE(me.value(u"caseload"_s).toArray(), QJsonArray {u"ypA"_s});
        // The password is stored as an Argon2id hash, never as given.
        const auto account = fx->store->staffById(u"pa1"_s);
        QVERIFY(account->passwordHash.startsWith(u"$argon2id$"_s));
    }

    void growingDelay()
    {
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(login(u"pa1@example.org"_s, u"wrong"_s).status, 401);
        }
        // After three failures: wait 1 s, then 2 s, 4 s ... (server clock).
        auto r = login(u"pa1@example.org"_s, u"correct horse battery"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.headers.value("Retry-After"), QByteArray("1"));
        fx->clock.advanceSecs(1);
        QCOMPARE(login(u"pa1@example.org"_s, u"wrong"_s).status, 401);
        r = login(u"pa1@example.org"_s, u"correct horse battery"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.headers.value("Retry-After"), QByteArray("2"));
        fx->clock.advanceSecs(2);
        QCOMPARE(login(u"pa1@example.org"_s, u"wrong"_s).status, 401);
        QCOMPARE(login(u"pa1@example.org"_s, u"wrong"_s).headers.value("Retry-After"), QByteArray("4"));
        fx->clock.advanceSecs(4);
        QCOMPARE(login(u"pa1@example.org"_s, u"correct horse battery"_s).status, 200);
        // Success resets the count.
        QCOMPARE(login(u"pa1@example.org"_s, u"wrong"_s).status, 401);
        QCOMPARE(login(u"pa1@example.org"_s, u"correct horse battery"_s).status, 200);
        QCOMPARE(AuthService::throttleDelaySecs(40), 900);
    }

    /** Spreading guesses over many addresses does not escape the account's own limit. */
    void accountLimitHoldsAcrossAddresses()
    {
        const auto attempt = [this](int address, const QString &password) {
            HttpRequest req;
            req.method = u"POST"_s;
            req.path = u"/v1/auth/login"_s;
            req.remoteAddress = u"198.51.100."_s + QString::number(address);
            req.body = QJsonDocument(QJsonObject {{u"email"_s, u"pa1@example.org"_s}, {u"password"_s, password}})
                           .toJson(QJsonDocument::Compact);
            return Test::Fixture::answered(dispatch(fx->router, req, fx->metrics));
        };
        for (int i = 0; i < AuthService::AccountFreeFailures; ++i) {
            QCOMPARE(attempt(i, u"guess"_s).status, 401);
        }
        const auto r = attempt(200, u"correct horse battery"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(Test::Fixture::json(r).value(u"error"_s).toString(), u"too_many_attempts"_s);
        QVERIFY(r.headers.value("Retry-After").toInt() >= 1);
        // Once the wait is over, the right password still works, and clears the count.
        fx->clock.advanceSecs(Test::Fixture::json(r).value(u"retryAfter"_s).toInteger());
        QCOMPARE(attempt(201, u"correct horse battery"_s).status, 200);
        QCOMPARE(attempt(202, u"guess"_s).status, 401);
        QCOMPARE(attempt(203, u"correct horse battery"_s).status, 200);
    }

    void unknownAccountLooksTheSame()
    {
        const auto r = login(u"nobody@example.org"_s, u"whatever"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(Test::Fixture::json(r).value(u"error"_s).toString(), u"invalid_credentials"_s);
    }

    void refreshAndExpiry()
    {
        const auto body = Test::Fixture::json(login(u"pa1@example.org"_s, u"correct horse battery"_s));
        const auto token = body.value(u"token"_s).toString();
        fx->clock.advanceSecs(fx->config.accessTokenTtlSecs + 1);
        auto r = fx->call(u"GET"_s, u"/v1/me"_s, {}, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(Test::Fixture::json(r).value(u"error"_s).toString(), u"token_expired"_s);
        r = fx->post(u"/v1/auth/refresh"_s, {{u"refreshToken"_s, body.value(u"refreshToken"_s)}});
        QCOMPARE(r.status, 200);
        const auto fresh = Test::Fixture::json(r);
        QCOMPARE(fx->call(u"GET"_s, u"/v1/me"_s, {}, fresh.value(u"token"_s).toString()).status, 200);
        QCOMPARE(fresh.value(u"deviceId"_s), body.value(u"deviceId"_s));
        // Refresh tokens rotate: the old one is spent (and presenting it again ends the whole
        // family: reusedRefreshTokenRevokesTheFamily).
        r = fx->post(u"/v1/auth/refresh"_s, {{u"refreshToken"_s, body.value(u"refreshToken"_s)}});
        QCOMPARE(r.status, 401);
        QCOMPARE(Test::Fixture::json(r).value(u"error"_s).toString(), u"token_revoked"_s);
        // Refresh tokens expire too.
        const auto other = Test::Fixture::json(login(u"pa1@example.org"_s, u"correct horse battery"_s));
        fx->clock.advanceSecs(fx->config.refreshTokenTtlSecs + 1);
        r = fx->post(u"/v1/auth/refresh"_s, {{u"refreshToken"_s, other.value(u"refreshToken"_s)}});
        QCOMPARE(Test::Fixture::json(r).value(u"error"_s).toString(), u"token_expired"_s);
    }

    /** A rotated refresh token presented again was copied: the whole family of tokens ends. */
    void reusedRefreshTokenRevokesTheFamily()
    {
        const auto r0 = Test::Fixture::json(login(u"pa1@example.org"_s, u"correct horse battery"_s));
        auto r = fx->post(u"/v1/auth/refresh"_s, {{u"refreshToken"_s, r0.value(u"refreshToken"_s)}});
        QCOMPARE(r.status, 200);
        const auto a1r1 = Test::Fixture::json(r);
        const auto a1 = a1r1.value(u"token"_s).toString();
        QCOMPARE(fx->call(u"GET"_s, u"/v1/me"_s, {}, a1).status, 200);
        // R0 again: refused, and A1 and R1 (issued from it) are refused from now on.
        r = fx->post(u"/v1/auth/refresh"_s, {{u"refreshToken"_s, r0.value(u"refreshToken"_s)}});
        QCOMPARE(r.status, 401);
        r = fx->call(u"GET"_s, u"/v1/me"_s, {}, a1);
        QCOMPARE(r.status, 401);
        QCOMPARE(Test::Fixture::json(r).value(u"error"_s).toString(), u"token_revoked"_s);
        r = fx->post(u"/v1/auth/refresh"_s, {{u"refreshToken"_s, a1r1.value(u"refreshToken"_s)}});
        QCOMPARE(r.status, 401);
        QCOMPARE(Test::Fixture::json(r).value(u"error"_s).toString(), u"token_revoked"_s);
        QCOMPARE(fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {}}}, a1).status, 401);
        // Another login of the same person is a family of its own and keeps working.
        QCOMPARE(fx->call(u"GET"_s, u"/v1/me"_s, {}, fx->login(u"pa1"_s)).status, 200);
        // A logged-out session's refresh token is refused without touching anything else.
        const auto other = Test::Fixture::json(login(u"pa1@example.org"_s, u"correct horse battery"_s));
        const auto kept = fx->login(u"pa1"_s);
        QCOMPARE(fx->post(u"/v1/auth/logout"_s, {}, other.value(u"token"_s).toString()).status, 200);
        QCOMPARE(fx->post(u"/v1/auth/refresh"_s, {{u"refreshToken"_s, other.value(u"refreshToken"_s)}}).status, 401);
        QCOMPARE(fx->call(u"GET"_s, u"/v1/me"_s, {}, kept).status, 200);
    }

    void logoutRevokes()
    {
        const auto token = fx->login(u"pa1"_s);
        QCOMPARE(fx->post(u"/v1/auth/logout"_s, {}, token).status, 200);
        const auto r = fx->call(u"GET"_s, u"/v1/me"_s, {}, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(Test::Fixture::json(r).value(u"error"_s).toString(), u"token_revoked"_s);
        // A logged-out token has no final push either.
        QCOMPARE(fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {}}}, token).status, 401);
    }

    void enrolmentCode()
    {
        const auto pa1 = fx->login(u"pa1"_s);
        // Only for young people on the caller's caseload.
        QCOMPARE(fx->post(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, u"ypB"_s}}, pa1).status, 403);
        auto r = fx->post(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, u"ypA"_s}}, pa1);
        QCOMPARE(r.status, 201);
        const auto code = Test::Fixture::json(r).value(u"code"_s).toString();
        QVERIFY(QRegularExpression(u"^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$"_s).match(code).hasMatch());
        // Typed in lower case without the dash: still fine. Single use.
        const QString typed = code.toLower().remove(u'-');
        r = fx->post(u"/v1/auth/enrol"_s, {{u"code"_s, typed}, {u"deviceId"_s, u"phone-1"_s}});
        QCOMPARE(r.status, 200);
        const auto yp = Test::Fixture::json(r);
        QCOMPARE(yp.value(u"role"_s).toString(), u"young_person"_s);
        QCOMPARE(yp.value(u"youngPersonId"_s).toString(), u"ypA"_s);
        r = fx->post(u"/v1/auth/enrol"_s, {{u"code"_s, code}});
        QCOMPARE(r.status, 401);
        QCOMPARE(Test::Fixture::json(r).value(u"error"_s).toString(), u"invalid_code"_s);
        // Young people cannot make codes.
        QCOMPARE(fx->post(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, u"ypA"_s}}, yp.value(u"token"_s).toString())
                     .status,
                 403);
        // Codes expire (72 h by default).
        const auto late = Test::Fixture::json(fx->post(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, u"ypA"_s}}, pa1))
                              .value(u"code"_s)
                              .toString();
        fx->clock.advanceSecs(fx->config.enrolCodeTtlSecs + 1);
        QCOMPARE(fx->post(u"/v1/auth/enrol"_s, {{u"code"_s, late}}).status, 401);
        // Codes are stored hashed only.
        bool plainFound = false;
        fx->store->withConnection([&](SqlConnection &db) {
            SqlRows rows;
            db.exec(u"SELECT code_hash FROM enrol_codes"_s, {}, &rows);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                plainFound = plainFound || rows.text(i, 0).contains(code.left(4));
            }
        });
        QVERIFY(!plainFound);
    }

    void onlyTheirPaOrManagerMakesACode()
    {
        auto codeFor = [this](const QString &staff, const QString &yp) {
            return fx->post(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, yp}}, fx->login(staff)).status;
        };
        QCOMPARE(codeFor(u"pa1"_s, u"ypA"_s), 201); // their PA
        QCOMPARE(codeFor(u"mgr1"_s, u"ypA"_s), 201); // the PA's manager
        QCOMPARE(codeFor(u"pa2"_s, u"ypA"_s), 403); // another PA of the same team
        QCOMPARE(codeFor(u"mgr2"_s, u"ypA"_s), 403); // another team's manager
        QCOMPARE(codeFor(u"pa3"_s, u"nobody"_s), 403); // no such young person
        // After a handover the old PA may no longer make one; the new PA may.
        fx->endAllocation(u"ypA"_s, u"pa1"_s, fx->clock.today().addDays(-1));
        fx->allocate(u"ypA"_s, u"pa2"_s, fx->clock.today());
        QCOMPARE(codeFor(u"pa1"_s, u"ypA"_s), 403);
        QCOMPARE(codeFor(u"pa2"_s, u"ypA"_s), 201);
    }

    void codeStatusTellsTheirPaWhenThePhoneIsSetUp()
    {
        const auto pa1 = fx->login(u"pa1"_s);
        const auto code = Test::Fixture::json(fx->post(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, u"ypA"_s}}, pa1))
                              .value(u"code"_s)
                              .toString();
        auto status = fx->post(u"/v1/auth/enrol-code/status"_s, {{u"code"_s, code}}, pa1);
        QCOMPARE(status.status, 200);
        QCOMPARE(Test::Fixture::json(status).value(u"used"_s).toBool(), false);
        QCOMPARE(Test::Fixture::json(status).value(u"expired"_s).toBool(), false);
        // Nobody else learns about it, not even whether it exists.
        QCOMPARE(fx->post(u"/v1/auth/enrol-code/status"_s, {{u"code"_s, code}}, fx->login(u"pa3"_s)).status, 404);
        QCOMPARE(fx->post(u"/v1/auth/enrol-code/status"_s, {{u"code"_s, u"2222-2222"_s}}, pa1).status, 404);
        QCOMPARE(fx->post(u"/v1/auth/enrol-code/status"_s, {{u"code"_s, code}}).status, 401);
        const auto yp = Test::Fixture::json(fx->post(u"/v1/auth/enrol"_s, {{u"code"_s, code}}));
        QCOMPARE(fx->post(u"/v1/auth/enrol-code/status"_s, {{u"code"_s, code}}, yp.value(u"token"_s).toString()).status,
                 403);
        status = fx->post(u"/v1/auth/enrol-code/status"_s, {{u"code"_s, code.toLower()}}, pa1);
        QCOMPARE(status.status, 200);
        QCOMPARE(Test::Fixture::json(status).value(u"used"_s).toBool(), true);
        QVERIFY(!Test::Fixture::json(status).value(u"usedAt"_s).toString().isEmpty());
        // An unused code that ran out says so.
        const auto late = Test::Fixture::json(fx->post(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, u"ypA"_s}}, pa1))
                              .value(u"code"_s)
                              .toString();
        fx->clock.advanceSecs(fx->config.enrolCodeTtlSecs + 1);
        const auto stale = Test::Fixture::json(
            fx->post(u"/v1/auth/enrol-code/status"_s, {{u"code"_s, late}}, fx->login(u"pa1"_s))); // a fresh token
        QCOMPARE(stale.value(u"expired"_s).toBool(), true);
        QCOMPARE(stale.value(u"used"_s).toBool(), false);
    }

    void revokedDeviceUploadsInItsFinalWindowThenWipes()
    {
        fx->config.finalPushMaxChanges = 1200;
        const auto pa1 = fx->login(u"pa1"_s);
        const auto ypToken = fx->enrolYoungPerson(pa1, u"ypA"_s, u"lost-phone"_s);
        QVERIFY(!ypToken.isEmpty());
        // Another PA cannot revoke it; the young person's own PA can.
        QCOMPARE(fx->post(u"/v1/devices/lost-phone/revoke"_s, {}, fx->login(u"pa3"_s)).status, 403);
        QCOMPARE(fx->post(u"/v1/devices/lost-phone/revoke"_s, {}, pa1).status, 200);
        QCOMPARE(fx->post(u"/v1/devices/unknown/revoke"_s, {}, pa1).status, 404);
        // Pull says wipe and sends nothing.
        auto r = fx->post(u"/v1/sync/pull"_s, {}, ypToken);
        QCOMPARE(r.status, 200);
        QVERIFY(Test::Fixture::json(r).value(u"wipe"_s).toBool());
        QVERIFY(Test::Fixture::json(r).value(u"records"_s).toArray().isEmpty());
        // Three full batches of unsent requests: the first two go up whole (one change in the
        // first is for someone else's record and still fails the access check), the third up to
        // the bound of 1,200 changes; the rest are refused.
        const auto statuses = [](const HttpResponse &resp) {
            QMap<QString, int> out;
            for (const auto &v : Test::Fixture::json(resp).value(u"results"_s).toArray()) {
                const auto o = v.toObject();
                out[o[u"status"_s].toString() + u'/' + o[u"reason"_s].toString()] += 1;
            }
            return out;
        };
        QStringList logged;
        const auto previous = qInstallMessageHandler(captureLog);
        capturedLog = &logged;
        for (int b = 0; b < 3; ++b) {
            QJsonArray changes;
            for (int i = 0; i < MaxChangesPerPushForTest; ++i) {
                const bool foreign = b == 0 && i == 7;
                changes.append(request(u"req-%1-%2"_s.arg(b).arg(i), foreign ? u"ypB"_s : u"ypA"_s));
            }
            r = fx->post(u"/v1/sync/push"_s, {{u"changes"_s, changes}}, ypToken);
            QCOMPARE(r.status, 200);
            QVERIFY(Test::Fixture::json(r).value(u"wipe"_s).toBool());
            const auto counts = statuses(r);
            if (b == 0) {
                QCOMPARE(counts.value(u"applied/"_s), 499);
                QCOMPARE(counts.value(u"rejected/forbidden"_s), 1);
            } else if (b == 1) {
                QCOMPARE(counts.value(u"applied/"_s), 500);
            } else {
                QCOMPARE(counts.value(u"applied/"_s), 200);
                QCOMPARE(counts.value(u"rejected/device_revoked"_s), 300);
            }
        }
        QVERIFY(fx->store->record(u"contact_request"_s, u"req-2-199"_s));
        QVERIFY(!fx->store->record(u"contact_request"_s, u"req-2-200"_s));
        QVERIFY(!fx->store->record(u"contact_request"_s, u"req-0-7"_s));
        // Past the bound nothing more goes in, and the pull still says wipe.
        r = fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {request(u"req-late"_s, u"ypA"_s)}}}, ypToken);
        QCOMPARE(statuses(r).value(u"rejected/device_revoked"_s), 1);
        QVERIFY(!fx->store->record(u"contact_request"_s, u"req-late"_s));
        r = fx->post(u"/v1/sync/pull"_s, {}, ypToken);
        QVERIFY(Test::Fixture::json(r).value(u"wipe"_s).toBool());
        QVERIFY(Test::Fixture::json(r).value(u"records"_s).toArray().isEmpty());
        qInstallMessageHandler(previous);
        capturedLog = nullptr;
        // The server logged how many it refused, and nothing about the person or their words.
        const auto refusals = logged.filter(u"final_push_refused"_s);
        QCOMPARE(refusals.size(), 2);
        QVERIFY2(refusals.first().contains(u"\"refused\":300"_s), qPrintable(refusals.first()));
        QVERIFY2(refusals.last().contains(u"\"refusedTotal\":301"_s), qPrintable(refusals.last()));
        for (const auto &line : logged) {
            QVERIFY2(!line.contains(u"ypA"_s) && !line.contains(u"lost my phone"_s) && !line.contains(ypToken),
                     qPrintable(line));
        }
        // Other routes stay closed to a revoked token, and the device id stays revoked.
        QCOMPARE(fx->call(u"GET"_s, u"/v1/me"_s, {}, ypToken).status, 401);
        const auto code = Test::Fixture::json(fx->post(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, u"ypA"_s}}, pa1))
                              .value(u"code"_s)
                              .toString();
        QCOMPARE(fx->post(u"/v1/auth/enrol"_s, {{u"code"_s, code}, {u"deviceId"_s, u"lost-phone"_s}}).status, 409);
        // The refused attempt did not use the code up: it still works on a new phone.
        const auto again = fx->post(u"/v1/auth/enrol"_s, {{u"code"_s, code}, {u"deviceId"_s, u"new-phone"_s}});
        QCOMPARE(again.status, 200);
        QCOMPARE(Test::Fixture::json(again).value(u"youngPersonId"_s).toString(), u"ypA"_s);
    }

    void managersRevokeTheirTeamsStaffDevices()
    {
        // pa2 (team t1) loses a phone: their own manager may revoke it, another team's may not.
        const auto r = fx->post(u"/v1/auth/login"_s,
                                {{u"email"_s, u"pa2@example.org"_s},
                                 {u"password"_s, u"correct horse battery"_s},
                                 {u"deviceId"_s, u"pa2-phone"_s}});
        QCOMPARE(r.status, 200);
        const auto pa2Token = Test::Fixture::json(r).value(u"token"_s).toString();
        QCOMPARE(fx->post(u"/v1/devices/pa2-phone/revoke"_s, {}, fx->login(u"mgr2"_s)).status, 403);
        QCOMPARE(fx->post(u"/v1/devices/pa2-phone/revoke"_s, {}, fx->login(u"pa1"_s)).status, 403);
        QCOMPARE(fx->call(u"GET"_s, u"/v1/me"_s, {}, pa2Token).status, 200);
        QCOMPARE(fx->post(u"/v1/devices/pa2-phone/revoke"_s, {}, fx->login(u"mgr1"_s)).status, 200);
        QCOMPARE(fx->call(u"GET"_s, u"/v1/me"_s, {}, pa2Token).status, 401);
    }

    void revokedDeviceFinalWindowIsBoundedInTime()
    {
        fx->config.finalPushWindowSecs = 600;
        const auto pa1 = fx->login(u"pa1"_s);
        const auto ypToken = fx->enrolYoungPerson(pa1, u"ypA"_s, u"old-phone"_s);
        QCOMPARE(fx->post(u"/v1/devices/old-phone/revoke"_s, {}, pa1).status, 200);
        // The window opens at the first upload after revocation, not at the revocation.
        fx->clock.advanceSecs(1200);
        auto r = fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {request(u"w-1"_s, u"ypA"_s)}}}, ypToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(Test::Fixture::json(r).value(u"results"_s).toArray().at(0)[u"status"_s].toString(), u"applied"_s);
        fx->clock.advanceSecs(599);
        r = fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {request(u"w-2"_s, u"ypA"_s)}}}, ypToken);
        QCOMPARE(Test::Fixture::json(r).value(u"results"_s).toArray().at(0)[u"status"_s].toString(), u"applied"_s);
        fx->clock.advanceSecs(1);
        r = fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {request(u"w-3"_s, u"ypA"_s)}}}, ypToken);
        QCOMPARE(r.status, 200);
        QVERIFY(Test::Fixture::json(r).value(u"wipe"_s).toBool());
        QCOMPARE(Test::Fixture::json(r).value(u"results"_s).toArray().at(0)[u"reason"_s].toString(),
                 u"device_revoked"_s);
        QVERIFY(fx->store->record(u"contact_request"_s, u"w-2"_s));
        QVERIFY(!fx->store->record(u"contact_request"_s, u"w-3"_s));
        QVERIFY(Test::Fixture::json(fx->post(u"/v1/sync/pull"_s, {}, ypToken)).value(u"wipe"_s).toBool());
    }

    void loggedOutTokenGetsNoFinalWindow()
    {
        const auto pa1 = fx->login(u"pa1"_s);
        const auto ypToken = fx->enrolYoungPerson(pa1, u"ypA"_s, u"kept-phone"_s);
        QCOMPARE(fx->post(u"/v1/auth/logout"_s, {}, ypToken).status, 200);
        auto r = fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {request(u"lo-1"_s, u"ypA"_s)}}}, ypToken);
        QCOMPARE(r.status, 401);
        QCOMPARE(Test::Fixture::json(r).value(u"error"_s).toString(), u"token_revoked"_s);
        // No wipe for a device that merely logged out.
        QCOMPARE(fx->post(u"/v1/sync/pull"_s, {}, ypToken).status, 401);
        QVERIFY(!fx->store->record(u"contact_request"_s, u"lo-1"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
