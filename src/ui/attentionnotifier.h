#pragma once

#include "caseloadcontroller.h"

#include <QObject>
#include <QPointer>

namespace Pathway {

class AppController;
class Notifier;

/**
 * Raises an OS notification on a PA's device when, by the alert rules evaluated offline on the
 * device, more of their caseload needs attention than before. The words carry a count only:
 * never a name, a note or a date of birth.
 */
class AttentionNotifier : public QObject
{
    Q_OBJECT

public:
    AttentionNotifier(AppController *app, Notifier *notifier, QObject *parent = nullptr);
    /** How many young people needed attention at the last check. */
    int lastCount() const { return m_lastCount; }

private:
    void follow();
    void check();

    QPointer<AppController> m_app;
    Notifier *m_notifier;
    CaseloadController m_caseload;
    int m_lastCount = 0;
};

} // namespace Pathway
