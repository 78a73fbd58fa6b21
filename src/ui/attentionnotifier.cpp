// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "attentionnotifier.h"

#include "alerts/evaluator.h"
#include "alerts/notificationdigest.h"
#include "alerts/notifier.h"
#include "appcontroller.h"
#include "uilog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
/** Alert key -> tier code of what the last notification covered, in the encrypted store. */
const auto NotifiedKey = u"alerts.notified"_s;

bool isStaff(const AppController *app)
{
    return app->role() == Role::PersonalAdviser || app->role() == Role::Manager;
}
} // namespace

AttentionNotifier::AttentionNotifier(
    AppController *app, Notifier *notifier, const Clock &clock, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_notifier(notifier)
    , m_clock(clock)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AttentionNotifier::check);
    if (m_notifier) {
        QPointer<AttentionNotifier> self(this);
        m_notifier->setActivationHandler([self](const QString &tag) {
            if (self && tag == QLatin1StringView(Tag))
                self->onActivated();
        });
        //: The button of an OS notification that opens the alerts page
        m_notifier->setOpenActionLabel(tr("Open alerts", "@action:button notification"));
    }
    if (m_app) {
        connect(m_app, &AppController::stageChanged, this, &AttentionNotifier::follow);
        connect(m_app, &AppController::identityChanged, this, &AttentionNotifier::follow);
        connect(m_app->session(), &StoreSession::recordsChanged, this, &AttentionNotifier::check);
    }
    follow();
}

AttentionNotifier::~AttentionNotifier()
{
    if (m_notifier)
        m_notifier->setActivationHandler({});
}

void AttentionNotifier::follow()
{
    const bool ready = m_app && m_app->stage() == AppController::Stage::Ready && isStaff(m_app);
    if (!ready) {
        m_timer.stop();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
    check();
    if (m_openWhenReady) {
        m_openWhenReady = false;
        // After the window has opened the role's first page for this unlock.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_app)
                    m_app->navigate(u"alerts"_s);
            },
            Qt::QueuedConnection);
    }
}

void AttentionNotifier::onActivated()
{
    if (!m_app)
        return;
    if (m_app->stage() == AppController::Stage::Ready && isStaff(m_app))
        m_app->navigate(u"alerts"_s);
    else
        m_openWhenReady = true; // the alerts page opens once the user has unlocked
}

QList<Alert> AttentionNotifier::currentAlerts() const
{
    QList<Alert> out;
    const CaseData &data = m_app->session()->data();
    const QDateTime now = m_clock.now();
    const QDate today = now.toUTC().date();
    const bool pa = m_app->role() == Role::PersonalAdviser;
    for (const YoungPerson &yp : data.youngPeople) {
        if (pa && data.currentPaId(yp.id, today) != m_app->userId())
            continue;
        for (const Alert &a : AlertEvaluator::evaluate(data.caseRecords(yp.id), now, m_app->alertSettings())) {
            // A PA hears about everything on their caseload; a manager about what is addressed to managers.
            if (pa || a.audience == AlertAudience::Manager)
                out.append(a);
        }
    }
    return out;
}

QHash<QString, QString> AttentionNotifier::remembered() const
{
    QHash<QString, QString> out;
    RecordStore *records = m_app->session()->recordStore();
    const auto saved = records ? records->meta(NotifiedKey) : std::nullopt;
    if (!saved)
        return out;
    const QJsonObject json = QJsonDocument::fromJson(saved->toUtf8()).object();
    for (auto it = json.begin(); it != json.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

void AttentionNotifier::remember(const QHash<QString, QString> &notified)
{
    RecordStore *records = m_app->session()->recordStore();
    if (!records)
        return;
    QJsonObject json;
    for (auto it = notified.begin(); it != notified.end(); ++it)
        json.insert(it.key(), it.value());
    if (!records->setMeta(NotifiedKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))).ok())
        qCWarning(lcUi) << "notifications: what was notified could not be kept";
}

void AttentionNotifier::check()
{
    if (!m_app || m_app->stage() != AppController::Stage::Ready || !isStaff(m_app))
        return;
    const QHash<QString, QString> before = remembered();
    const NotificationDigest digest = NotificationDigest::since(before, currentAlerts());
    if (digest.isEmpty()) {
        if (digest.notified != before)
            remember(digest.notified); // cleared alerts are forgotten: if they come back, that is news
        return;
    }
    if (!m_notifier || !m_notifier->isAvailable())
        return; // told nobody: it stays news until a notification can be shown
    const int n = digest.youngPeople;
    QString body;
    if (m_app->role() == Role::Manager)
        //: OS notification on a manager's device: a count only, never names
        body = tr("%n young people in your team have a new alert for a manager", "@info:notification", n);
    else
        //: OS notification on a PA's device: a count only, never names
        body = tr("%n young people on your caseload have a new alert", "@info:notification", n);
    if (!m_notifier->notify(QString::fromLatin1(Tag), tr("Pathway", "@title:notification"), body))
        return;
    remember(digest.notified);
    m_lastCount = n;
    Q_EMIT notified(n);
}

} // namespace Pathway
