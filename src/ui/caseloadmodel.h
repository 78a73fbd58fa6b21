// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/alert.h"
#include "alerts/alertsettings.h"
#include "casedata.h"
#include "rowlistmodel.h"

namespace Pathway {

/**
 * A caseload sorted by what needs attention first: a young person who asked to talk and has no
 * answer yet comes first, marked as a request (urgent ones first, then the longest waiting);
 * then the alert rules (src/alerts), run on the device for each young person: the most serious
 * alert (then the most overdue) first.
 */
class CaseloadModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")

public:
    explicit CaseloadModel(QObject *parent = nullptr);
    /** Shows the young people currently allocated to @p staffId (everyone when empty). */
    void refresh(const CaseData &data, const QString &staffId, const QDateTime &now, const AlertSettings &settings);
    /** The alerts of the last refresh, by young person id. */
    const QHash<QString, QList<Alert>> &alerts() const { return m_alerts; }

private:
    QHash<QString, QList<Alert>> m_alerts;
};

} // namespace Pathway
