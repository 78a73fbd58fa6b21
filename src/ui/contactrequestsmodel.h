// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"
#include "rowlistmodel.h"

#include <functional>

namespace Pathway {

/**
 * A young person's contact requests: open ones first (urgent first, then the oldest), then the
 * answered and withdrawn ones, newest first. Each row says where the request stands, how it was
 * answered (a contact that responds to it, or a reply), and for the young person whether it has
 * reached the server yet.
 */
class ContactRequestsModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")

public:
    /** The sync state of a request on this device ("local", "sent", "synced", ...), "" if unknown. */
    using SyncStateOf = std::function<QString(const QString &requestId)>;

    explicit ContactRequestsModel(QObject *parent = nullptr);
    void refresh(const CaseData &data,
                 const QString &youngPersonId,
                 const QDateTime &now,
                 bool staffView,
                 bool mayAnswer,
                 bool openOnly,
                 const SyncStateOf &syncStateOf);
};

} // namespace Pathway
