// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/api.h"

#include "server/access.h"
#include "server/devicewindow.h"
#include "server/serverlog.h"

#include "protocol/jsonwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

#include <algorithm>
#include <exception>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

/** Parses a JSON object body, or returns the 400 to send. */
std::optional<QJsonObject> parseBody(const HttpRequest &req, HttpResponse &error)
{
    QJsonParseError pe;
    const auto doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        error = HttpResponse::error(400, u"malformed_json"_s);
        return std::nullopt;
    }
    return doc.object();
}

HttpResponse invalid(const QString &code, const QString &field)
{
    return HttpResponse::error(422, code, {{u"field"_s, field}});
}

/** A required string field, or the 422 to send. */
std::optional<QString> requiredString(const QJsonObject &o, const QString &key, HttpResponse &error, int maxLen = 256)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        error = invalid(u"missing_field"_s, key);
        return std::nullopt;
    }
    if (!v.isString() || v.toString().size() > maxLen) {
        error = invalid(u"wrong_type"_s, key);
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QString> optionalString(const QJsonObject &o, const QString &key, HttpResponse &error, int maxLen = 64)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        return QString();
    }
    if (!v.isString() || v.toString().size() > maxLen) {
        error = invalid(u"wrong_type"_s, key);
        return std::nullopt;
    }
    return v.toString();
}

HttpResponse tokensResponse(const IssuedTokens &t)
{
    QJsonObject o {{u"token"_s, t.token},
                   {u"refreshToken"_s, t.refreshToken},
                   {u"expiresAt"_s, QDateTime::fromMSecsSinceEpoch(t.expiresAtMs, Qt::UTC).toString(Qt::ISODate)},
                   {u"role"_s, t.role},
                   {u"deviceId"_s, t.deviceId}};
    o.insert(t.role == "young_person"_L1 ? u"youngPersonId"_s : u"staffId"_s, t.subjectId);
    return HttpResponse::json(200, o);
}

HttpResponse loginFailure(const LoginResult &r)
{
    if (r.error == "too_many_attempts"_L1) {
        auto resp = HttpResponse::error(429, r.error, {{u"retryAfter"_s, r.retryAfterSecs}});
        resp.headers.insert("Retry-After", QByteArray::number(r.retryAfterSecs));
        return resp;
    }
    if (r.error == "device_unavailable"_L1) {
        return HttpResponse::error(409, r.error);
    }
    return HttpResponse::error(401, r.error);
}

/** 503 with Retry-After: the password hashing queue is full; the login was not tried. */
HttpResponse busy()
{
    auto resp = HttpResponse::error(503, u"server_busy"_s, {{u"retryAfter"_s, 1}});
    resp.headers.insert("Retry-After", "1");
    return resp;
}

/** A login waiting for the hashing pool: held by the front end without occupying an I/O thread. */
class PendingLogin final : public HeldResponse
{
public:
    void setWake(std::function<void()> wake) override
    {
        std::lock_guard lock(m_mutex);
        m_wake = std::move(wake);
    }
    std::optional<HttpResponse> poll() override
    {
        std::lock_guard lock(m_mutex);
        return m_answer;
    }
    HttpResponse expired() override { return busy(); }
    std::chrono::milliseconds holdTime() const override { return std::chrono::minutes(2); }

    void finish(HttpResponse answer)
    {
        std::function<void()> wake;
        {
            std::lock_guard lock(m_mutex);
            m_answer = std::move(answer);
            wake = m_wake;
        }
        if (wake) {
            wake();
        }
    }

private:
    std::mutex m_mutex;
    std::function<void()> m_wake;
    std::optional<HttpResponse> m_answer;
};

/** Wraps a handler that needs an authenticated principal. */
Handler authed(ApiContext &ctx,
               std::function<HttpResponse(const HttpRequest &, const RouteParams &, Principal &)> fn,
               bool allowRevoked = false)
{
    return [&ctx, fn = std::move(fn), allowRevoked](const HttpRequest &req, const RouteParams &params) {
        auto result = ctx.auth.authenticate(req.header(u"authorization"_s));
        if (!result.principal) {
            return HttpResponse::error(401, result.error);
        }
        if (result.principal->revoked && !allowRevoked) {
            return HttpResponse::error(401, u"token_revoked"_s);
        }
        auto response = fn(req, params, *result.principal);
        response.logUser = logSubject(result.principal->subjectId);
        return response;
    };
}

HttpResponse handleLogin(ApiContext &ctx, const HttpRequest &req)
{
    HttpResponse err;
    const auto body = parseBody(req, err);
    if (!body) {
        return err;
    }
    const auto email = requiredString(*body, u"email"_s, err);
    const auto password = email ? requiredString(*body, u"password"_s, err, 1024) : std::nullopt;
    const auto device = password ? optionalString(*body, u"deviceId"_s, err) : std::nullopt;
    if (!device) {
        return err;
    }
    // Throttled callers are told at once; the rest wait for the hashing pool (or hear it is full).
    if (const qint64 wait = ctx.auth.loginRetryAfterSecs(*email, req.remoteAddress); wait > 0) {
        return loginFailure({std::nullopt, u"too_many_attempts"_s, wait});
    }
    auto pending = std::make_shared<PendingLogin>();
    const bool queued
        = ctx.auth.hashPool().trySubmit([&auth = ctx.auth, pending, email = *email, password = password->toUtf8(),
                                         remote = req.remoteAddress, device = *device] {
              try {
                  const auto r = auth.login(email, password, remote, device);
                  pending->finish(r.tokens ? tokensResponse(*r.tokens) : loginFailure(r));
              } catch (const std::exception &) {
                  pending->finish(HttpResponse::error(500, u"internal_error"_s));
              }
          });
    if (!queued) {
        return busy();
    }
    HttpResponse held;
    held.held = pending;
    return held;
}

HttpResponse handleRefresh(ApiContext &ctx, const HttpRequest &req)
{
    HttpResponse err;
    const auto body = parseBody(req, err);
    if (!body) {
        return err;
    }
    const auto token = requiredString(*body, u"refreshToken"_s, err);
    if (!token) {
        return err;
    }
    const auto r = ctx.auth.refresh(*token);
    return r.tokens ? tokensResponse(*r.tokens) : loginFailure(r);
}

HttpResponse handleEnrolCode(ApiContext &ctx, const HttpRequest &req, Principal &who)
{
    if (who.role == Role::YoungPerson) {
        return HttpResponse::error(403, u"forbidden"_s);
    }
    HttpResponse err;
    const auto body = parseBody(req, err);
    if (!body) {
        return err;
    }
    const auto yp = requiredString(*body, u"youngPersonId"_s, err, 64);
    if (!yp) {
        return err;
    }
    const auto access = buildAccessContext(ctx.store, who, ctx.clock.today());
    if (!access.visibleOwners.contains(*yp)) {
        return HttpResponse::error(403, u"forbidden"_s);
    }
    const auto code = ctx.auth.createEnrolCode(who, *yp);
    if (!code) {
        return HttpResponse::error(503, u"store_unavailable"_s);
    }
    return HttpResponse::json(
        201,
        {{u"code"_s, code->first},
         {u"youngPersonId"_s, *yp},
         {u"expiresAt"_s, QDateTime::fromMSecsSinceEpoch(code->second, Qt::UTC).toString(Qt::ISODate)}});
}

/**
 * Whether a code a staff member made was used: the PA's app shows "their phone is set up". Only
 * someone who may make a code for the young person learns anything; any other code is not_found.
 */
HttpResponse handleEnrolCodeStatus(ApiContext &ctx, const HttpRequest &req, Principal &who)
{
    if (who.role == Role::YoungPerson) {
        return HttpResponse::error(403, u"forbidden"_s);
    }
    HttpResponse err;
    const auto body = parseBody(req, err);
    if (!body) {
        return err;
    }
    const auto code = requiredString(*body, u"code"_s, err, 32);
    if (!code) {
        return err;
    }
    const auto status = ctx.auth.enrolCodeStatus(*code);
    if (!status
        || !buildAccessContext(ctx.store, who, ctx.clock.today()).visibleOwners.contains(status->youngPersonId)) {
        return HttpResponse::error(404, u"not_found"_s);
    }
    const qint64 now = ctx.clock.now().toMSecsSinceEpoch();
    QJsonObject o {{u"youngPersonId"_s, status->youngPersonId},
                   {u"expiresAt"_s, QDateTime::fromMSecsSinceEpoch(status->expiresAtMs, Qt::UTC).toString(Qt::ISODate)},
                   {u"used"_s, status->usedAtMs.has_value()},
                   {u"expired"_s, !status->usedAtMs && status->expiresAtMs <= now}};
    if (status->usedAtMs) {
        o.insert(u"usedAt"_s, QDateTime::fromMSecsSinceEpoch(*status->usedAtMs, Qt::UTC).toString(Qt::ISODate));
    }
    return HttpResponse::json(200, o);
}

HttpResponse handleEnrol(ApiContext &ctx, const HttpRequest &req)
{
    HttpResponse err;
    const auto body = parseBody(req, err);
    if (!body) {
        return err;
    }
    const auto code = requiredString(*body, u"code"_s, err, 32);
    const auto device = code ? optionalString(*body, u"deviceId"_s, err) : std::nullopt;
    if (!device) {
        return err;
    }
    const auto r = ctx.auth.enrol(*code, *device, req.remoteAddress);
    return r.tokens ? tokensResponse(*r.tokens) : loginFailure(r);
}

HttpResponse handleRevokeDevice(ApiContext &ctx, const RouteParams &params, Principal &who)
{
    if (who.role == Role::YoungPerson) {
        return HttpResponse::error(403, u"forbidden"_s);
    }
    const auto device = ctx.store.device(params.value(u"id"_s));
    if (!device) {
        return HttpResponse::error(404, u"not_found"_s);
    }
    bool allowed = false;
    if (device->subjectKind == "young_person"_L1) {
        allowed = buildAccessContext(ctx.store, who, ctx.clock.today()).visibleOwners.contains(device->subjectId);
    } else {
        const auto owner = ctx.store.staffById(device->subjectId);
        // Their own device; an admin, any staff device of the authority; a manager, those of
        // their team (a PA's lost phone is reported to their manager).
        allowed = device->subjectId == who.subjectId
            || (who.role == Role::Admin && owner && owner->authorityId == who.authorityId)
            || (who.role == Role::Manager && owner && owner->authorityId == who.authorityId
                && owner->teamId == who.teamId);
    }
    if (!allowed) {
        return HttpResponse::error(403, u"forbidden"_s);
    }
    ctx.store.revokeDevice(device->id, ctx.clock.now().toMSecsSinceEpoch());
    logEvent(LogLevel::Info, u"device_revoked"_s, {{u"user"_s, logSubject(who.subjectId)}});
    return HttpResponse::json(200, {{u"deviceId"_s, device->id}, {u"revoked"_s, true}});
}

HttpResponse handlePush(ApiContext &ctx, const HttpRequest &req, Principal &who)
{
    HttpResponse err;
    const auto body = parseBody(req, err);
    if (!body) {
        return err;
    }
    Sync::ProtocolError pe;
    const auto push = Sync::PushRequest::fromJson(*body, &pe);
    if (!push) {
        return invalid(pe.code, pe.field);
    }
    // A revoked device uploads its unsent work in a final window (bounded in time and changes),
    // then wipes itself. Every change still goes through the per-record access check.
    qsizetype admitted = push->changes.size();
    if (who.revoked) {
        const auto grant = ctx.auth.reserveFinalPush(who, int(push->changes.size()));
        if (!grant) {
            return HttpResponse::error(503, u"store_unavailable"_s);
        }
        admitted = grant->allowed;
        if (admitted < push->changes.size()) {
            logEvent(LogLevel::Warning, u"final_push_refused"_s,
                     {{u"user"_s, logSubject(who.subjectId)},
                      {u"refused"_s, qint64(push->changes.size() - admitted)},
                      {u"refusedTotal"_s, grant->refusedTotal}});
        }
    }
    const qint64 now = ctx.clock.now().toMSecsSinceEpoch();
    auto access = buildAccessContext(ctx.store, who, ctx.clock.today());
    access.changeWindowStartMs = changeWindowStart(ctx.store, who.deviceId);
    openSyncRun(ctx.store, who.deviceId, now);
    // HLCs are bounded on both sides: no further ahead of the server's clock than the allowed skew,
    // and no further behind the start of the device's change window.
    const qint64 earliest = access.changeWindowStartMs - ctx.config.maxClockSkewSecs * 1000;
    ApplyContext apply {
        who.deviceId, now,
        [&access](const Sync::Change &c, const ServerRecord *current) { return checkPush(access, c, current); },
        (who.role == Role::YoungPerson ? u"young_person:"_s : u"staff:"_s) + who.subjectId};
    Sync::PushResponse response;
    response.wipe = who.revoked;
    // Changes from a clock far ahead, or past a revoked device's final window, are refused here;
    // the rest go to the store as one batch.
    QList<Sync::Change> accepted;
    QList<QString> refusedFor;
    for (qsizetype i = 0; i < push->changes.size(); ++i) {
        const auto &change = push->changes.at(i);
        const auto hlc = Sync::Hlc::parse(change.hlc);
        QString reason;
        if (i >= admitted) {
            reason = QString::fromLatin1(Sync::Reason::DeviceRevoked);
        } else if (!hlc || hlc->millis > now + ctx.config.maxClockSkewSecs * 1000 || hlc->millis < earliest) {
            reason = QString::fromLatin1(Sync::Reason::ClockSkew);
        } else {
            accepted.append(change);
        }
        refusedFor.append(reason);
    }
    const auto applied = ctx.store.applyBatch(accepted, apply);
    qsizetype next = 0;
    for (qsizetype i = 0; i < push->changes.size(); ++i) {
        const auto &change = push->changes.at(i);
        const Sync::PushResult result = refusedFor.at(i).isEmpty()
            ? applied.value(next++)
            : Sync::PushResult {change.changeId, Sync::PushStatus::Rejected, refusedFor.at(i), 0, {}, {}, {}};
        ctx.metrics.countPush(Sync::toCode(result.status));
        response.results.append(result);
    }
    return HttpResponse::json(200, response.toJson());
}

/**
 * A pull page's JSON, written record by record: the same text as compactJson(page.toJson())
 * (members in QJsonObject's order), without first building a JSON object of up to
 * MaxPullLimit records and copying each record into it.
 */
QByteArray pullPageJson(const Sync::PullResponse &page,
                        const QList<ServerRecord> &rows,
                        const AccessContext &access,
                        qsizetype &records)
{
    const auto string = [](QByteArray &out, const QString &text) {
        Sync::appendJson(out, QJsonValue(text));
    };
    QByteArray out;
    out.reserve(1024 + rows.size() * 768);
    out += "{\"cursors\":{";
    for (auto it = page.cursors.begin(); it != page.cursors.end(); ++it) {
        if (it != page.cursors.begin()) {
            out += ',';
        }
        string(out, it.key());
        out += ':';
        string(out, it.value());
    }
    out += '}';
    out += page.hasMore ? ",\"hasMore\":true,\"records\":[" : ",\"hasMore\":false,\"records\":[";
    bool first = true;
    records = 0;
    for (const auto &row : rows) {
        if (!canRead(access, row)) {
            continue;
        }
        const Sync::PulledRecord rec = redactFor(access, row).toPulled();
        out += first ? "{\"body\":" : ",{\"body\":";
        first = false;
        ++records;
        Sync::appendJson(out, rec.body);
        out += ",\"conflicts\":[";
        for (qsizetype i = 0; i < rec.conflicts.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            Sync::appendJson(out, rec.conflicts.at(i).toJson());
        }
        out += rec.deleted ? "],\"deleted\":true,\"fieldHlc\":" : "],\"deleted\":false,\"fieldHlc\":";
        Sync::appendJson(out, rec.fieldHlc);
        out += ",\"hlc\":";
        string(out, rec.hlc);
        out += ",\"ownerId\":";
        string(out, rec.ownerId);
        out += ",\"recordId\":";
        string(out, rec.recordId);
        out += ",\"recordType\":";
        string(out, rec.recordType);
        out += ",\"serverSeq\":";
        out += QByteArray::number(rec.serverSeq);
        out += '}';
    }
    out += "],\"removeOwners\":";
    Sync::appendJson(out, QJsonArray::fromStringList(page.removeOwners));
    out += page.wipe ? ",\"wipe\":true}" : ",\"wipe\":false}";
    return out;
}

HttpResponse handlePull(ApiContext &ctx, const HttpRequest &req, Principal &who)
{
    HttpResponse err;
    const auto body = parseBody(req, err);
    if (!body) {
        return err;
    }
    Sync::ProtocolError pe;
    const auto pull = Sync::PullRequest::fromJson(*body, &pe);
    if (!pull) {
        return invalid(pe.code, pe.field);
    }
    Sync::PullResponse response;
    if (who.revoked) {
        response.wipe = true;
        return HttpResponse::json(200, response.toJson());
    }
    const qint64 now = ctx.clock.now().toMSecsSinceEpoch();
    openSyncRun(ctx.store, who.deviceId, now);
    const auto access = buildAccessContext(ctx.store, who, ctx.clock.today());
    auto cursorOf = [&](const QString &scope, bool &ok) -> qint64 {
        const auto text = pull->cursors.value(scope);
        if (text.isEmpty()) {
            return 0;
        }
        const qint64 v = text.toLongLong(&ok);
        ok = ok && v >= 0;
        return v;
    };
    PullQuery query {who.authorityId, {}, pull->limit};
    bool ok = true;
    query.ownerCursors.insert(QString(), cursorOf(Sync::authorityScope(), ok));
    for (const auto &owner : access.visibleOwners) {
        query.ownerCursors.insert(owner, cursorOf(Sync::ownerScope(owner), ok));
    }
    if (!ok) {
        return invalid(u"invalid_value"_s, u"cursors"_s);
    }
    for (auto it = pull->cursors.begin(); it != pull->cursors.end(); ++it) {
        const auto owner = Sync::ownerFromScope(it.key());
        if (!owner.isEmpty() && !access.visibleOwners.contains(owner)) {
            response.removeOwners.append(owner);
        }
    }
    const auto page = ctx.store.pull(query);
    response.hasMore = page.hasMore;
    if (!page.hasMore) {
        settleSyncRun(ctx.store, who.deviceId, now); // everything the device held is pushed
    }
    for (auto it = query.ownerCursors.begin(); it != query.ownerCursors.end(); ++it) {
        const auto scope = it.key().isEmpty() ? Sync::authorityScope() : Sync::ownerScope(it.key());
        response.cursors.insert(scope, QString::number(std::max(it.value(), page.pageEnd)));
    }
    HttpResponse out;
    qsizetype records = 0;
    out.body = pullPageJson(response, page.rows, access, records);
    ctx.metrics.countPulledRows(records);
    return out;
}

HttpResponse handleMe(ApiContext &ctx, Principal &who)
{
    const auto access = buildAccessContext(ctx.store, who, ctx.clock.today());
    QStringList caseload(access.visibleOwners.begin(), access.visibleOwners.end());
    caseload.sort();
    QJsonObject o {{u"id"_s, who.subjectId},
                   {u"role"_s, toCode(who.role)},
                   {u"authorityId"_s, who.authorityId},
                   {u"deviceId"_s, who.deviceId},
                   {u"caseload"_s, QJsonArray::fromStringList(caseload)}};
    if (who.role != Role::YoungPerson) {
        o.insert(u"teamId"_s, who.teamId);
    } else {
        o.insert(u"paId"_s, access.ownPaId);
    }
    return HttpResponse::json(200, o);
}

HttpResponse metricsResponse(Metrics &metrics)
{
    HttpResponse r;
    r.body = metrics.render();
    r.contentType = "text/plain; version=0.0.4";
    return r;
}

} // namespace

void registerMetricsRoute(Router &router, Metrics &metrics)
{
    router.add(u"GET"_s, u"/metrics"_s,
               [&metrics](const HttpRequest &, const RouteParams &) { return metricsResponse(metrics); });
}

void registerCoreRoutes(Router &router, ApiContext &ctx)
{
    router.add(u"GET"_s, u"/healthz"_s, [](const HttpRequest &, const RouteParams &) {
        return HttpResponse::json(200, {{u"status"_s, u"ok"_s}});
    });
    // On the main listener, /metrics answers only its own bearer token (metrics_token); without
    // one configured it is not served here at all (see registerMetricsRoute for its own listener).
    router.add(u"GET"_s, u"/metrics"_s, [&ctx](const HttpRequest &req, const RouteParams &) {
        const QString &token = ctx.config.metricsToken;
        if (token.isEmpty()) {
            return HttpResponse::error(404, u"not_found"_s);
        }
        const QByteArray given = req.header(u"authorization"_s).toUtf8();
        const QByteArray expected = "Bearer " + token.toUtf8();
        if (given.size() != expected.size()
            || sodium_memcmp(given.constData(), expected.constData(), size_t(expected.size())) != 0) {
            return HttpResponse::error(401, u"unauthenticated"_s);
        }
        return metricsResponse(ctx.metrics);
    });
    router.add(u"POST"_s, u"/v1/auth/login"_s,
               [&ctx](const HttpRequest &req, const RouteParams &) { return handleLogin(ctx, req); });
    router.add(u"POST"_s, u"/v1/auth/refresh"_s,
               [&ctx](const HttpRequest &req, const RouteParams &) { return handleRefresh(ctx, req); });
    router.add(u"POST"_s, u"/v1/auth/logout"_s,
               authed(ctx, [&ctx](const HttpRequest &, const RouteParams &, Principal &who) {
                   ctx.auth.logout(who);
                   return HttpResponse::json(200, {{u"loggedOut"_s, true}});
               }));
    router.add(u"POST"_s, u"/v1/auth/enrol-code"_s,
               authed(ctx, [&ctx](const HttpRequest &req, const RouteParams &, Principal &who) {
                   return handleEnrolCode(ctx, req, who);
               }));
    router.add(u"POST"_s, u"/v1/auth/enrol-code/status"_s,
               authed(ctx, [&ctx](const HttpRequest &req, const RouteParams &, Principal &who) {
                   return handleEnrolCodeStatus(ctx, req, who);
               }));
    router.add(u"POST"_s, u"/v1/auth/enrol"_s,
               [&ctx](const HttpRequest &req, const RouteParams &) { return handleEnrol(ctx, req); });
    router.add(u"POST"_s, u"/v1/devices/{id}/revoke"_s,
               authed(ctx, [&ctx](const HttpRequest &, const RouteParams &params, Principal &who) {
                   return handleRevokeDevice(ctx, params, who);
               }));
    router.add(
        u"POST"_s, u"/v1/sync/push"_s,
        authed(
            ctx,
            [&ctx](const HttpRequest &req, const RouteParams &, Principal &who) { return handlePush(ctx, req, who); },
            true));
    router.add(
        u"POST"_s, u"/v1/sync/pull"_s,
        authed(
            ctx,
            [&ctx](const HttpRequest &req, const RouteParams &, Principal &who) { return handlePull(ctx, req, who); },
            true));
    router.add(u"GET"_s, u"/v1/me"_s, authed(ctx, [&ctx](const HttpRequest &, const RouteParams &, Principal &who) {
                   return handleMe(ctx, who);
               }));
}

HttpResponse dispatch(const Router &router, const HttpRequest &request, Metrics &metrics)
{
    QElapsedTimer timer;
    timer.start();
    const auto m = router.match(request.method, request.path);
    HttpResponse response;
    QString route = u"unmatched"_s;
    if (!m.route) {
        response = HttpResponse::error(m.status, m.status == 405 ? u"method_not_allowed"_s : u"not_found"_s);
        if (m.status == 405) {
            response.headers.insert("Allow", m.allowed.join(u", "_s).toLatin1());
        }
    } else {
        route = m.route->pathTemplate;
        try {
            response = m.route->handler(request, m.params);
        } catch (const std::exception &) {
            response = HttpResponse::error(500, u"internal_error"_s);
        }
    }
    response.route = route;
    if (!response.held) {
        logRequest(metrics, request, route, response, double(timer.nsecsElapsed()) / 1e6);
    }
    return response;
}

void logRequest(
    Metrics &metrics, const HttpRequest &request, const QString &route, const HttpResponse &response, double durationMs)
{
    metrics.countRequest(route, response.status);
    logEvent(response.status >= 500 ? LogLevel::Warning : LogLevel::Info, u"request"_s,
             {{u"requestId"_s, request.requestId},
              {u"method"_s, request.method},
              {u"route"_s, route},
              {u"status"_s, response.status},
              {u"user"_s, response.logUser},
              {u"duration_ms"_s, durationMs}});
}

} // namespace Pathway::Server
