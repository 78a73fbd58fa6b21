// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "documentsmodel.h"

#include "labels.h"

using namespace Qt::StringLiterals;

namespace Pathway {

DocumentsModel::DocumentsModel(QObject *parent)
    : RowListModel({u"heading"_s, u"statusCode"_s, u"statusText"_s, u"detailText"_s, u"needsAction"_s,
                    u"helpRequested"_s, u"canAskHelp"_s, u"saysHave"_s, u"canSayHave"_s, u"accessibleName"_s},
                   parent)
{
}

void DocumentsModel::refresh(const CaseData &data, const QString &youngPersonId, const QDate &today, bool staffView)
{
    QList<ModelRow> rows;
    for (DocumentKind kind : allDocumentKinds()) {
        const DocumentItem *item = nullptr;
        for (const DocumentItem &d : data.documents) {
            if (d.youngPersonId == youngPersonId && d.kind == kind && !d.deleted)
                item = &d;
        }
        if (!item)
            continue;
        const QString title = Labels::documentKind(kind);
        QString statusText = Labels::documentStatus(item->status);
        QString detail;
        const bool expired = item->status == DocumentStatus::Have && item->isExpiredOn(today);
        if (expired)
            statusText = tr("Out of date", "@info:status document");
        if (item->expiresOn)
            //: %1 is a date
            detail = tr("Expires %1", "@info").arg(Labels::date(item->expiresOn));
        else if (item->dueDate && item->status != DocumentStatus::Have)
            detail = tr("Due %1", "@info").arg(Labels::date(item->dueDate));
        if (const StaffMember *helper = data.staffMember(item->helpingId))
            //: %1 is a person, e.g. the PA's name
            detail = detail.isEmpty() ? tr("%1 is helping", "@info").arg(helper->displayName)
                                      : tr("%1. %2 is helping", "@info").arg(detail, helper->displayName);
        if (staffView && item->helpRequested)
            detail = detail.isEmpty() ? tr("They asked for help.", "@info document")
                                      //: %1 what else is known (due date, who is helping)
                                      : tr("%1. They asked for help.", "@info document").arg(detail);
        const bool needsAction = expired || item->status == DocumentStatus::Missing;
        const bool saysHave = item->youngPersonHasIt;
        if (saysHave)
            statusText = staffView ? tr("Says they have it: confirm", "@info:status document")
                                   : tr("Waiting for your PA to confirm", "@info:status document");
        const bool couldHave
            = item->status == DocumentStatus::Missing || item->status == DocumentStatus::Applied || expired;
        rows.append({item->id,
                     {{u"heading"_s, title},
                      {u"statusCode"_s, toCode(item->status)},
                      {u"statusText"_s, statusText},
                      {u"detailText"_s, detail},
                      {u"needsAction"_s, needsAction},
                      {u"helpRequested"_s, item->helpRequested},
                      {u"canAskHelp"_s, needsAction && !item->helpRequested && !saysHave},
                      {u"saysHave"_s, saysHave},
                      {u"canSayHave"_s, couldHave && !saysHave},
                      {u"accessibleName"_s, tr("%1, %2", "@info").arg(title, statusText)}}});
    }
    setRows(rows);
}

} // namespace Pathway
