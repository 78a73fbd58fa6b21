// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"
#include "rowlistmodel.h"

namespace Pathway {

/** A young person's health history, appointments and notes, newest first. */
class HealthModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")

public:
    explicit HealthModel(QObject *parent = nullptr);
    void refresh(const CaseData &data, const QString &youngPersonId, const QDate &today);
};

} // namespace Pathway
