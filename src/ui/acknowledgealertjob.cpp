// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "acknowledgealertjob.h"

#include "sync/apiclient.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Pathway {

AcknowledgeAlertJob::AcknowledgeAlertJob(Sync::ApiClient *api, QString alertId, QString note, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_alertId(std::move(alertId))
    , m_note(std::move(note))
{
}

void AcknowledgeAlertJob::start()
{
    if (!m_api) {
        m_errorCode = u"network"_s;
        QMetaObject::invokeMethod(this, &AcknowledgeAlertJob::finished, Qt::QueuedConnection);
        return;
    }
    const QString path = u"/v1/alerts/%1/ack"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_alertId)));
    QPointer<AcknowledgeAlertJob> self(this);
    m_api->post(path, {{u"note"_s, m_note}}, [self](const Sync::ApiReply &reply) {
        if (!self)
            return;
        if (reply.ok()) {
            self->m_result = ServerAlert::fromJson(reply.body);
            if (!self->m_result)
                self->m_errorCode = Sync::toCode(Sync::ApiError::BadResponse);
        } else if (reply.error == Sync::ApiError::LoginRequired || reply.serverError.isEmpty()) {
            self->m_errorCode = Sync::toCode(reply.error);
        } else {
            self->m_errorCode = reply.serverError;
        }
        Q_EMIT self->finished();
    });
}

} // namespace Pathway
