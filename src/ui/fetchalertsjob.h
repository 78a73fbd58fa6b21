// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "serveralert.h"

#include <QObject>
#include <QPointer>

namespace Pathway::Sync {
class ApiClient;
}

namespace Pathway {

/** One GET /v1/alerts through the app's signed-in API client: the server's alerts, or why not. */
class FetchAlertsJob : public QObject
{
    Q_OBJECT

public:
    explicit FetchAlertsJob(Sync::ApiClient *api, QObject *parent = nullptr);
    /** Sends the request; finished() follows once (also when there is no API client). */
    void start();

    bool hasError() const { return !m_errorCode.isEmpty(); }
    /** "network", "timeout", "login_required", "forbidden", the server's error code, ...; empty on success. */
    QString errorCode() const { return m_errorCode; }
    const QList<ServerAlert> &alerts() const { return m_alerts; }

Q_SIGNALS:
    void finished();

private:
    QPointer<Sync::ApiClient> m_api;
    QString m_errorCode;
    QList<ServerAlert> m_alerts;
};

} // namespace Pathway
