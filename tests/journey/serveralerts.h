// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "serverprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Pathway::Testing {

/**
 * The server's own alerts (its sweep, GET /v1/alerts) as one member of staff reads them: what
 * a journey test asserts besides what the other device shows.
 */
class ServerAlerts
{
public:
    /** Logs in with its own token (its own device id), as the alerts page of that person would. */
    bool logIn(const QUrl &server, const DemoLogin &login)
    {
        m_server = server;
        const QJsonObject body {{QStringLiteral("email"), login.email}, {QStringLiteral("password"), login.password}};
        const auto reply = call(QStringLiteral("POST"), QStringLiteral("/v1/auth/login"), body);
        m_token = reply.value(QStringLiteral("token")).toString();
        return !m_token.isEmpty();
    }

    /** Every unresolved alert this person may see (empty on an error). */
    QList<QJsonObject> unresolved()
    {
        QList<QJsonObject> out;
        const QJsonObject reply = call(QStringLiteral("GET"), QStringLiteral("/v1/alerts"), {});
        for (const QJsonValue &v : reply.value(QStringLiteral("alerts")).toArray())
            out.append(v.toObject());
        return out;
    }

    /** Whether an unresolved alert of @p ruleCode is open for @p youngPersonId. */
    bool has(const QString &ruleCode, const QString &youngPersonId)
    {
        for (const QJsonObject &a : unresolved()) {
            if (a.value(QStringLiteral("ruleCode")).toString() == ruleCode
                && a.value(QStringLiteral("youngPersonId")).toString() == youngPersonId)
                return true;
        }
        return false;
    }

private:
    QJsonObject call(const QString &verb, const QString &path, const QJsonObject &body)
    {
        QNetworkRequest request(m_server.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        QNetworkReply *reply = verb == QLatin1String("POST")
            ? m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))
            : m_network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject out = reply->isFinished() && reply->error() == QNetworkReply::NoError
            ? QJsonDocument::fromJson(reply->readAll()).object()
            : QJsonObject();
        reply->deleteLater();
        return out;
    }

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_token;
};

} // namespace Pathway::Testing
