#pragma once

#include "casedata.h"
#include "rowlistmodel.h"

namespace Pathway {

/**
 * One young person's pathway plan: the ten areas in order, each with its goal, the young
 * person's own words and its steps (what, who, by when, done or not, overdue or not).
 */
class PlanModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")

public:
    explicit PlanModel(QObject *parent = nullptr);
    void refresh(const CaseData &data, const QString &youngPersonId, const QDate &today);
};

} // namespace Pathway
