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
    return m_app->role() == AppController::Role::PersonalAdviser ? m_app->userId() : QString();
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
    if (staff.isEmpty() && m_app->role() != AppController::Role::PersonalAdviser) {
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
    const ContactLog log = ContactLogController::defaultContact(*m_app, youngPersonId);
    const bool ok = m_app->session()->save(log) == StoreSession::Error::None;
    const YoungPerson *yp = m_app->session()->data().youngPerson(youngPersonId);
    m_message = ok ? tr("Visit with %1 saved on this device.", "@info").arg(yp ? yp->displayName : QString())
                   : tr("The visit could not be saved.", "@info");
    Q_EMIT messageChanged();
    return ok;
}

} // namespace Pathway
