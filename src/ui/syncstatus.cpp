// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "syncstatus.h"

#include "storesession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Pathway {

SyncStatus::SyncStatus(StoreSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &StoreSession::pendingChangesChanged, this, &SyncStatus::refresh);
    connect(m_session, &StoreSession::opened, this, &SyncStatus::refresh);
    connect(m_session, &StoreSession::closed, this, &SyncStatus::refresh);
    connect(m_session, &StoreSession::recordsChanged, this, &SyncStatus::refresh);
}

QString SyncStatus::stateText() const
{
    switch (m_state) {
    case State::Offline:
        if (!m_serverConfigured)
            //: Demo mode: nothing is sent anywhere
            return tr("On this device only", "@info:status");
        return tr("Offline", "@info:status");
    case State::Syncing:
        //: %1 is a percentage, e.g. 40
        return tr("Syncing %1%", "@info:status").arg(qRound(m_progress * 100));
    case State::Failed:
        return tr("Sync failed, will retry", "@info:status");
    case State::SignedOut:
        return tr("Signed out: sign in to send", "@info:status");
    case State::Idle:
        break;
    }
    if (!m_lastSynced.isValid())
        return tr("Not synced yet", "@info:status");
    //: %1 is a time or date, e.g. 14:05
    return tr("Synced %1", "@info:status")
        .arg(QLocale().toString(m_lastSynced.toLocalTime().time(), QLocale::ShortFormat));
}

QString SyncStatus::pendingText() const
{
    // "All saved" only when the server has acknowledged every change and refused none.
    if (m_pending == 0 && m_rejected == 0)
        return tr("All saved", "@info:status");
    if (m_pending == 0)
        return rejectedText();
    return tr("%n change(s) waiting", "@info:status", m_pending);
}

QString SyncStatus::conflictText() const
{
    if (m_conflicts == 0)
        return {};
    return tr("%n conflict(s) need you", "@info:status", m_conflicts);
}

QString SyncStatus::rejectedText() const
{
    if (m_rejected == 0)
        return {};
    return tr("%n change(s) not accepted", "@info:status", m_rejected);
}

QString SyncStatus::accessibleText() const
{
    if (m_rejected > 0 && m_conflicts > 0)
        //: Sync indicator read by a screen reader: %1 state, %2 changes waiting, %3 conflicts, %4 refused changes
        return tr("%1. %2. %3. %4.", "@info:status").arg(stateText(), pendingText(), conflictText(), rejectedText());
    if (m_rejected > 0 && m_pending > 0)
        //: Sync indicator read by a screen reader: %1 state, %2 changes waiting, %3 refused changes
        return tr("%1. %2. %3.", "@info:status").arg(stateText(), pendingText(), rejectedText());
    if (m_conflicts > 0)
        //: Sync indicator read by a screen reader: %1 state, %2 changes waiting, %3 conflicts
        return tr("%1. %2. %3.", "@info:status").arg(stateText(), pendingText(), conflictText());
    //: Sync indicator read by a screen reader: %1 state, %2 changes waiting
    return tr("%1. %2.", "@info:status").arg(stateText(), pendingText());
}

void SyncStatus::setServerConfigured(bool configured)
{
    if (configured == m_serverConfigured)
        return;
    m_serverConfigured = configured;
    Q_EMIT changed();
}

void SyncStatus::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT changed();
}

void SyncStatus::setProgress(qreal progress)
{
    if (qFuzzyCompare(progress, m_progress))
        return;
    m_progress = progress;
    Q_EMIT changed();
}

void SyncStatus::setLastSynced(const QDateTime &when)
{
    m_lastSynced = when;
    Q_EMIT changed();
}

void SyncStatus::setConflicts(int count)
{
    if (count == m_conflicts)
        return;
    m_conflicts = count;
    Q_EMIT changed();
}

void SyncStatus::refresh()
{
    const int pending = m_session->isOpen() ? m_session->pendingChanges() : 0;
    const int conflicts = m_session->isOpen() ? int(m_session->conflicts().size()) : 0;
    const int rejected = m_session->isOpen() ? m_session->rejectedCount() : 0;
    if (pending == m_pending && conflicts == m_conflicts && rejected == m_rejected)
        return;
    m_pending = pending;
    m_conflicts = conflicts;
    m_rejected = rejected;
    Q_EMIT changed();
}

void SyncStatus::syncNow()
{
    if (canSync())
        Q_EMIT syncRequested();
}

} // namespace Pathway
