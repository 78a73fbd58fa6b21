// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"
#include "rowlistmodel.h"

namespace Pathway {

/**
 * A young person's contact history, newest first: contact logs as amended (their requests for
 * contact are in ContactRequestsModel). Confidential staff notes are left out when @p staffView
 * is false.
 */
class ContactsModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")

public:
    explicit ContactsModel(QObject *parent = nullptr);
    void refresh(const CaseData &data, const QString &youngPersonId, const QDate &today, bool staffView);
};

} // namespace Pathway
