// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Pathway {

/**
 * What an OS notification should be about, given what was notified before. Pure, so the
 * rule "never twice for the same thing" is tested without a desktop or a clock.
 */
struct NotificationDigest
{
    /** Alerts that are new since the last notification, or whose tier rose. */
    QList<Alert> fresh;
    /** How many different young people those alerts are about. */
    int youngPeople = 0;
    /** What to remember as notified from now on: every current alert's key -> its tier code. */
    QHash<QString, QString> notified;

    bool isEmpty() const { return fresh.isEmpty(); }

    /**
     * Compares @p current with @p notifiedBefore (alert key -> tier code, as kept by the app).
     * An alert is fresh when its key was not notified, or was notified at a lower tier. Alerts
     * that cleared are forgotten, so the same condition coming back later is news again.
     * Day counts growing (one more day overdue) are not news.
     */
    static NotificationDigest since(const QHash<QString, QString> &notifiedBefore, const QList<Alert> &current);
};

} // namespace Pathway
