// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"
#include "rowlistmodel.h"

namespace Pathway {

/** A young person's chronology (buildChronology): key events, newest first. */
class ChronologyModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")

public:
    explicit ChronologyModel(QObject *parent = nullptr);
    void refresh(const CaseData &data, const QString &youngPersonId);
};

} // namespace Pathway
