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
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace Pathway::Testing {

/**
 * The server's own API as one member of staff calls it, for what a journey checks on the server
 * (its alerts after a sweep) or asks of it outside the app (an enrolment code for a young person).
 * Logs in with its own token; never shares a device's.
 */
class JourneyServerApi
{
public:
    explicit JourneyServerApi(QUrl server)
        : m_server(std::move(server))
    {
    }

    /** Logs in as @p login; false when the server refuses. */
    bool signIn(const DemoLogin &login)
    {
        const QJsonObject reply
            = call("POST", QStringLiteral("/v1/auth/login"),
                   {{QStringLiteral("email"), login.email}, {QStringLiteral("password"), login.password}});
        m_token = reply.value(QStringLiteral("token")).toString();
        return !m_token.isEmpty();
    }

    /** A fresh enrolment code for a young person the signed-in member of staff can see (empty on refusal). */
    QString enrolmentCode(const QString &youngPersonId)
    {
        return call("POST", QStringLiteral("/v1/auth/enrol-code"), {{QStringLiteral("youngPersonId"), youngPersonId}})
            .value(QStringLiteral("code"))
            .toString();
    }

    /** The server's alerts of one rule for one young person that are not resolved (after its sweep). */
    QList<QJsonObject> unresolvedAlerts(const QString &youngPersonId, const QString &ruleCode)
    {
        QList<QJsonObject> out;
        const QJsonArray alerts = call("GET", QStringLiteral("/v1/alerts")).value(QStringLiteral("alerts")).toArray();
        for (const QJsonValue &v : alerts) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("youngPersonId")).toString() == youngPersonId
                && a.value(QStringLiteral("ruleCode")).toString() == ruleCode
                && a.value(QStringLiteral("state")).toString() != QLatin1String("resolved"))
                out.append(a);
        }
        return out;
    }

    int lastStatus() const { return m_status; }

private:
    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(m_server.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        QNetworkReply *reply = verb == "GET"
            ? m_network.get(request)
            : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject out
            = reply->isFinished() ? QJsonDocument::fromJson(reply->readAll()).object() : QJsonObject();
        reply->abort();
        reply->deleteLater();
        return out;
    }

    QUrl m_server;
    QNetworkAccessManager m_network;
    QString m_token;
    int m_status = 0;
};

} // namespace Pathway::Testing
