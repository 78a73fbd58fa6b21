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

/** One POST /v1/alerts/{id}/ack with a note: the acknowledged alert as the server now has it, or why not. */
class AcknowledgeAlertJob : public QObject
{
    Q_OBJECT

public:
    AcknowledgeAlertJob(Sync::ApiClient *api, QString alertId, QString note, QObject *parent = nullptr);
    /** Sends the request; finished() follows once. */
    void start();

    QString alertId() const { return m_alertId; }
    bool hasError() const { return !m_errorCode.isEmpty(); }
    /**
     * Empty on success. Otherwise "network", "timeout", "login_required", or the server's code:
     * "not_found" (not this caller's, or gone), "alert_resolved" (it cleared meanwhile),
     * "missing_field" / "wrong_type" / "invalid_value" (the note, e.g. too long), ...
     */
    QString errorCode() const { return m_errorCode; }
    /** The acknowledged alert the server answered with (valid when !hasError()). */
    const std::optional<ServerAlert> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    QPointer<Sync::ApiClient> m_api;
    QString m_alertId;
    QString m_note;
    QString m_errorCode;
    std::optional<ServerAlert> m_result;
};

} // namespace Pathway
