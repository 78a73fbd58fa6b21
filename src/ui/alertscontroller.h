// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alertlistmodel.h"
#include "appcontroller.h" // complete for moc: this file's moc compiles before appcontroller's

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Pathway::Sync {
class ApiClient;
}

namespace Pathway {

class AcknowledgeAlertJob;
class FetchAlertsJob;

/**
 * The alerts page of PAs and managers: the alert rules run on this device (offline too), merged
 * with the server's alerts (GET /v1/alerts, signed in like the sync engine) for their ids, states
 * and acknowledgements. Acknowledging with a note (POST /v1/alerts/{id}/ack) needs the server;
 * while it cannot be reached the page says that the list is from this device, and an
 * acknowledgement is only reported once the server has it. The last server answer is kept in the
 * encrypted store, so who acknowledged what stays visible offline.
 */
class AlertsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(Pathway::AlertListModel *model READ model CONSTANT)
    Q_PROPERTY(bool checking READ isChecking NOTIFY stateChanged)
    Q_PROPERTY(bool fromServer READ isFromServer NOTIFY stateChanged)
    Q_PROPERTY(bool canAcknowledge READ canAcknowledge NOTIFY stateChanged)
    Q_PROPERTY(bool canCheckAgain READ canCheckAgain NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY stateChanged)
    Q_PROPERTY(bool canFilter READ canFilter NOTIFY appChanged)
    Q_PROPERTY(bool onlyForMe READ onlyForMe WRITE setOnlyForMe NOTIFY onlyForMeChanged)
    Q_PROPERTY(bool acknowledging READ isAcknowledging NOTIFY ackStateChanged)
    Q_PROPERTY(QString ackError READ ackError NOTIFY ackStateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int maxNoteLength READ maxNoteLength CONSTANT)

public:
    explicit AlertsController(QObject *parent = nullptr);
    ~AlertsController() override;

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    AlertListModel *model() const { return m_model; }
    /** Asking the server for its alerts right now. */
    bool isChecking() const { return m_fetch != nullptr; }
    /** The list includes the server's answer of this session (not only this device's findings). */
    bool isFromServer() const { return m_serverCurrent; }
    /** Acknowledgements can be sent now. */
    bool canAcknowledge() const;
    /** The server could not be asked or did not answer, and asking again may help. */
    bool canCheckAgain() const;
    /** Where the list comes from, in words: checked with the server when, or from this device and why. */
    QString statusText() const;
    QString headline() const;
    /** A manager may narrow the list to the alerts addressed to managers. */
    bool canFilter() const;
    bool onlyForMe() const { return m_onlyForMe; }
    void setOnlyForMe(bool only);
    bool isAcknowledging() const { return m_ack != nullptr; }
    /** Why the last acknowledgement was not sent or not accepted; empty otherwise. */
    QString ackError() const { return m_ackError; }
    QString message() const { return m_message; }
    int maxNoteLength() const;

    /** Re-evaluates on this device and asks the server again. */
    Q_INVOKABLE void refresh();
    /**
     * Acknowledges the alert with key @p key with @p note on the server. Returns false (with
     * ackError()) when it cannot be sent; otherwise acknowledged() or ackError() follows once the
     * server answered. Nothing is reported as acknowledged before the server has it.
     */
    Q_INVOKABLE bool acknowledge(const QString &key, const QString &note);
    /** What is wrong with a note, in words; empty when it can be sent. */
    Q_INVOKABLE QString noteProblem(const QString &note) const;
    Q_INVOKABLE void clearAckError();

Q_SIGNALS:
    void appChanged();
    void stateChanged();
    void onlyForMeChanged();
    void ackStateChanged();
    void messageChanged();
    /** The server accepted the acknowledgement of the alert with key @p key. */
    void acknowledged(const QString &key);

private:
    enum class ServerState
    {
        None, ///< not asked yet
        Demo, ///< a demo device: no server at all
        NoSession, ///< no server session on this device
        SignedOut, ///< the sign-in expired
        Unreachable, ///< the last request failed
        Answered,
    };

    void onStageChanged();
    void rebuild();
    void fetch();
    void onFetched();
    void onAcknowledged();
    QList<Alert> deviceAlerts() const;
    Sync::ApiClient *api() const;
    void loadCache();
    void saveCache();
    void setAckError(const QString &text);
    void setMessage(const QString &text);

    QPointer<AppController> m_app;
    AlertListModel *m_model;
    QList<ServerAlert> m_server;
    QDateTime m_checkedAt;
    ServerState m_serverState = ServerState::None;
    bool m_serverCurrent = false;
    bool m_onlyForMe = false;
    FetchAlertsJob *m_fetch = nullptr;
    AcknowledgeAlertJob *m_ack = nullptr;
    QString m_ackKey;
    QString m_ackError;
    QString m_message;
};

} // namespace Pathway
