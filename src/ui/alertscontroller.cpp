// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alertscontroller.h"
#include "sessionbinding.h"

#include "acknowledgealertjob.h"
#include "alerts/evaluator.h"
#include "appcontroller.h"
#include "fetchalertsjob.h"
#include "sync/syncengine.h"
#include "uilog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
/** The last answer of GET /v1/alerts, kept in the encrypted store for when the server is out of reach. */
const auto CacheKey = u"alerts.server_cache"_s;
} // namespace

AlertsController::AlertsController(QObject *parent)
    : QObject(parent)
    , m_model(new AlertListModel(this))
{
}

AlertsController::~AlertsController() = default;

void AlertsController::setApp(AppController *app)
{
    if (app == m_app)
        return;
    if (m_app)
        disconnect(m_app, nullptr, this, nullptr);
    rebindApp(this, m_app, app, &AlertsController::rebuild);
    if (m_app)
        connect(m_app, &AppController::stageChanged, this, &AlertsController::onStageChanged);
    Q_EMIT appChanged();
    onStageChanged();
}

void AlertsController::onStageChanged()
{
    // Requests in flight die with the sync engine when the store closes: forget them.
    delete std::exchange(m_fetch, nullptr);
    delete std::exchange(m_ack, nullptr);
    m_ackKey.clear();
    m_serverState = ServerState::None;
    loadCache();
    Q_EMIT ackStateChanged();
    refresh();
}

void AlertsController::refresh()
{
    rebuild();
    fetch();
}

bool AlertsController::canFilter() const
{
    return m_app && m_app->role() == Role::Manager;
}

void AlertsController::setOnlyForMe(bool only)
{
    if (only == m_onlyForMe)
        return;
    m_onlyForMe = only;
    Q_EMIT onlyForMeChanged();
    rebuild();
}

int AlertsController::maxNoteLength() const
{
    return MaxAckNoteLength;
}

Sync::ApiClient *AlertsController::api() const
{
    if (!m_app || !m_app->syncController())
        return nullptr;
    Sync::SyncEngine *engine = m_app->syncController()->engine();
    return engine ? engine->api() : nullptr;
}

bool AlertsController::canAcknowledge() const
{
    return m_serverCurrent && m_serverState == ServerState::Answered && api() != nullptr;
}

bool AlertsController::canCheckAgain() const
{
    return m_serverState == ServerState::Unreachable && !isChecking();
}

QList<Alert> AlertsController::deviceAlerts() const
{
    QList<Alert> out;
    if (!m_app || m_app->stage() != AppController::Stage::Ready)
        return out;
    const CaseData &data = m_app->session()->data();
    const QDateTime now = m_app->session()->clock().now();
    const QDate today = now.toUTC().date();
    const bool pa = m_app->role() == Role::PersonalAdviser;
    const bool managerOnly = canFilter() && m_onlyForMe;
    for (const YoungPerson &yp : data.youngPeople) {
        // A PA's device evaluates their own caseload; a manager's holds their team (and the unallocated).
        if (pa && data.currentPaId(yp.id, today) != m_app->userId())
            continue;
        for (const Alert &a : AlertEvaluator::evaluate(data.caseRecords(yp.id), now, m_app->alertSettings())) {
            if (!managerOnly || a.audience == AlertAudience::Manager)
                out.append(a);
        }
    }
    return out;
}

void AlertsController::rebuild()
{
    if (!m_app || m_app->stage() != AppController::Stage::Ready) {
        m_model->refresh({}, {});
        Q_EMIT stateChanged();
        return;
    }
    AlertListModel::Sources sources;
    sources.device = deviceAlerts();
    const bool managerOnly = canFilter() && m_onlyForMe;
    for (const ServerAlert &s : std::as_const(m_server)) {
        if (!managerOnly || s.alert.audience == AlertAudience::Manager)
            sources.server.append(s);
    }
    sources.serverCurrent = m_serverCurrent;
    sources.online = canAcknowledge();
    sources.manager = m_app->role() == Role::Manager;
    sources.sendingKey = m_ack ? m_ackKey : QString();
    m_model->refresh(m_app->session()->data(), sources);
    Q_EMIT stateChanged();
}

void AlertsController::fetch()
{
    if (!m_app || m_app->stage() != AppController::Stage::Ready || m_fetch)
        return;
    if (m_app->isDemo()) {
        m_serverState = ServerState::Demo;
    } else if (m_app->syncController()->isLoginRequired()) {
        m_serverState = ServerState::SignedOut;
    } else if (Sync::ApiClient *client = api()) {
        m_fetch = new FetchAlertsJob(client, this);
        connect(m_fetch, &FetchAlertsJob::finished, this, &AlertsController::onFetched);
        m_fetch->start();
    } else {
        m_serverState = ServerState::NoSession;
    }
    Q_EMIT stateChanged();
}

void AlertsController::onFetched()
{
    FetchAlertsJob *job = std::exchange(m_fetch, nullptr);
    job->deleteLater();
    if (!m_app)
        return;
    if (!job->hasError()) {
        m_server = job->alerts();
        m_serverCurrent = true;
        m_serverState = ServerState::Answered;
        m_checkedAt = m_app->session()->clock().now();
        saveCache();
    } else {
        qCInfo(lcUi) << "alerts: the server's list could not be read:" << job->errorCode();
        m_serverCurrent = false;
        if (job->errorCode() == "login_required"_L1) {
            m_serverState = ServerState::SignedOut;
            // The sync engine finds out too, and the app asks the user to sign in again.
            m_app->sync()->syncNow();
        } else {
            m_serverState = ServerState::Unreachable;
        }
    }
    rebuild();
}

QString AlertsController::statusText() const
{
    if (!m_app)
        return {};
    const QString when
        = m_checkedAt.isValid() ? QLocale().toString(m_checkedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    switch (m_serverState) {
    case ServerState::Demo:
        return tr("Demo: these alerts are worked out on this device. Nothing is sent, so they cannot be "
                  "acknowledged.",
                  "@info");
    case ServerState::NoSession:
        return tr("This device is not signed in to the server, so this list is worked out on this device. "
                  "Acknowledging needs a connection.",
                  "@info");
    case ServerState::SignedOut:
        return tr("Your sign-in has expired, so this list is worked out on this device. Sign in again to "
                  "acknowledge alerts.",
                  "@info");
    case ServerState::Unreachable:
        if (isChecking())
            return tr("Checking with the server…", "@info");
        if (when.isEmpty())
            return tr("The server cannot be reached, so this list is worked out on this device. Acknowledging "
                      "needs a connection.",
                      "@info");
        //: %1 a date and time
        return tr("The server cannot be reached, so this list is worked out on this device, with the "
                  "acknowledgements as they were on %1. Acknowledging needs a connection.",
                  "@info")
            .arg(when);
    case ServerState::Answered:
        //: %1 a date and time
        return tr("Checked with the server on %1.", "@info").arg(when);
    case ServerState::None:
        break;
    }
    return isChecking() ? tr("Checking with the server…", "@info") : QString();
}

QString AlertsController::headline() const
{
    int acknowledged = 0;
    for (const ModelRow &row : m_model->rows())
        acknowledged += row.values.value(u"acknowledged"_s).toBool() ? 1 : 0;
    const int open = int(m_model->rows().size()) - acknowledged;
    //: The first sentence of the alerts page's summary; the second is separate so each can take plurals
    const QString first = tr("%n alert(s) need(s) action.", "@info", open);
    if (acknowledged == 0)
        return first;
    const QString second = tr("%n acknowledged.", "@info alerts", acknowledged);
    //: %1 "3 alerts need action." %2 "2 acknowledged."
    return tr("%1 %2", "@info").arg(first, second);
}

QString AlertsController::noteProblem(const QString &note) const
{
    if (note.trimmed().isEmpty())
        return tr("Write a note: what is being done about it, or why it can wait.", "@info");
    if (note.trimmed().size() > MaxAckNoteLength)
        return tr("The note is too long: at most %n character(s).", "@info", MaxAckNoteLength);
    return {};
}

bool AlertsController::acknowledge(const QString &key, const QString &note)
{
    if (!m_app || m_ack)
        return false;
    if (const QString problem = noteProblem(note); !problem.isEmpty()) {
        setAckError(problem);
        return false;
    }
    const ServerAlert *target = nullptr;
    for (const ServerAlert &s : std::as_const(m_server)) {
        if (s.alert.key() == key && !s.isResolved())
            target = &s;
    }
    if (!canAcknowledge()) {
        setAckError(m_serverState == ServerState::SignedOut
                        ? tr("Not sent: your sign-in has expired. Sign in again, then acknowledge.", "@info")
                        : tr("Not sent: acknowledging needs a connection to the server. Your note is kept here; "
                             "try again when you are online.",
                             "@info"));
        return false;
    }
    if (!target) {
        setAckError(tr("Not sent: the server has not listed this alert yet. It can be acknowledged after the next "
                       "sync.",
                       "@info"));
        return false;
    }
    setAckError({});
    m_ackKey = key;
    m_ack = new AcknowledgeAlertJob(api(), target->id, note.trimmed(), this);
    connect(m_ack, &AcknowledgeAlertJob::finished, this, &AlertsController::onAcknowledged);
    m_ack->start();
    Q_EMIT ackStateChanged();
    rebuild();
    return true;
}

void AlertsController::onAcknowledged()
{
    AcknowledgeAlertJob *job = std::exchange(m_ack, nullptr);
    job->deleteLater();
    const QString key = std::exchange(m_ackKey, {});
    if (!m_app)
        return;
    const QString code = job->errorCode();
    if (!job->hasError() && job->result()) {
        const ServerAlert &done = *job->result();
        bool replaced = false;
        for (ServerAlert &s : m_server) {
            if (s.id == done.id) {
                s = done;
                replaced = true;
            }
        }
        if (!replaced)
            m_server.append(done);
        saveCache();
        m_ackError.clear();
        Q_EMIT ackStateChanged();
        setMessage(tr("Acknowledged. Everyone who sees this alert now sees your note.", "@info"));
        rebuild();
        Q_EMIT acknowledged(key);
        return;
    }
    qCInfo(lcUi) << "alerts: the acknowledgement was not accepted:" << code;
    QString text;
    if (code == "network"_L1 || code == "timeout"_L1) {
        m_serverCurrent = false;
        m_serverState = ServerState::Unreachable;
        text = tr("Not sent: the server cannot be reached. Your note is kept here; try again when you are online.",
                  "@info");
    } else if (code == "login_required"_L1) {
        m_serverCurrent = false;
        m_serverState = ServerState::SignedOut;
        m_app->sync()->syncNow();
        text = tr("Not sent: your sign-in has expired. Sign in again, then acknowledge.", "@info");
    } else if (code == "alert_resolved"_L1) {
        text = tr("Not acknowledged: this alert has cleared on the server in the meantime.", "@info");
    } else if (code == "not_found"_L1) {
        text = tr("Not acknowledged: the server no longer shows you this alert.", "@info");
    } else if (code == "missing_field"_L1 || code == "wrong_type"_L1 || code == "invalid_value"_L1) {
        text = tr("Not acknowledged: the server did not accept the note. Write a shorter note and try again.", "@info");
    } else {
        text = tr("Not acknowledged: the server did not accept it. Try again later.", "@info");
    }
    m_ackError = text;
    Q_EMIT ackStateChanged();
    rebuild();
    if (code == "alert_resolved"_L1 || code == "not_found"_L1)
        fetch();
}

void AlertsController::clearAckError()
{
    setAckError({});
}

void AlertsController::setAckError(const QString &text)
{
    if (text == m_ackError)
        return;
    m_ackError = text;
    Q_EMIT ackStateChanged();
}

void AlertsController::setMessage(const QString &text)
{
    m_message = text;
    Q_EMIT messageChanged();
}

void AlertsController::loadCache()
{
    m_server.clear();
    m_checkedAt = {};
    m_serverCurrent = false;
    RecordStore *records = m_app ? m_app->session()->recordStore() : nullptr;
    if (!records)
        return;
    const auto saved = records->meta(CacheKey);
    if (!saved || saved->isEmpty())
        return;
    const QJsonObject json = QJsonDocument::fromJson(saved->toUtf8()).object();
    m_server = ServerAlert::listFromJson(json);
    m_checkedAt = QDateTime::fromString(json.value(u"checkedAt"_s).toString(), Qt::ISODateWithMs);
}

void AlertsController::saveCache()
{
    RecordStore *records = m_app ? m_app->session()->recordStore() : nullptr;
    if (!records)
        return;
    QJsonArray alerts;
    for (const ServerAlert &s : std::as_const(m_server))
        alerts.append(s.toJson());
    const QJsonObject json {{u"checkedAt"_s, m_checkedAt.toUTC().toString(Qt::ISODateWithMs)}, {u"alerts"_s, alerts}};
    if (!records->setMeta(CacheKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))).ok())
        qCWarning(lcUi) << "alerts: the server's list could not be kept on this device";
}

} // namespace Pathway
