// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "fetchalertsjob.h"

#include "sync/apiclient.h"

using namespace Qt::StringLiterals;

namespace Pathway {

FetchAlertsJob::FetchAlertsJob(Sync::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void FetchAlertsJob::start()
{
    if (!m_api) {
        m_errorCode = u"network"_s;
        QMetaObject::invokeMethod(this, &FetchAlertsJob::finished, Qt::QueuedConnection);
        return;
    }
    // Without a state: every unresolved (open or acknowledged) alert the caller may see.
    QPointer<FetchAlertsJob> self(this);
    m_api->get(u"/v1/alerts"_s, QUrlQuery(), [self](const Sync::ApiReply &reply) {
        if (!self)
            return;
        if (reply.ok())
            self->m_alerts = ServerAlert::listFromJson(reply.body);
        else if (reply.error == Sync::ApiError::LoginRequired || reply.serverError.isEmpty())
            self->m_errorCode = Sync::toCode(reply.error);
        else
            self->m_errorCode = reply.serverError;
        Q_EMIT self->finished();
    });
}

} // namespace Pathway
