#pragma once

#include "casedata.h"
#include "rowlistmodel.h"

namespace Pathway {

/** A young person's documents checklist: every kind, its status, expiry and who is helping. */
class DocumentsModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")

public:
    explicit DocumentsModel(QObject *parent = nullptr);
    void refresh(const CaseData &data, const QString &youngPersonId, const QDate &today);
};

} // namespace Pathway
