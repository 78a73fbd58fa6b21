// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "demodeviceseed.h"

#include "domain/demodata.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
template<typename T> QList<T> ownedBy(const QList<T> &records, const QSet<QString> &youngPeople)
{
    QList<T> out;
    for (const T &r : records) {
        if (youngPeople.contains(r.youngPersonId))
            out.append(r);
    }
    return out;
}
} // namespace

DemoDeviceSeed makeDemoSeed(Role role, const QDate &today)
{
    const DemoAuthority a = makeDemoAuthority(today);
    DemoDeviceSeed seed;
    seed.identity.role = toCode(role);
    seed.identity.demo = true;

    QSet<QString> visible;
    if (role == Role::Manager) {
        for (const StaffMember &s : a.staff) {
            if (s.role == Role::Manager && seed.identity.userId.isEmpty())
                seed.identity.userId = s.id;
        }
        for (const YoungPerson &yp : a.youngPeople)
            visible.insert(yp.id);
    } else if (role == Role::PersonalAdviser) {
        // The PA with the largest caseload: the most to show.
        QHash<QString, int> sizes;
        for (const Allocation &al : a.allocations) {
            if (al.isCurrentOn(today))
                ++sizes[al.staffId];
        }
        for (const StaffMember &s : a.staff) {
            if (s.role == Role::PersonalAdviser
                && (seed.identity.userId.isEmpty() || sizes.value(s.id) > sizes.value(seed.identity.userId)))
                seed.identity.userId = s.id;
        }
        for (const Allocation &al : a.allocations) {
            if (al.isCurrentOn(today) && al.staffId == seed.identity.userId)
                visible.insert(al.youngPersonId);
        }
    } else {
        // A young person with a PA and a written plan.
        QSet<QString> withPlan;
        for (const PlanSection &s : a.planSections)
            withPlan.insert(s.youngPersonId);
        for (const YoungPerson &yp : a.youngPeople) {
            if (withPlan.contains(yp.id)
                && currentAllocation(
                    [&] {
                        QList<Allocation> mine;
                        for (const Allocation &al : a.allocations) {
                            if (al.youngPersonId == yp.id)
                                mine.append(al);
                        }
                        return mine;
                    }(),
                    today)) {
                seed.identity.userId = yp.id;
                break;
            }
        }
        if (seed.identity.userId.isEmpty() && !a.youngPeople.isEmpty())
            seed.identity.userId = a.youngPeople.first().id;
        visible.insert(seed.identity.userId);
    }

    CaseData &d = seed.data;
    for (const YoungPerson &yp : a.youngPeople) {
        if (visible.contains(yp.id))
            d.youngPeople.append(yp);
    }
    d.allocations = ownedBy(a.allocations, visible);
    QSet<QString> staffSeen;
    for (const Allocation &al : d.allocations)
        staffSeen.insert(al.staffId);
    for (const StaffMember &s : a.staff) {
        // Staff devices know the team; a young person's device knows only their own PAs.
        if (role != Role::YoungPerson || staffSeen.contains(s.id))
            d.staff.append(s);
    }
    d.sections = ownedBy(a.planSections, visible);
    d.actions = ownedBy(a.planActions, visible);
    d.reviews = ownedBy(a.reviews, visible);
    d.health = ownedBy(a.health, visible);
    d.handovers = ownedBy(a.handovers, visible);
    d.offer = a.offer;
    d.authoritySettings = a.settings;
    d.entitlements = ownedBy(a.entitlements, visible);
    d.documents = ownedBy(a.documents, visible);
    d.requests = ownedBy(a.requests, visible);
    d.events = ownedBy(a.events, visible);
    d.activities = ownedBy(a.activities, visible);
    d.accommodations = ownedBy(a.accommodations, visible);
    d.inTouch = ownedBy(a.inTouch, visible);
    for (const ContactLog &c : ownedBy(a.contacts, visible)) {
        if (role != Role::YoungPerson || !c.confidential)
            d.contacts.append(c);
    }
    d.amendments = ownedBy(a.amendments, visible);
    return seed;
}

} // namespace Pathway
