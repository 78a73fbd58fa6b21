// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"
#include "rowlistmodel.h"

namespace Pathway {

/**
 * A young person's documents checklist: every kind, its status, expiry and who is helping.
 * A document the young person says they now have reads as waiting for confirmation.
 */
class DocumentsModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")

public:
    explicit DocumentsModel(QObject *parent = nullptr);
    /** @p staffView: worded for staff (who confirm) rather than for the young person. */
    void refresh(const CaseData &data, const QString &youngPersonId, const QDate &today, bool staffView);
};

} // namespace Pathway
