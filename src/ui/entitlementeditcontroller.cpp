// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "entitlementeditcontroller.h"

#include "labels.h"

using namespace Qt::StringLiterals;

namespace Pathway {

EntitlementEditController::EntitlementEditController(QObject *parent)
    : RecordEditor(parent)
{
}

void EntitlementEditController::setOfferItemId(const QString &id)
{
    if (id == m_offerItemId)
        return;
    m_offerItemId = id;
    Q_EMIT offerItemIdChanged();
    load();
}

const Entitlement *EntitlementEditController::current() const
{
    if (!session())
        return nullptr;
    for (const Entitlement &e : session()->data().entitlements) {
        if (e.youngPersonId == youngPersonId() && e.offerItemId == m_offerItemId)
            return &e;
    }
    return nullptr;
}

void EntitlementEditController::load()
{
    const Entitlement *e = current();
    m_status = toCode(e ? e->status : EntitlementStatus::NotClaimed);
    m_since = e && e->statusSince ? isoFromDate(e->statusSince) : todayIso();
    m_sinceChosen = false;
    m_notes = e ? e->notes : QString();
    Q_EMIT formChanged();
}

QString EntitlementEditController::title() const
{
    if (!session())
        return {};
    for (const OfferItem &item : session()->data().offer) {
        if (item.id == m_offerItemId)
            return item.title;
    }
    return {};
}

QString EntitlementEditController::currentText() const
{
    const Entitlement *e = current();
    if (!e)
        return Labels::entitlementStatus(EntitlementStatus::NotClaimed);
    if (!e->statusSince)
        return Labels::entitlementStatus(e->status);
    //: %1 a status ("Claimed"), %2 a date
    return tr("%1 since %2", "@info offer status")
        .arg(Labels::entitlementStatus(e->status), Labels::date(e->statusSince));
}

void EntitlementEditController::setStatusCode(const QString &code)
{
    if (code == m_status || !entitlementStatusFromCode(code))
        return;
    m_status = code;
    // A new status starts today unless the user picks the day it happened.
    if (!m_sinceChosen)
        m_since = todayIso();
    Q_EMIT formChanged();
}

QVariantList EntitlementEditController::statusOptions() const
{
    QVariantList out;
    for (EntitlementStatus s :
         {EntitlementStatus::Asked, EntitlementStatus::Claimed, EntitlementStatus::Received,
          EntitlementStatus::Declined, EntitlementStatus::NotEligible, EntitlementStatus::NotClaimed})
        out.append(QVariantMap {{u"code"_s, toCode(s)}, {u"label"_s, Labels::entitlementStatus(s)}});
    return out;
}

void EntitlementEditController::setSince(const QString &iso)
{
    if (iso == m_since)
        return;
    m_since = iso;
    m_sinceChosen = true;
    Q_EMIT formChanged();
}

void EntitlementEditController::setNotes(const QString &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    Q_EMIT formChanged();
}

Entitlement EntitlementEditController::fromForm() const
{
    Entitlement e;
    if (const Entitlement *existing = current()) {
        e = *existing;
    } else {
        e.id = newId();
        e.youngPersonId = youngPersonId();
        e.offerItemId = m_offerItemId;
    }
    e.status = entitlementStatusFromCode(m_status).value_or(EntitlementStatus::NotClaimed);
    const QDate since = dateFromIso(m_since);
    e.statusSince = since.isValid() ? std::optional(since) : std::nullopt;
    e.notes = m_notes.trimmed();
    return e;
}

bool EntitlementEditController::canEdit() const
{
    // A staff tool: the young person asks from the offer list instead.
    if (!isStaff() || !session() || !session()->isOpen() || youngPersonId().isEmpty())
        return false;
    Entitlement e = fromForm();
    e.offerItemId = m_offerItemId.isEmpty() ? u"-"_s : m_offerItemId;
    e.status = e.status == EntitlementStatus::Received ? EntitlementStatus::Claimed : EntitlementStatus::Received;
    return session()->allows(e);
}

bool EntitlementEditController::save()
{
    if (!canEdit() || title().isEmpty())
        return false;
    const Entitlement e = fromForm();
    if (!e.statusSince) {
        setProblem(tr("Choose the date.", "@info"));
        return false;
    }
    //: %1 offer item, %2 its new status
    if (!saveRecord(e, tr("%1: %2.", "@info offer status saved").arg(title(), Labels::entitlementStatus(e.status))))
        return false;
    Q_EMIT formChanged();
    return true;
}

} // namespace Pathway
