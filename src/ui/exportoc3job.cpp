// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "exportoc3job.h"

#include "sync/apiclient.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Pathway {

ExportOc3Job::ExportOc3Job(Sync::ApiClient *api, int year, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_year(year)
{
}

void ExportOc3Job::start()
{
    if (!m_api) {
        m_errorCode = u"network"_s;
        QMetaObject::invokeMethod(this, &ExportOc3Job::finished, Qt::QueuedConnection);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"year"_s, QString::number(m_year));
    query.addQueryItem(u"format"_s, u"json"_s);
    QPointer<ExportOc3Job> self(this);
    m_api->get(u"/v1/reports/oc3"_s, query, [self](const Sync::ApiReply &reply) {
        if (!self)
            return;
        if (reply.ok() && reply.body.value(u"csv"_s).isString()) {
            self->m_fileName = reply.body.value(u"fileName"_s).toString();
            self->m_csv = reply.body.value(u"csv"_s).toString().toUtf8();
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
