// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/alerts/alertroutes.h"

#include "server/access.h"
#include "server/alerts/alertstore.h"
#include "server/alerts/sweeper.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

Handler staffOnly(ApiContext &ctx, AuthedHandler fn)
{
    return [&ctx, fn = std::move(fn)](const HttpRequest &req, const RouteParams &params) {
        const auto result = ctx.auth.authenticate(req.header(u"authorization"_s));
        if (!result.principal) {
            return HttpResponse::error(401, result.error);
        }
        if (result.principal->revoked) {
            return HttpResponse::error(401, u"token_revoked"_s);
        }
        if (result.principal->role == Role::YoungPerson) {
            return HttpResponse::error(403, u"forbidden"_s);
        }
        return fn(req, params, *result.principal);
    };
}

namespace {

/**
 * The alert as the API returns it, with the display name of whoever acknowledged it, read from
 * their staff record (the one place a name lives) so every device can say who it was.
 */
QJsonObject alertJson(ApiContext &ctx, const StoredAlert &a, QHash<QString, QString> &names)
{
    QJsonObject o = a.toJson(ctx.clock.today()); // day counts as of today, from the alert's dates
    if (a.ackBy.isEmpty()) {
        return o;
    }
    auto it = names.constFind(a.ackBy);
    if (it == names.cend()) {
        const auto staff = ctx.store.record(u"staff"_s, a.ackBy);
        const QString name = staff && staff->authorityId == a.authorityId
            ? staff->state.body.value(u"displayName"_s).toString()
            : QString();
        it = names.insert(a.ackBy, name);
    }
    if (!it->isEmpty()) {
        o.insert(u"acknowledgedByName"_s, *it);
    }
    return o;
}

HttpResponse listAlerts(ApiContext &ctx, const HttpRequest &req, const Principal &who)
{
    const QString state = req.query.value(u"state"_s);
    const QString audience = req.query.value(u"audience"_s);
    if (!state.isEmpty() && !alertStateFromCode(state)) {
        return HttpResponse::error(422, u"invalid_value"_s, {{u"field"_s, u"state"_s}});
    }
    if (!audience.isEmpty() && !alertAudienceFromCode(audience)) {
        return HttpResponse::error(422, u"invalid_value"_s, {{u"field"_s, u"audience"_s}});
    }
    const AccessContext access = buildAccessContext(ctx.store, who, ctx.clock.today());
    QList<StoredAlert> alerts;
    ctx.store.withReadConnection(
        [&](SqlConnection &db) { alerts = AlertStore::alertsOf(db, who.authorityId, state, audience); });
    QJsonArray out;
    QHash<QString, QString> names;
    for (const auto &a : alerts) {
        if (access.visibleOwners.contains(a.alert.youngPersonId)) {
            out.append(alertJson(ctx, a, names));
        }
    }
    return HttpResponse::json(200, {{u"alerts"_s, out}});
}

HttpResponse acknowledgeAlert(ApiContext &ctx, const HttpRequest &req, const RouteParams &params, const Principal &who)
{
    QJsonParseError pe {};
    const auto doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return HttpResponse::error(400, u"malformed_json"_s);
    }
    const QJsonValue note = doc.object().value(u"note"_s);
    // The shared codes of every route: missing_field, wrong_type, invalid_value.
    if (note.isUndefined() || note.isNull() || (note.isString() && note.toString().trimmed().isEmpty())) {
        return HttpResponse::error(422, u"missing_field"_s, {{u"field"_s, u"note"_s}});
    }
    if (!note.isString()) {
        return HttpResponse::error(422, u"wrong_type"_s, {{u"field"_s, u"note"_s}});
    }
    if (note.toString().size() > MaxAckNoteLength) {
        return HttpResponse::error(422, u"invalid_value"_s, {{u"field"_s, u"note"_s}});
    }
    const QString id = params.value(u"id"_s);
    const AccessContext access = buildAccessContext(ctx.store, who, ctx.clock.today());
    HttpResponse response = HttpResponse::error(404, u"not_found"_s);
    std::optional<StoredAlert> acknowledged;
    ctx.store.withConnection([&](SqlConnection &db) {
        const auto a = AlertStore::alertById(db, id);
        // Someone else's alert looks exactly like a missing one.
        if (!a || a->authorityId != who.authorityId || !access.visibleOwners.contains(a->alert.youngPersonId)) {
            return;
        }
        if (a->state == AlertState::Resolved) {
            response = HttpResponse::error(409, u"alert_resolved"_s);
            return;
        }
        if (!AlertSweeper::acknowledge(db, id, who.subjectId, note.toString(), ctx.clock.now().toMSecsSinceEpoch())) {
            response = HttpResponse::error(503, u"store_unavailable"_s);
            return;
        }
        acknowledged = AlertStore::alertById(db, id);
    });
    if (acknowledged) {
        // The name is read outside the alert store's connection: the record store has its own.
        QHash<QString, QString> names;
        response = HttpResponse::json(200, alertJson(ctx, *acknowledged, names));
    }
    return response;
}

} // namespace

void registerAlertRoutes(Router &router, ApiContext &context)
{
    router.add(u"GET"_s, u"/v1/alerts"_s,
               staffOnly(context, [&context](const HttpRequest &req, const RouteParams &, const Principal &who) {
                   return listAlerts(context, req, who);
               }));
    router.add(u"POST"_s, u"/v1/alerts/{id}/ack"_s,
               staffOnly(context, [&context](const HttpRequest &req, const RouteParams &params, const Principal &who) {
                   return acknowledgeAlert(context, req, params, who);
               }));
}

} // namespace Pathway::Server
