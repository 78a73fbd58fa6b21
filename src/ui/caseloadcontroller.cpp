// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "caseloadcontroller.h"
#include "sessionbinding.h"

#include "appcontroller.h"
#include "contactlogcontroller.h"

using namespace Qt::StringLiterals;

namespace Pathway {

CaseloadController::CaseloadController(QObject *parent)
    : QObject(parent)
    , m_model(new CaseloadModel(this))
{
}

void CaseloadController::setApp(AppController *app)
{
    if (!rebindApp(this, m_app, app, &CaseloadController::refresh))
        return;
    Q_EMIT appChanged();
    refresh();
}

QString CaseloadController::staffId() const
{
    if (!m_staffId.isEmpty() || !m_app)
        return m_staffId;
    return m_app->role() == Role::PersonalAdviser ? m_app->userId() : QString();
}

void CaseloadController::setStaffId(const QString &id)
{
    if (id == m_staffId)
        return;
    m_staffId = id;
    Q_EMIT staffIdChanged();
    refresh();
}

void CaseloadController::refresh()
{
    if (!m_app)
        return;
    const QString staff = staffId();
    // A manager's page with no PA chosen yet shows nothing rather than everyone.
    if (staff.isEmpty() && m_app->role() != Role::PersonalAdviser) {
        m_model->refresh({}, {}, m_app->session()->clock().now(), m_app->alertSettings());
    } else {
        m_model->refresh(m_app->session()->data(), staff, m_app->session()->clock().now(), m_app->alertSettings());
    }
    Q_EMIT refreshed();
}

int CaseloadController::attentionCount() const
{
    int n = 0;
    for (const auto &alerts : m_model->alerts())
        n += alerts.isEmpty() ? 0 : 1;
    return n;
}

QString CaseloadController::headline() const
{
    //: %n young people; the second sentence is separate so each can take plurals
    const QString people = tr("%n young people.", "@info", m_model->rowCount());
    const QString attention = tr("%n need(s) attention.", "@info", attentionCount());
    //: %1 "12 young people." %2 "3 need attention."
    return tr("%1 %2", "@info").arg(people, attention);
}

bool CaseloadController::logVisitNow(const QString &youngPersonId)
{
    if (!m_app)
        return false;
    const auto result = ContactLogController::saveVisitNow(*m_app, youngPersonId, &m_message);
    Q_EMIT messageChanged();
    return result != ContactLogController::OneTap::Failed;
}

} // namespace Pathway
