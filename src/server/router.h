#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

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

/** A response before encoding. */
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QMap<QByteArray, QByteArray> headers;
    QString logUser; ///< pseudonymous subject for the request log (logSubject()), never sent

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
