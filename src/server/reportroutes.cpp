// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/reportroutes.h"

#include "returns/annexa.h"
#include "returns/annexaxlsx.h"
#include "returns/oc3return.h"
#include "server/access.h"
#include "server/alerts/alertroutes.h"
#include "server/returnssource.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

/** The earliest and latest collection years asked for: the DfE's OC3 goes back to 2000. */
constexpr int FirstYear = 2000;
constexpr int LastYear = 2100;

/** A date as YYYY-MM-DD from 2000 on; invalid otherwise. */
QDate parseReturnDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate d = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    return d.isValid() && d.year() >= FirstYear ? d : QDate();
}

bool mayTakeReturns(const Principal &who)
{
    return who.role == Role::Manager || who.role == Role::Admin;
}

HttpResponse fileResponse(const QByteArray &body, const QByteArray &contentType, const QString &fileName)
{
    HttpResponse response;
    response.status = 200;
    response.contentType = contentType;
    response.body = body;
    response.headers.insert("Content-Disposition", "attachment; filename=\"" + fileName.toUtf8() + '"');
    return response;
}

HttpResponse oc3(ApiContext &ctx, const HttpRequest &req, const Principal &who)
{
    if (!mayTakeReturns(who)) {
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
    HttpResponse response = fileResponse(Oc3Return::csv(rows), "text/csv; charset=utf-8", fileName);
    response.headers.insert("X-Pathway-Problems", QByteArray::number(problems.size()));
    return response;
}

HttpResponse annexA(ApiContext &ctx, const HttpRequest &req, const Principal &who)
{
    if (!mayTakeReturns(who)) {
        return HttpResponse::error(403, u"forbidden"_s);
    }
    const QDate today = ctx.clock.today();
    const QString dateText = req.query.value(u"date"_s);
    const QDate asOf = parseReturnDate(dateText);
    if (!asOf.isValid() || asOf > today) {
        return HttpResponse::error(400, u"invalid_date"_s,
                                   {{u"field"_s, u"date"_s},
                                    {u"message"_s,
                                     asOf.isValid() ? u"the date is after today"_s
                                                    : u"give the date as YYYY-MM-DD, from 2000-01-01 to today"_s}});
    }
    const QString format = req.query.value(u"format"_s, u"xlsx"_s);
    if (format != "xlsx"_L1 && format != "csv"_L1) {
        return HttpResponse::error(400, u"invalid_value"_s,
                                   {{u"field"_s, u"format"_s}, {u"message"_s, u"the format is xlsx or csv"_s}});
    }
    const AccessContext access = buildAccessContext(ctx.store, who, today);
    const QList<AnnexARow> rows = AnnexA::rows(ReturnsSource::load(ctx.store, who.authorityId, &access.visibleOwners),
                                               ReturnsSource::staff(ctx.store, who.authorityId), asOf);
    QByteArray body;
    QByteArray contentType = "text/csv; charset=utf-8";
    if (format == "xlsx"_L1) {
        QString error;
        body = AnnexAXlsx::write(rows, asOf, &error);
        if (body.isEmpty()) {
            return HttpResponse::error(500, u"internal_error"_s);
        }
        contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    } else {
        body = AnnexA::csv(rows);
    }
    const QString fileName = AnnexA::fileName(asOf, format);
    if (req.query.value(u"envelope"_s) == "json"_L1) {
        // For the app, whose API client reads JSON: the file in base64, its name and its size.
        return HttpResponse::json(200,
                                  {{u"fileName"_s, fileName},
                                   {u"rows"_s, int(rows.size())},
                                   {u"content"_s, QString::fromLatin1(body.toBase64())}});
    }
    return fileResponse(body, contentType, fileName);
}

} // namespace

void registerReportRoutes(Router &router, ApiContext &context)
{
    router.add(u"GET"_s, u"/v1/reports/oc3"_s,
               staffOnly(context, [&context](const HttpRequest &req, const RouteParams &, const Principal &who) {
                   return oc3(context, req, who);
               }));
    router.add(u"GET"_s, u"/v1/reports/annex-a"_s,
               staffOnly(context, [&context](const HttpRequest &req, const RouteParams &, const Principal &who) {
                   return annexA(context, req, who);
               }));
}

} // namespace Pathway::Server
