// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/circumstances.h"
#include "domain/contact.h"
#include "domain/people.h"
#include "domain/plan.h"

#include <QList>

namespace Pathway {

/** What the statutory returns read about one young person. */
struct ReturnRecords
{
    YoungPerson youngPerson;
    QList<ContactLog> contacts; ///< with their amendments applied
    QList<ActivityPeriod> activities;
    QList<AccommodationPeriod> accommodations;
    QList<InTouchRecord> inTouch;
    QList<Allocation> allocations; ///< the PA allocation history (Annex A)
    QList<PlanReview> reviews; ///< pathway plan reviews (Annex A)
};

} // namespace Pathway
