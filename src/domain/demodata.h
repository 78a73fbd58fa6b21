// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "authority.h"
#include "chronology.h"
#include "contact.h"
#include "documents.h"
#include "health.h"
#include "localoffer.h"
#include "people.h"
#include "plan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Pathway {

/** A whole synthetic authority: staff, young people and every record about them. */
struct DemoAuthority
{
    QString authorityId;
    QString authorityName;
    QList<AuthoritySettings> settings; ///< one: the out-of-hours number
    QList<StaffMember> staff;
    QList<YoungPerson> youngPeople;
    QList<Allocation> allocations;
    QList<PlanSection> planSections;
    QList<PlanAction> planActions;
    QList<PlanReview> reviews;
    QList<HealthEntry> health;
    QList<HealthHandover> handovers;
    QList<OfferItem> offer;
    QList<Entitlement> entitlements;
    QList<DocumentItem> documents;
    QList<ContactLog> contacts;
    QList<ContactAmendment> amendments;
    QList<ContactRequest> requests;
    QList<ChronologyEvent> events;
};

/**
 * A realistic demo authority ("Northbrook", fictional) relative to `today`: one manager,
 * three PAs and an administrator; 40 young people across the four legal categories (12 of
 * them former UASC, with first languages ti, ar, ps, ku, fa, sq, vi), three unallocated, one
 * last contacted 70 days ago, one 400 and one 800 (with attempts after), the rest within 8
 * weeks; five plans overdue for review, an 18-year-old whose health history was never
 * handed over, missing and expiring passports, a move into authority-provided
 * accommodation 3 days ago without a visit since, one urgent request open for 3 days, and
 * local offer catalogue version 2. Every record passes validate() and validateAt(now).
 *
 * Deterministic: the same (today, seed) gives the same records and ids (UUID v5 of a
 * fixed namespace and the record's name, which includes the seed). The seed varies details
 * (times of day, wellbeing scores, gaps between contacts), never the facts above.
 */
DemoAuthority makeDemoAuthority(const QDate &today, quint32 seed = 1);

/**
 * A large authority for benchmarks: `youngPeople` young people (about 4% unallocated), one
 * PA per 25, `contactsPerYoungPerson` contacts each over the last two years, one review,
 * an allocation, a passport line and (for over-18s) a health handover each; no plan text.
 * Fast: 100,000 young people take a few seconds. Deterministic for (today, seed).
 */
DemoAuthority makeScaledAuthority(const QDate &today, int youngPeople, int contactsPerYoungPerson, quint32 seed);

} // namespace Pathway
