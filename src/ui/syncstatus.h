// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class StoreSession;

/**
 * What the sync indicator shows on every page: offline, syncing (with progress), when the
 * device last synced, how many local changes wait to be sent and how many conflicts need
 * the user. The texts are translated here so the indicator only lays them out.
 */
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(qreal progress READ progress NOTIFY changed)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY changed)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(int rejected READ rejected NOTIFY changed)
    Q_PROPERTY(QString rejectedText READ rejectedText NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY changed)
    Q_PROPERTY(QString conflictText READ conflictText NOTIFY changed)
    Q_PROPERTY(QString accessibleText READ accessibleText NOTIFY changed)
    Q_PROPERTY(bool canSync READ canSync NOTIFY changed)
    Q_PROPERTY(bool offersSync READ offersSync NOTIFY changed)

public:
    enum class State
    {
        Offline,
        Idle,
        Syncing,
        Failed,
        SignedOut ///< the login expired: changes queue here until the user signs in again
    };
    Q_ENUM(State)

    explicit SyncStatus(StoreSession *session, QObject *parent = nullptr);

    State state() const { return m_state; }
    qreal progress() const { return m_progress; }
    int pendingChanges() const { return m_pending; }
    int conflicts() const { return m_conflicts; }
    QString stateText() const;
    QString pendingText() const;
    QString conflictText() const;
    /** Changes the server refused ("2 changes not accepted"); empty when none. */
    QString rejectedText() const;
    int rejected() const { return m_rejected; }
    QString accessibleText() const;
    /** Whether "Sync now" does something now (a server, signed in, not syncing already). */
    bool canSync() const { return offersSync() && m_state != State::Syncing; }
    /** Whether the indicator shows "Sync now" at all: there is a server and the sign-in is valid. */
    bool offersSync() const { return m_serverConfigured && m_state != State::SignedOut; }

    /** Whether a server is configured at all (demo devices have none and stay offline). */
    void setServerConfigured(bool configured);
    void setState(State state);
    void setProgress(qreal progress);
    void setLastSynced(const QDateTime &when);
    void setConflicts(int count);
    /** Re-reads the counts from the store. */
    void refresh();

    Q_INVOKABLE void syncNow();

Q_SIGNALS:
    void changed();
    void syncRequested();

private:
    StoreSession *m_session;
    State m_state = State::Offline;
    qreal m_progress = 0;
    int m_pending = 0;
    int m_conflicts = 0;
    int m_rejected = 0;
    QDateTime m_lastSynced;
    bool m_serverConfigured = false;
};

} // namespace Pathway
