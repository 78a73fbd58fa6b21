#include "attentionnotifier.h"

#include "alerts/notifier.h"
#include "appcontroller.h"

using namespace Qt::StringLiterals;

namespace Pathway {

AttentionNotifier::AttentionNotifier(AppController *app, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_notifier(notifier)
{
    connect(&m_caseload, &CaseloadController::refreshed, this, &AttentionNotifier::check);
    if (m_app) {
        connect(m_app, &AppController::identityChanged, this, &AttentionNotifier::follow);
        connect(m_app, &AppController::stageChanged, this, &AttentionNotifier::follow);
    }
    follow();
}

void AttentionNotifier::follow()
{
    const bool pa = m_app && m_app->stage() == AppController::Stage::Ready
        && m_app->role() == AppController::Role::PersonalAdviser;
    m_caseload.setApp(pa ? m_app.data() : nullptr);
    if (!pa)
        m_lastCount = 0;
}

void AttentionNotifier::check()
{
    if (!m_app || m_app->role() != AppController::Role::PersonalAdviser || !m_caseload.app())
        return;
    const int count = m_caseload.attentionCount();
    if (count > m_lastCount && m_notifier && m_notifier->isAvailable()) {
        m_notifier->notify(u"caseload-attention"_s, tr("Pathway", "@title:notification"),
                           //: OS notification on a PA's device; a count only, never names.
                           tr("%n young people on your caseload need attention", "@info:notification", count));
    }
    m_lastCount = count;
}

} // namespace Pathway
