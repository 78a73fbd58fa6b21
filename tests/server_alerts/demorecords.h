// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/caserecords.h"
#include "domain/demodata.h"

#include <QHash>

namespace Pathway::Test {

/** Groups a demo authority's records by young person, as the pure rules take them. */
inline QList<CaseRecords> caseRecordsOf(const DemoAuthority &demo)
{
    QHash<QString, CaseRecords> by;
    for (const auto &yp : demo.youngPeople) {
        by[yp.id].youngPerson = yp;
    }
    for (const auto &a : demo.allocations) {
        by[a.youngPersonId].allocations.append(a);
    }
    for (const auto &c : demo.contacts) {
        by[c.youngPersonId].contacts.append(c);
    }
    for (const auto &a : demo.amendments) {
        by[a.youngPersonId].amendments.append(a);
    }
    for (const auto &r : demo.reviews) {
        by[r.youngPersonId].reviews.append(r);
    }
    for (const auto &e : demo.events) {
        by[e.youngPersonId].events.append(e);
    }
    for (const auto &h : demo.handovers) {
        if (!by[h.youngPersonId].handover || h.isComplete()) {
            by[h.youngPersonId].handover = h;
        }
    }
    for (const auto &d : demo.documents) {
        by[d.youngPersonId].documents.append(d);
    }
    for (const auto &r : demo.requests) {
        by[r.youngPersonId].requests.append(r);
    }
    for (const auto &a : demo.activities) {
        by[a.youngPersonId].activities.append(a);
    }
    for (const auto &a : demo.accommodations) {
        by[a.youngPersonId].accommodations.append(a);
    }
    for (const auto &r : demo.inTouch) {
        by[r.youngPersonId].inTouch.append(r);
    }
    QList<CaseRecords> out;
    for (const auto &yp : demo.youngPeople) {
        out.append(by.value(yp.id));
    }
    return out;
}

} // namespace Pathway::Test
