// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "chronologymodel.h"

#include "labels.h"

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
/**
 * A derived event's summary in words: derived events carry a code or an id there (the contact's
 * kind, the review's reason, the document's kind, the PA's staff id), never shown as they are.
 */
QString summaryText(const CaseData &data, const ChronologyEvent &e)
{
    switch (e.kind) {
    case ChronologyKind::PaAllocated:
    case ChronologyKind::PaEnded:
        if (const StaffMember *pa = data.staffMember(e.summary))
            return pa->displayName;
        return e.summary.isEmpty() ? QString() : ChronologyModel::tr("A PA", "@info chronology");
    case ChronologyKind::Contact:
    case ChronologyKind::AttemptedContact:
        if (const auto kind = contactKindFromCode(e.summary))
            return Labels::contactKind(*kind);
        break;
    case ChronologyKind::PlanReviewHeld:
        if (const auto reason = reviewReasonFromCode(e.summary))
            return Labels::reviewReason(*reason);
        break;
    case ChronologyKind::DocumentObtained:
        if (const auto kind = documentKindFromCode(e.summary))
            return Labels::documentKind(*kind);
        break;
    default:
        // Explicit events: what a person wrote.
        return e.summary;
    }
    return e.sourceRecordId.isEmpty() ? e.summary : QString();
}
} // namespace

ChronologyModel::ChronologyModel(QObject *parent)
    : RowListModel({u"heading"_s, u"dateText"_s, u"summary"_s, u"accessibleName"_s}, parent)
{
}

void ChronologyModel::refresh(const CaseData &data, const QString &youngPersonId)
{
    QList<ModelRow> rows;
    if (!data.youngPerson(youngPersonId)) {
        setRows(rows);
        return;
    }
    const QList<ChronologyEvent> events = buildChronology(data.chronologySources(youngPersonId));
    for (int i = 0; i < events.size(); ++i) {
        const ChronologyEvent &e = events.at(i);
        const QString title = Labels::chronologyKind(e.kind);
        const QString when = Labels::date(e.date);
        // Derived events have no id of their own: key them by kind, source and date.
        const QString key
            = e.id.isEmpty() ? toCode(e.kind) + u':' + e.sourceRecordId + u':' + e.date.toString(Qt::ISODate) : e.id;
        rows.append({key,
                     {{u"heading"_s, title},
                      {u"dateText"_s, when},
                      {u"summary"_s, summaryText(data, e)},
                      {u"accessibleName"_s, tr("%1, %2", "@info").arg(when, title)}}});
    }
    setRows(rows);
}

} // namespace Pathway
