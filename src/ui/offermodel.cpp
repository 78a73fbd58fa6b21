// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "offermodel.h"

#include "labels.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

OfferModel::OfferModel(QObject *parent)
    : RowListModel({u"heading"_s, u"description"_s, u"amountText"_s, u"howToClaim"_s, u"statusCode"_s, u"statusText"_s,
                    u"canAsk"_s, u"accessibleName"_s},
                   parent)
{
}

QStringList OfferModel::circumstancesOf(const CaseData &data, const QString &youngPersonId)
{
    QStringList out;
    if (const YoungPerson *yp = data.youngPerson(youngPersonId)) {
        if (yp->uasc)
            out.append(u"uasc"_s);
        if (yp->care.inAgreedEducation)
            out.append(u"in_education"_s);
    }
    return out;
}

void OfferModel::refresh(const CaseData &data, const QString &youngPersonId, const QDate &today)
{
    const YoungPerson *yp = data.youngPerson(youngPersonId);
    QList<ModelRow> rows;
    if (!yp) {
        setRows(rows);
        return;
    }
    const QStringList circumstances = circumstancesOf(data, youngPersonId);
    const QString language = QLocale::languageToCode(QLocale().language());
    // In a fixed order, whatever order the store holds them in: by kind (money first), then by
    // their words in the app's language.
    static const QStringList categoryOrder {u"money"_s,   u"housing"_s, u"education"_s, u"health"_s,
                                            u"support"_s, u"leisure"_s, u"travel"_s};
    const auto rank = [](const OfferItem &i) {
        const qsizetype r = categoryOrder.indexOf(i.category);
        return r < 0 ? categoryOrder.size() : r;
    };
    QCollator collator;
    collator.setNumericMode(true);
    QList<const OfferItem *> items;
    for (const OfferItem &item : data.offer)
        items.append(&item);
    std::stable_sort(items.begin(), items.end(), [&](const OfferItem *a, const OfferItem *b) {
        if (rank(*a) != rank(*b))
            return rank(*a) < rank(*b);
        const int byTitle = collator.compare(a->textIn(language).title, b->textIn(language).title);
        return byTitle != 0 ? byTitle < 0 : a->id < b->id;
    });
    for (const OfferItem *itemPtr : std::as_const(items)) {
        const OfferItem &item = *itemPtr;
        const Entitlement *ent = nullptr;
        for (const Entitlement &e : data.entitlements) {
            if (e.youngPersonId == youngPersonId && e.offerItemId == item.id)
                ent = &e;
        }
        // A withdrawn item takes no new claims; one already asked for, claimed or received stays
        // in the list with its status.
        if (item.withdrawn && (!ent || ent->status == EntitlementStatus::NotClaimed))
            continue;
        if (!ent && !item.isEligible(*yp, today, circumstances))
            continue;
        const EntitlementStatus status = ent ? ent->status : EntitlementStatus::NotClaimed;
        // The item's words in the app's language where the authority published them, else in English.
        const OfferText text = item.textIn(language);
        const QString amount = item.amountPence ? Labels::money(*item.amountPence, item.amountPeriod) : QString();
        QString statusText = ent && ent->statusSince && status != EntitlementStatus::NotClaimed
            //: An offer item's status and the day it changed: %1 status ("Got it"), %2 a date
            ? tr("%1 (%2)", "@info:status offer").arg(Labels::entitlementStatus(status), Labels::date(ent->statusSince))
            : Labels::entitlementStatus(status);
        if (item.withdrawn)
            //: An offer item the council no longer offers to new claims; %1 the young person's status for it
            statusText = tr("%1. No longer offered to new claims", "@info:status offer").arg(statusText);
        rows.append({item.id,
                     {{u"heading"_s, text.title},
                      {u"description"_s, text.plainDescription},
                      {u"amountText"_s, amount},
                      {u"howToClaim"_s, text.howToClaim},
                      {u"statusCode"_s, toCode(status)},
                      {u"statusText"_s, statusText},
                      {u"canAsk"_s, status == EntitlementStatus::NotClaimed && !item.withdrawn},
                      //: Screen reader: %1 offer item, %2 its status
                      {u"accessibleName"_s, tr("%1, %2", "@info").arg(text.title, statusText)}}});
    }
    setRows(rows);
}

} // namespace Pathway
