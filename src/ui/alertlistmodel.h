// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/alert.h"
#include "casedata.h"
#include "rowlistmodel.h"
#include "serveralert.h"

namespace Pathway {

/**
 * The alerts page's list: the alerts found on this device merged, by alert key, with the
 * server's (its id, state and who acknowledged it). Each row says in plain words what is
 * wrong, for whom, since when, who acknowledged it and why, and which page resolves it.
 * Unacknowledged alerts come first, the most serious (then the most overdue) first.
 */
class AlertListModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AlertsController")

public:
    /** Everything one refresh merges. */
    struct Sources
    {
        /** Alerts the rules find on this device now (fresher: they see unsent local changes). */
        QList<Alert> device;
        /** The server's alerts: from this session's answer, or as last known (see serverCurrent). */
        QList<ServerAlert> server;
        /** The server list is its answer just now; otherwise it only lends acknowledgements. */
        bool serverCurrent = false;
        /** Acknowledging can be sent now (signed in and the server answered). */
        bool online = false;
        /** The device is a manager's (no PA alerts are resolved by allocating otherwise). */
        bool manager = false;
        /** An acknowledgement on its way for this alert key, if any. */
        QString sendingKey;
    };

    explicit AlertListModel(QObject *parent = nullptr);
    void refresh(const CaseData &data, const Sources &sources);

    /** The record tab that resolves an alert of @p ruleCode ("contact", "plan", "health", "documents"). */
    static QString resolvingSection(const QString &ruleCode);
};

} // namespace Pathway
