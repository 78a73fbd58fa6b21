// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

/**
 * HTTP requests, responses and the route table, independent of Boost.Beast so handlers can be
 * tested in-process. Extension point: any feature registers its routes on the Router with its
 * own function (e.g. registerAlertRoutes(Router &, ...)) before the server starts; every
 * registered route must also be documented in docs/api/openapi.yaml (tst_openapi checks both ways).
 */
namespace Pathway::Server {

/** A parsed HTTP request, body already size-checked and decompressed. */
struct HttpRequest
{
    QString method;
    QString path;
    QMap<QString, QString> query;
    QMap<QString, QString> headers; ///< lower-case names
    QByteArray body;
    QString remoteAddress;
    QString requestId;

    QString header(const QString &name) const { return headers.value(name.toLower()); }
};

struct HttpResponse;

/**
 * A response that is not known yet (a long-poll): the front end holds the request open without
 * occupying a thread, calls poll() again each time wake() is called, and answers expired() when
 * the hold time passes or the server stops. See HttpServer and docs/api/openapi.yaml /v1/sync/wait.
 */
class HeldResponse
{
public:
    virtual ~HeldResponse() = default;
    /** Called once before holding; the function may be called from any thread, any number of times. */
    virtual void setWake(std::function<void()> wake) = 0;
    /** On a worker thread (it may read the store): the answer to send now, or nullopt to keep holding. */
    virtual std::optional<HttpResponse> poll() = 0;
    /** The answer when nothing came within holdTime(), or the server is stopping. */
    virtual HttpResponse expired() = 0;
    virtual std::chrono::milliseconds holdTime() const = 0;
};

/** A response before encoding. */
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QMap<QByteArray, QByteArray> headers;
    QString logUser; ///< pseudonymous subject for the request log (logSubject()), never sent
    QString route; ///< the matched route template, set by dispatch() (metrics and logs)
    /** Set by a long-poll handler: the real answer comes later (the other fields are unused). */
    std::shared_ptr<HeldResponse> held;

    static HttpResponse json(int status, const QJsonObject &body);
    /** {"error": code} plus optional extra fields. */
    static HttpResponse error(int status, const QString &code, const QJsonObject &extra = {});
};

/** Path parameters of a matched route, e.g. {"id": "..."} for /v1/devices/{id}/revoke. */
using RouteParams = QMap<QString, QString>;
using Handler = std::function<HttpResponse(const HttpRequest &, const RouteParams &)>;

/** Method + path template -> handler. Unknown path: 404; known path, wrong method: 405. */
class Router
{
public:
    struct Route
    {
        QString method;
        QString pathTemplate;
        Handler handler;
    };
    struct Match
    {
        const Route *route = nullptr;
        RouteParams params;
        int status = 200; ///< 404 or 405 when route is null
        QStringList allowed;
    };

    void add(const QString &method, const QString &pathTemplate, Handler handler);
    Match match(const QString &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace Pathway::Server
