// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"
#include "rowlistmodel.h"

#include <functional>

namespace Pathway {

/**
 * One young person's pathway plan: the ten areas in order, each with its goal, the young
 * person's own words and its steps (what, who, by when, done or not, overdue or not, proposed by
 * the young person and waiting for the PA), with what the user may do to each step. `lead` is
 * what the area's card says first and `more` what follows (easy read: the plain summary first).
 */
class PlanModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")

public:
    explicit PlanModel(QObject *parent = nullptr);
    /** Whether the user may give @p action the status @p to (the access table's answer). */
    using StatusPermission = std::function<bool(const PlanAction &action, ActionStatus to)>;
    void refresh(const CaseData &data, const QString &youngPersonId, const QDate &today, const StatusPermission &may);
};

} // namespace Pathway
