// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "healthmodel.h"

#include "labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

HealthModel::HealthModel(QObject *parent)
    : RowListModel({u"heading"_s, u"kindText"_s, u"dateText"_s, u"details"_s, u"upcoming"_s, u"accessibleName"_s},
                   parent)
{
}

void HealthModel::refresh(const CaseData &data, const QString &youngPersonId, const QDate &today)
{
    QList<HealthEntry> entries;
    for (const HealthEntry &h : data.health) {
        if (h.youngPersonId == youngPersonId && !h.deleted)
            entries.append(h);
    }
    std::sort(entries.begin(), entries.end(), [](const HealthEntry &a, const HealthEntry &b) {
        return a.date.value_or(QDate()) > b.date.value_or(QDate());
    });
    QList<ModelRow> rows;
    for (const HealthEntry &h : entries) {
        const QString kind = Labels::healthKind(h.kind);
        const QString when = Labels::date(h.date);
        rows.append({h.id,
                     {{u"heading"_s, h.title},
                      {u"kindText"_s, kind},
                      {u"dateText"_s, when},
                      {u"details"_s, h.details},
                      {u"upcoming"_s, h.date && *h.date >= today},
                      //: Screen reader: %1 title, %2 kind, %3 date
                      {u"accessibleName"_s, tr("%1, %2, %3", "@info").arg(h.title, kind, when)}}});
    }
    setRows(rows);
}

} // namespace Pathway
