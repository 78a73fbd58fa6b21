// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/router.h"

#include "protocol/jsonwriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.body = Sync::compactJson(body);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"error"_s, code);
    return json(status, body);
}

void Router::add(const QString &method, const QString &pathTemplate, Handler handler)
{
    m_routes.append({method, pathTemplate, std::move(handler)});
}

namespace {

bool matchTemplate(const QString &tmpl, const QString &path, RouteParams &params)
{
    const auto t = QStringView(tmpl).split(u'/');
    const auto p = QStringView(path).split(u'/');
    if (t.size() != p.size()) {
        return false;
    }
    RouteParams out;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.at(i).startsWith(u'{') && t.at(i).endsWith(u'}')) {
            if (p.at(i).isEmpty()) {
                return false;
            }
            out.insert(t.at(i).mid(1, t.at(i).size() - 2).toString(), p.at(i).toString());
        } else if (t.at(i) != p.at(i)) {
            return false;
        }
    }
    params = out;
    return true;
}

} // namespace

Router::Match Router::match(const QString &method, const QString &path) const
{
    Match m;
    m.status = 404;
    for (const auto &r : m_routes) {
        RouteParams params;
        if (!matchTemplate(r.pathTemplate, path, params)) {
            continue;
        }
        if (r.method == method) {
            m.route = &r;
            m.params = params;
            m.status = 200;
            return m;
        }
        m.status = 405;
        m.allowed.append(r.method);
    }
    return m;
}

} // namespace Pathway::Server
