// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"
#include "rowlistmodel.h"

namespace Pathway {

/**
 * The local offer as one young person sees it: the items they can get at their age and in
 * their situation, each with their status and how to claim it. PAs see the same list.
 */
class OfferModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")

public:
    explicit OfferModel(QObject *parent = nullptr);
    void refresh(const CaseData &data, const QString &youngPersonId, const QDate &today);
    /** The circumstance codes the records show for a young person (for eligibility). */
    static QStringList circumstancesOf(const CaseData &data, const QString &youngPersonId);
};

} // namespace Pathway
