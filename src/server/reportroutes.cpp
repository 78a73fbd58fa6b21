// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/reportroutes.h"

#include "returns/oc3return.h"
#include "server/access.h"
#include "server/alerts/alertroutes.h"
#include "server/returnssource.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

/** The earliest and latest collection years asked for: the DfE's OC3 goes back to 2000. */
constexpr int FirstYear = 2000;
constexpr int LastYear = 2100;

HttpResponse oc3(ApiContext &ctx, const HttpRequest &req, const Principal &who)
{
    if (who.role != Role::Manager && who.role != Role::Admin) {
        return HttpResponse::error(403, u"forbidden"_s);
    }
    bool ok = false;
    const int year = req.query.value(u"year"_s).toInt(&ok);
    if (!ok || year < FirstYear || year > LastYear) {
        return HttpResponse::error(422, u"invalid_value"_s, {{u"field"_s, u"year"_s}});
    }
    const AccessContext access = buildAccessContext(ctx.store, who, ctx.clock.today());
    const QList<Oc3Row> rows
        = Oc3Return::rows(ReturnsSource::load(ctx.store, who.authorityId, &access.visibleOwners), year);
    const QList<Oc3Problem> problems = Oc3Return::validate(rows, year);
    const QString fileName = u"oc3-"_s + QString::number(year) + u".csv"_s;
    if (req.query.value(u"format"_s) == "json"_L1) {
        // For the app: the same file, its name, and what to correct.
        QJsonArray list;
        for (const Oc3Problem &p : problems) {
            list.append(QJsonObject {{u"child"_s, p.child}, {u"rule"_s, p.rule}});
        }
        return HttpResponse::json(200,
                                  {{u"fileName"_s, fileName},
                                   {u"rows"_s, int(rows.size())},
                                   {u"csv"_s, QString::fromUtf8(Oc3Return::csv(rows))},
                                   {u"problems"_s, list}});
    }
    HttpResponse response;
    response.status = 200;
    response.contentType = "text/csv; charset=utf-8";
    response.body = Oc3Return::csv(rows);
    response.headers.insert("Content-Disposition", "attachment; filename=\"" + fileName.toUtf8() + '"');
    response.headers.insert("X-Pathway-Problems", QByteArray::number(problems.size()));
    return response;
}

} // namespace

void registerReportRoutes(Router &router, ApiContext &context)
{
    router.add(u"GET"_s, u"/v1/reports/oc3"_s,
               staffOnly(context, [&context](const HttpRequest &req, const RouteParams &, const Principal &who) {
                   return oc3(context, req, who);
               }));
}

} // namespace Pathway::Server
