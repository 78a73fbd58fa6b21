// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "idlelock.h"

#include <QEvent>

namespace Pathway {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_active)
            Q_EMIT lockRequested();
    });
}

void IdleLock::start()
{
    m_active = true;
    m_timer.start();
}

void IdleLock::stop()
{
    m_active = false;
    m_timer.stop();
}

void IdleLock::setIdleTimeoutMs(int ms)
{
    m_timer.setInterval(ms);
    if (m_active)
        m_timer.start();
}

void IdleLock::noteActivity()
{
    if (m_active)
        m_timer.start();
}

void IdleLock::applicationStateChanged(Qt::ApplicationState state)
{
    if (!m_active || !m_lockInBackground)
        return;
    if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden)
        Q_EMIT lockRequested();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Pathway
