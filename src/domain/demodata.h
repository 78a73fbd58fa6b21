// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "authority.h"
#include "chronology.h"
#include "circumstances.h"
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

/** A team of a demo authority. */
struct DemoTeam
{
    QString id;
    QString name;
};

/** A whole synthetic authority: staff, young people and every record about them. */
struct DemoAuthority
{
    QString authorityId;
    QString authorityName;
    QList<DemoTeam> teams;
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
    QList<ActivityPeriod> activities; ///< education, employment, training or NEET, from a day on
    QList<AccommodationPeriod> accommodations; ///< where they live, from a day on
    QList<InTouchRecord> inTouch; ///< DIED, REFU, NREQ or RHOM as a PA recorded it
};

/** A demo authority read from a file, or why the file does not read. */
struct DemoLoadResult
{
    DemoAuthority authority;
    QString error; ///< empty when the file loaded: "<file>: <where>: <what>"
    bool ok() const { return error.isEmpty(); }
};

/**
 * Reads a demo authority file (docs/demo-data.md): records in the shapes sync carries, grouped
 * by record type, with dates relative to @p today ("-P14D", "+P60D", "-P3D 18:40") and ids
 * written as "@kind/key" (each a UUID v5 of a fixed namespace, @p seed and "kind/key"). The
 * local offer's published items come from the offer file the demo file names (the
 * `import-offer` format). Every record must pass validateRecordBody() at noon on @p today, and
 * every "@" reference must name a record, team or the authority of the file; the first
 * problem is the error, with where it is.
 */
DemoLoadResult loadDemoAuthority(const QString &path, const QDate &today, quint32 seed = 1);

/**
 * The built-in demo authority ("Northbrook", fictional; src/domain/demo/northbrook.json) on
 * `today`: one manager, three PAs and an administrator; 40 young people across the four legal
 * categories (12 of them former UASC, with first languages ti, ar, ps, ku, fa, sq, vi), three
 * unallocated, one last contacted 70 days ago, one 400 and one 800 (with attempts after), the
 * rest within 8 weeks; five plans overdue for review, an 18-year-old whose health history was
 * never handed over, missing and expiring passports, a move into authority-provided
 * accommodation 3 days ago without a visit since, one urgent request open for 3 days, and
 * local offer catalogue version 2 (docs/local-offer-example.json and one withdrawn item).
 * Everyone has an activity history and every care leaver a home history (from the moves in
 * their chronology): eight are NEET today (one for over three months), two live somewhere
 * unsuitable (custody, and a year in emergency accommodation); gender, ethnicity and
 * disability are recorded for all but one.
 *
 * Deterministic: the same (today, seed) gives the same records; the seed changes only the ids.
 * A built-in file that does not load is a fatal error (tst_demodata loads it on many days).
 */
DemoAuthority makeDemoAuthority(const QDate &today, quint32 seed = 1);

/**
 * A large authority for benchmarks: `youngPeople` young people (about 4% unallocated), one
 * PA per 25, `contactsPerYoungPerson` contacts each over the last two years, one review,
 * an allocation, a passport line and (for over-18s) a health handover each, and the built-in
 * demo's local offer; no plan text. Fast: 100,000 young people take a few seconds.
 * Deterministic for (today, seed).
 */
DemoAuthority makeScaledAuthority(const QDate &today, int youngPeople, int contactsPerYoungPerson, quint32 seed);

} // namespace Pathway
