// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "casedata.h"

#include <algorithm>

namespace Pathway {

namespace {
template<typename T> void putById(QList<T> &list, const T &record)
{
    for (T &existing : list) {
        if (existing.id == record.id) {
            existing = record;
            return;
        }
    }
    list.append(record);
}

template<typename T> const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &r : list) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}
} // namespace

const YoungPerson *CaseData::youngPerson(const QString &id) const
{
    return findById(youngPeople, id);
}

const StaffMember *CaseData::staffMember(const QString &id) const
{
    return findById(staff, id);
}

QList<Allocation> CaseData::allocationsOf(const QString &youngPersonId) const
{
    QList<Allocation> out;
    for (const Allocation &a : allocations) {
        if (a.youngPersonId == youngPersonId)
            out.append(a);
    }
    return out;
}

QString CaseData::currentPaId(const QString &youngPersonId, const QDate &day) const
{
    const auto current = currentAllocation(allocationsOf(youngPersonId), day);
    return current ? current->staffId : QString();
}

QList<ContactLog> CaseData::contactsOf(const QString &youngPersonId) const
{
    QList<ContactLog> out;
    for (const ContactLog &c : contacts) {
        if (c.youngPersonId != youngPersonId)
            continue;
        QList<ContactAmendment> mine;
        for (const ContactAmendment &a : amendments) {
            if (a.contactLogId == c.id)
                mine.append(a);
        }
        out.append(mine.isEmpty() ? c : applyAmendments(c, mine));
    }
    std::sort(out.begin(), out.end(), [](const ContactLog &a, const ContactLog &b) { return a.at > b.at; });
    return out;
}

std::optional<ContactLog> CaseData::lastSuccessfulContact(const QString &youngPersonId) const
{
    for (const ContactLog &c : contactsOf(youngPersonId)) {
        if (c.countsAsContact())
            return c;
    }
    return std::nullopt;
}

std::optional<HealthHandover> CaseData::handoverOf(const QString &youngPersonId) const
{
    // As the server's sweep reads them: a complete handover wins over one still to do.
    std::optional<HealthHandover> found;
    for (const HealthHandover &h : handovers) {
        if (h.youngPersonId == youngPersonId && (!found || h.isComplete()))
            found = h;
    }
    return found;
}

std::optional<PlanReview> CaseData::latestReview(const QString &youngPersonId) const
{
    std::optional<PlanReview> latest;
    for (const PlanReview &r : reviews) {
        if (r.youngPersonId == youngPersonId && (!latest || r.heldOn > latest->heldOn))
            latest = r;
    }
    return latest;
}

ChronologySources CaseData::chronologySources(const QString &youngPersonId) const
{
    ChronologySources s;
    if (const YoungPerson *yp = youngPerson(youngPersonId))
        s.youngPerson = *yp;
    for (const ChronologyEvent &e : events) {
        if (e.youngPersonId == youngPersonId && !e.deleted)
            s.explicitEvents.append(e);
    }
    s.allocations = allocationsOf(youngPersonId);
    s.contacts = contactsOf(youngPersonId);
    for (const PlanReview &r : reviews) {
        if (r.youngPersonId == youngPersonId)
            s.reviews.append(r);
    }
    s.handover = handoverOf(youngPersonId);
    for (const DocumentItem &d : documents) {
        if (d.youngPersonId == youngPersonId && !d.deleted)
            s.documents.append(d);
    }
    return s;
}

CaseRecords CaseData::caseRecords(const QString &youngPersonId) const
{
    CaseRecords r;
    if (const YoungPerson *yp = youngPerson(youngPersonId))
        r.youngPerson = *yp;
    r.allocations = allocationsOf(youngPersonId);
    for (const ContactLog &c : contacts) {
        if (c.youngPersonId == youngPersonId)
            r.contacts.append(c);
    }
    for (const ContactAmendment &a : amendments) {
        if (a.youngPersonId == youngPersonId)
            r.amendments.append(a);
    }
    for (const PlanReview &rv : reviews) {
        if (rv.youngPersonId == youngPersonId)
            r.reviews.append(rv);
    }
    for (const ChronologyEvent &e : events) {
        if (e.youngPersonId == youngPersonId && !e.deleted)
            r.events.append(e);
    }
    r.handover = handoverOf(youngPersonId);
    for (const DocumentItem &d : documents) {
        if (d.youngPersonId == youngPersonId && !d.deleted)
            r.documents.append(d);
    }
    for (const ContactRequest &q : requests) {
        if (q.youngPersonId == youngPersonId)
            r.requests.append(q);
    }
    r.activities = ownedBy(activities, youngPersonId);
    r.accommodations = ownedBy(accommodations, youngPersonId);
    r.inTouch = ownedBy(inTouch, youngPersonId);
    return r;
}

AuthoritySettings CaseData::settings() const
{
    return authoritySettings.isEmpty() ? AuthoritySettings {} : authoritySettings.constFirst();
}

void CaseData::put(const AuthoritySettings &r)
{
    putById(authoritySettings, r);
}

void CaseData::put(const YoungPerson &r)
{
    putById(youngPeople, r);
}
void CaseData::put(const StaffMember &r)
{
    putById(staff, r);
}
void CaseData::put(const Allocation &r)
{
    putById(allocations, r);
}
void CaseData::put(const PlanSection &r)
{
    putById(sections, r);
}
void CaseData::put(const PlanAction &r)
{
    putById(actions, r);
}
void CaseData::put(const PlanReview &r)
{
    putById(reviews, r);
}
void CaseData::put(const HealthEntry &r)
{
    putById(health, r);
}
void CaseData::put(const HealthHandover &r)
{
    putById(handovers, r);
}
void CaseData::put(const OfferItem &r)
{
    putById(offer, r);
}
void CaseData::put(const Entitlement &r)
{
    putById(entitlements, r);
}
void CaseData::put(const DocumentItem &r)
{
    putById(documents, r);
}
void CaseData::put(const ContactLog &r)
{
    putById(contacts, r);
}
void CaseData::put(const ContactAmendment &r)
{
    putById(amendments, r);
}
void CaseData::put(const ContactRequest &r)
{
    putById(requests, r);
}
void CaseData::put(const ChronologyEvent &r)
{
    putById(events, r);
}
void CaseData::put(const ActivityPeriod &r)
{
    putById(activities, r);
}
void CaseData::put(const AccommodationPeriod &r)
{
    putById(accommodations, r);
}
void CaseData::put(const InTouchRecord &r)
{
    putById(inTouch, r);
}

} // namespace Pathway
