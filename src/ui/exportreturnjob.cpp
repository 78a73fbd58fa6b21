// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "exportreturnjob.h"

#include "sync/apiclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Pathway {

ExportReturnJob::ExportReturnJob(Sync::ApiClient *api, const QString &path, const QUrlQuery &query, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_path(path)
    , m_query(query)
{
}

void ExportReturnJob::start()
{
    if (!m_api) {
        m_errorCode = u"network"_s;
        QMetaObject::invokeMethod(this, &ExportReturnJob::finished, Qt::QueuedConnection);
        return;
    }
    QPointer<ExportReturnJob> self(this);
    m_api->get(m_path, m_query, [self](const Sync::ApiReply &reply) {
        if (!self)
            return;
        const QJsonValue csv = reply.body.value(u"csv"_s);
        const QJsonValue content = reply.body.value(u"content"_s);
        if (reply.ok() && (csv.isString() || content.isString())) {
            self->m_fileName = reply.body.value(u"fileName"_s).toString();
            self->m_content
                = csv.isString() ? csv.toString().toUtf8() : QByteArray::fromBase64(content.toString().toLatin1());
            self->m_rows = reply.body.value(u"rows"_s).toInt();
            self->m_problems = int(reply.body.value(u"problems"_s).toArray().size());
        } else if (reply.ok()) {
            self->m_errorCode = u"invalid_response"_s;
        } else if (reply.error == Sync::ApiError::LoginRequired || reply.serverError.isEmpty()) {
            self->m_errorCode = Sync::toCode(reply.error);
        } else {
            self->m_errorCode = reply.serverError;
        }
        Q_EMIT self->finished();
    });
}

} // namespace Pathway
